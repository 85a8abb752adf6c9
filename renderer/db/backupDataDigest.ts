import { utf8ByteLength } from '../../shared/ipc/utf8ByteLength';

// Tells whether two backup texts hold the same data: a SHA-256 of the text without the time
// it was written (serialiseBackup, shared/io/backup.ts, puts `createdAt` near the start). Text
// that is not laid out that way is digested whole.
//
// The text (up to 90 million characters) is encoded once, straight into one buffer: the
// text with its time replaced is never built, which would be a second copy of it.

const WRITTEN_AT = /^(\{"format":"trama-backup","formatVersion":\d+,"createdAt":)"[^"]*"/;

function utf8WithoutTime(json: string): Uint8Array<ArrayBuffer> {
  const written = WRITTEN_AT.exec(json);
  const head = written ? `${written[1]}""` : '';
  const rest = written ? json.slice(written[0].length) : json;
  const encoder = new TextEncoder();
  const headBytes = encoder.encode(head);
  const bytes = new Uint8Array(headBytes.length + utf8ByteLength(rest));
  bytes.set(headBytes);
  encoder.encodeInto(rest, bytes.subarray(headBytes.length));
  return bytes;
}

export async function backupDataDigest(json: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8WithoutTime(json)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
