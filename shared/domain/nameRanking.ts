import { foldForMatching } from './regions';

// How well a record's names answer what was typed, so that "Prefettura RM" (Rome's short
// name) offers Prefettura di Roma before Prefettura di Palermo, whose name merely contains
// "rm". Texts are compared folded (foldForMatching): accents, case and punctuation runs
// ignored. Pure and allocation-light: pickers rank 10,000 names on every keystroke.

/** Best first. */
export const NAME_RANKS = ['exact', 'prefix', 'word-starts', 'substring'] as const;
export type NameRank = (typeof NAME_RANKS)[number];

export interface RankableNames {
  name: string;
  shortName?: string | undefined;
  /** Other words a search may match: city, region, e-mail… */
  keywords?: string | undefined;
}

/**
 * Separates the fields in one searchable text. A control character: folding keeps it, no
 * name contains it (searchTextOf removes any), and it counts as a word boundary.
 */
const FIELD_SEPARATOR = '\u001f';

/** One text holding a record's names, to be folded once (foldForMatching, FoldedTexts) and ranked many times. */
export function searchTextOf({ name, shortName = '', keywords = '' }: RankableNames): string {
  return [name, shortName, keywords].map((field) => field.replaceAll(FIELD_SEPARATOR, ' ')).join(FIELD_SEPARATOR);
}

export interface FoldedQuery {
  /** The whole query, folded. */
  text: string;
  words: readonly string[];
}

export function foldQuery(typed: string): FoldedQuery {
  const text = foldForMatching(typed.replaceAll(FIELD_SEPARATOR, ' '));
  return { text, words: text.split(' ').filter(Boolean) };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWordCharacter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  // Folded text is mostly lower-case ASCII: only other characters need the regular expression.
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return WORD_CHARACTER.test(text[at]!);
}

/** Whether `word` occurs in `text` at the start of a word (after a space, punctuation or a field's start). */
function startsAWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !isWordCharacter(text, at - 1)) return true;
  }
  return false;
}

const EXACT = 0;
const PREFIX = 1;
const WORD_STARTS = 2;
const SUBSTRING = 3;
const NO_MATCH = -1;

/** Whether the folded field between `start` and `end` is `query` (EXACT), begins with it (PREFIX), or neither. */
function fieldMatch(folded: string, start: number, end: number, query: string): number {
  if (!folded.startsWith(query, start)) return NO_MATCH;
  // Folding may leave a space before a separator ("s.r.l." → "s r l ").
  for (let at = start + query.length; at < end; at += 1) if (folded.charCodeAt(at) !== 32) return PREFIX;
  return EXACT;
}

function rankIndex(folded: string, query: FoldedQuery): number {
  const { words } = query;
  if (words.length === 0) return NO_MATCH;
  for (const word of words) if (!folded.includes(word)) return NO_MATCH;
  const nameEnd = folded.indexOf(FIELD_SEPARATOR);
  const name = fieldMatch(folded, 0, nameEnd === -1 ? folded.length : nameEnd, query.text);
  if (name === EXACT) return EXACT;
  let short = NO_MATCH;
  if (nameEnd !== -1) {
    const shortEnd = folded.indexOf(FIELD_SEPARATOR, nameEnd + 1);
    short = fieldMatch(folded, nameEnd + 1, shortEnd === -1 ? folded.length : shortEnd, query.text);
  }
  if (short === EXACT) return EXACT;
  if (name === PREFIX || short === PREFIX) return PREFIX;
  for (const word of words) if (!startsAWord(folded, word)) return SUBSTRING;
  return WORD_STARTS;
}

/** The rank of a folded search text (searchTextOf, then foldForMatching) for a query, or null when it does not match. */
export function rankFolded(folded: string, query: FoldedQuery): NameRank | null {
  const rank = rankIndex(folded, query);
  return rank === NO_MATCH ? null : NAME_RANKS[rank]!;
}

/**
 * The positions of the best `limit` matches among `count` folded texts: by rank, then in
 * the given order (callers list their items sorted by name), so the order is stable.
 * Work stays bounded: one pass, at most `limit` kept per rank, and it stops once the best
 * rank is full.
 */
export function rankMatches(
  count: number,
  foldedAt: (index: number) => string,
  query: FoldedQuery,
  limit: number,
): number[] {
  const buckets: number[][] = NAME_RANKS.map(() => []);
  if (limit <= 0) return [];
  for (let index = 0; index < count; index += 1) {
    const rank = rankIndex(foldedAt(index), query);
    if (rank === NO_MATCH) continue;
    const bucket = buckets[rank]!;
    if (bucket.length < limit) bucket.push(index);
    if (rank === EXACT && bucket.length >= limit) break;
  }
  return buckets.flat().slice(0, limit);
}
