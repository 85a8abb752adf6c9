// Long text stored in parts: IndexedDB in Chromium refuses any one value over about 133 MB
// (renderer/db/safetyCopies.ts keeps whole backups this way).

/** The text in parts of at most `chunkChars` characters, never parting the two halves of a surrogate pair. */
export function splitIntoChunks(text: string, chunkChars: number): string[] {
  const size = Math.max(2, Math.floor(chunkChars));
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}
