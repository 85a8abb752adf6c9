import type { Table } from 'dexie';
import { splitIntoChunks } from './textChunks';

// A copy's long text kept as parts in a store of its own, each part a stored value under
// Chromium's limit on one value (about 133 MB). Used inside the caller's transaction, which
// also holds the copy's header, so a copy and its parts are written or removed together.

/** The Dexie schema of a store of parts: one row per part, found by its copy. */
export const TEXT_CHUNKS_SCHEMA = '[copyId+index], copyId';

/**
 * Characters per stored part. A string is stored with one or two bytes per character, so a
 * part stays under 32 MiB: a quarter of Chromium's limit on one value, whatever the text.
 */
export const TEXT_CHUNK_CHARS = 16 * 1024 * 1024;

export interface StoredTextChunk {
  copyId: number;
  index: number;
  text: string;
}

export type TextChunkTable = Table<StoredTextChunk, [number, number]>;

/** Stores the text as the parts of `copyId`; returns how many there are. */
export async function writeTextChunks(
  chunks: TextChunkTable,
  copyId: number,
  text: string,
  chunkChars = TEXT_CHUNK_CHARS,
): Promise<number> {
  const parts = splitIntoChunks(text, chunkChars);
  // One request per part: each is a value of its own, under the limit.
  for (const [index, part] of parts.entries()) await chunks.add({ copyId, index, text: part });
  return parts.length;
}

/** The parts of `copyId` joined; throws when any of the `chunkCount` written is missing. */
export async function readTextChunks(
  chunks: TextChunkTable,
  copyId: number,
  chunkCount: number,
  label: string,
): Promise<string> {
  const parts = await chunks.where('[copyId+index]').between([copyId, 0], [copyId, Infinity]).toArray();
  // Written in one transaction with the header: a part missing means the store was damaged.
  if (parts.length !== chunkCount || parts.some((part, index) => part.index !== index))
    throw new Error(`${label} is incomplete: ${parts.length} of ${chunkCount} parts`);
  return parts.map((part) => part.text).join('');
}

export async function deleteTextChunks(chunks: TextChunkTable, copyIds: readonly number[]): Promise<void> {
  if (copyIds.length > 0)
    await chunks
      .where('copyId')
      .anyOf([...copyIds])
      .delete();
}
