import { Buffer } from 'node:buffer';

/**
 * `text` as UTF-8 in shared memory: a worker thread reads the same bytes the file is written
 * from, with no copy (a large backup's text costs as long to copy to a worker as to encode).
 * Lone surrogates become U+FFFD, as every file write of a string does.
 */
export function utf8InSharedMemory(text: string): Uint8Array {
  const byteLength = Buffer.byteLength(text, 'utf8');
  const bytes = Buffer.from(new SharedArrayBuffer(byteLength));
  bytes.write(text, 'utf8');
  return new Uint8Array(bytes.buffer, 0, byteLength);
}
