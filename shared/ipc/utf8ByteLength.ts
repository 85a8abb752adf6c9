// Sizes of text are limited in UTF-8 bytes, the form files are written in. Counted from the
// UTF-16 code units, so a 90-million-character backup is measured without encoding a copy.

/** Runs of non-ASCII code units; the native regex engine skips the ASCII between them fast. */
const NON_ASCII_RUN = /[\u0080-\uffff]+/g;

/** Bytes beyond one per code unit that a run of non-ASCII code units takes. */
function extraBytesOf(run: string): number {
  let extra = 0;
  for (let index = 0; index < run.length; index += 1) {
    const unit = run.charCodeAt(index);
    if (unit < 0x800) {
      extra += 1;
      continue;
    }
    const isHighSurrogate = unit >= 0xd800 && unit <= 0xdbff;
    const next = isHighSurrogate ? run.charCodeAt(index + 1) : Number.NaN;
    if (next >= 0xdc00 && next <= 0xdfff) {
      // A surrogate pair: two code units, four bytes.
      extra += 2;
      index += 1;
    } else {
      // Three bytes, for a lone surrogate too (written as U+FFFD).
      extra += 2;
    }
  }
  return extra;
}

/**
 * The number of bytes `text` takes in UTF-8. A lone surrogate counts three bytes: encoders
 * (TextEncoder, Buffer) write it as U+FFFD.
 */
export function utf8ByteLength(text: string): number {
  let bytes = text.length;
  for (const [run] of text.matchAll(NON_ASCII_RUN)) bytes += extraBytesOf(run);
  return bytes;
}

/** Whether `text` fits in `maxBytes` of UTF-8; decides from the length alone when it can. */
export function fitsInUtf8Bytes(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return false;
  if (text.length * 3 <= maxBytes) return true;
  return utf8ByteLength(text) <= maxBytes;
}
