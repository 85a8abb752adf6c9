// Tells whether two backup texts hold the same data: a SHA-256 of the text without the time
// it was written (serialiseBackup, shared/io/backup.ts, puts `createdAt` near the start). Text
// that is not laid out that way is digested whole.

const WRITTEN_AT = /^(\{"format":"trama-backup","formatVersion":\d+,"createdAt":)"[^"]*"/;

export async function backupDataDigest(json: string): Promise<string> {
  const data = new TextEncoder().encode(json.replace(WRITTEN_AT, '$1""'));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
