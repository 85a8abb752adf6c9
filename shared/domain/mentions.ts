import { foldApostrophes, foldForMatching } from './regions';

export { foldApostrophes };

// Finds where a text mentions one person — by name, email or phone — and replaces those
// spans with a marker. Names are compared folded as everywhere else in Trama (case, accents,
// separators and the way an apostrophe is typed ignored) and as whole words; emails ignoring
// case; phones by their digits, with or without the Italian country code. A match that may
// mean something else is not one: a name inside an address or joined by a hyphen or an
// apostrophe to another word ("Rossi-Bianchi", "D’Anna"), a phone inside a longer number.
// A one-word name ("Maria", also in "Santa Maria Capua Vetere") is found but marked
// uncertain: a person decides.

export interface PersonIdentity {
  name: string;
  emails: readonly string[];
  phones: readonly string[];
}

export type MentionKind = 'name' | 'email' | 'phone';

/** A mention: code-unit offsets into the original text, end excluded. */
export interface TextSpan {
  start: number;
  end: number;
  kinds: MentionKind[];
  /** Only a one-word name matched here: it may well be someone or something else. */
  isUncertain?: true;
}

/** Shorter names ("Li") would match inside too many ordinary words. */
export const MIN_NAME_LENGTH = 3;
/** Fewer digits are a room number or a year, not a phone. */
export const MIN_PHONE_DIGITS = 6;

const SEPARATORS = /[\s_.-]/g;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
// Final sigma lower-cases differently at the end of a word than inside one.
const foldSigma = (text: string) => text.replace(/ς/g, 'σ');

const foldedCharacters = new Map<string, string>();
function foldCharacter(character: string): string {
  let folded = foldedCharacters.get(character);
  if (folded === undefined) {
    // Separators become one space here, so the loop below only looks for ' '.
    folded = foldApostrophes(character)
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(SEPARATORS, ' ');
    if (foldedCharacters.size < 10_000) foldedCharacters.set(character, folded);
  }
  return folded;
}
/** The fold of each ASCII character, worked out once: most of any text is ASCII. */
const FOLDED_ASCII = Array.from({ length: 128 }, (_, code) => foldCharacter(String.fromCharCode(code)));

/** One number per folded code unit; grows as needed. */
class GrowingList<Values extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>> {
  length = 0;
  constructor(
    public values: Values,
    private readonly create: (size: number) => Values,
  ) {}
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = this.create(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = value;
    this.length += 1;
  }
  used(): Values {
    return this.values.subarray(0, this.length) as Values;
  }
}

const SPACE = 0x20;
const utf16 = new TextDecoder('utf-16le');

/**
 * foldForMatching, one character at a time, remembering where each folded character came
 * from, so a match in the folded text can be replaced in the original. Leading and trailing
 * separators are kept (as one space), unlike foldForMatching, which trims them. Code units
 * go into typed arrays: a megabyte-long note is folded in one pass, without a string per
 * character.
 */
export function foldWithOffsets(text: string): { folded: string; starts: Int32Array; ends: Int32Array } {
  const capacity = text.length + 16;
  const folded = new GrowingList(new Uint16Array(capacity), (size) => new Uint16Array(size));
  const starts = new GrowingList(new Int32Array(capacity), (size) => new Int32Array(size));
  const ends = new GrowingList(new Int32Array(capacity), (size) => new Int32Array(size));
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const character = code < 128 ? '' : String.fromCodePoint(text.codePointAt(index)!);
    const next = code < 128 ? index + 1 : index + character.length;
    const units = code < 128 ? FOLDED_ASCII[code]! : foldCharacter(character);
    for (let unit = 0; unit < units.length; unit += 1) {
      const foldedCode = units.charCodeAt(unit);
      if (foldedCode === SPACE && folded.length > 0 && folded.values[folded.length - 1] === SPACE) {
        ends.values[ends.length - 1] = next;
        continue;
      }
      folded.push(foldedCode);
      starts.push(index);
      ends.push(next);
    }
    index = next;
  }
  return { folded: foldSigma(utf16.decode(folded.used())), starts: starts.used(), ends: ends.used() };
}

const isLetterOrDigit = (character: string | undefined) => character !== undefined && WORD_CHARACTER.test(character);
const isApostrophe = (character: string | undefined) => character !== undefined && foldApostrophes(character) === "'";
const isHyphen = (character: string | undefined) =>
  character === '-' || character === '\u2010' || character === '\u2011';
/** Elided Italian articles and prepositions: "dell’Anna Rossi" still names Anna Rossi ("D’Anna" does not). */
const ELIDED_WORDS = new Set([
  'l',
  'dell',
  'all',
  'dall',
  'nell',
  'sull',
  'coll',
  'pell',
  'quell',
  'un',
  'bell',
  'sant',
]);
/** What ends an address-like token on either side. */
const TOKEN_BREAK = /[\s<>()[\]{},;:"«»]/;
const MAX_TOKEN_LOOKAROUND = 320;

/** Whether the span sits inside an e-mail-like token ("anna.rossi@altro.example.org"). */
function isInsideAddress(text: string, start: number, end: number): boolean {
  for (let at = start - 1; at >= Math.max(0, start - MAX_TOKEN_LOOKAROUND) && !TOKEN_BREAK.test(text[at]!); at -= 1)
    if (text[at] === '@') return true;
  for (let at = end; at < Math.min(text.length, end + MAX_TOKEN_LOOKAROUND) && !TOKEN_BREAK.test(text[at]!); at += 1)
    if (text[at] === '@') return true;
  return false;
}

/** Whether a hyphen or an apostrophe joins the name to another word, making it part of another name. */
function isJoinedToAnotherWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (isHyphen(before) && isLetterOrDigit(text[start - 2])) return true;
  if (isApostrophe(before) && isLetterOrDigit(text[start - 2])) {
    let wordStart = start - 1;
    while (wordStart > 0 && isLetterOrDigit(text[wordStart - 1])) wordStart -= 1;
    if (!ELIDED_WORDS.has(text.slice(wordStart, start - 1).toLowerCase())) return true;
  }
  const after = text[end];
  if (isHyphen(after) && isLetterOrDigit(text[end + 1])) return true;
  // "Anna Rossi’s notes" is still Anna Rossi; "Rossi’Bianchi" is not.
  if (isApostrophe(after) && isLetterOrDigit(text[end + 1]))
    return !(/s/i.test(text[end + 1]!) && !isLetterOrDigit(text[end + 2]));
  return false;
}

function findName(text: string, needle: string): TextSpan[] {
  if (!foldSigma(foldForMatching(text)).includes(needle)) return [];
  const { folded, starts, ends } = foldWithOffsets(text);
  const isOneWord = !needle.includes(' ');
  const spans: TextSpan[] = [];
  let from = 0;
  for (let at = folded.indexOf(needle, from); at !== -1; at = folded.indexOf(needle, from)) {
    const before = folded[at - 1];
    const after = folded[at + needle.length];
    if (
      (before === undefined || !WORD_CHARACTER.test(before)) &&
      (after === undefined || !WORD_CHARACTER.test(after))
    ) {
      const start = starts[at]!;
      const end = ends[at + needle.length - 1]!;
      if (!isInsideAddress(text, start, end) && !isJoinedToAnotherWord(text, start, end))
        spans.push(isOneWord ? { start, end, kinds: ['name'], isUncertain: true } : { start, end, kinds: ['name'] });
      from = at + needle.length;
    } else {
      from = at + 1;
    }
  }
  return spans;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function emailPattern(email: string): RegExp {
  // Not inside a longer address: no address character just before, none just after
  // (a full stop after is the end of a sentence unless a letter follows it).
  return new RegExp(`(?<![\\w.+-])${escapeRegExp(email)}(?![\\w-]|\\.\\w)`, 'gi');
}

function findEmail(text: string, pattern: RegExp): TextSpan[] {
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    kinds: ['email'],
  }));
}

/**
 * The digit strings a phone may be written as: "+39 0823 000 000" is also "0823000000"
 * and "0039 0823…"; a number stored without a country code is taken as Italian.
 */
export function phoneVariants(phone: string): string[] {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  const international = trimmed.startsWith('+') ? digits : digits.startsWith('00') ? digits.slice(2) : null;
  const national = international === null ? digits : international.startsWith('39') ? international.slice(2) : null;
  if (national !== null)
    return national.length >= MIN_PHONE_DIGITS ? [national, `39${national}`, `0039${national}`] : [];
  return international !== null && international.length >= MIN_PHONE_DIGITS
    ? [international, `00${international}`]
    : [];
}

/** One spelling per email, as matching compares them. */
export const emailKey = (email: string) => email.trim().toLowerCase();
/** One spelling per phone: "+39 0823 000 000" and "0823000000" are the same number. */
export const phoneKey = (phone: string) => phoneVariants(phone)[0] ?? phone.replace(/\D/g, '');

/** What may stand between two digit groups of one phone number: "0823 000-000", "(0823) 000". */
const DIGIT_GROUP_JOINERS = new Set([' ', '\u00a0', '\t', '.', '-', '/', '(', ')']);
const MAX_JOINER_LENGTH = 3;

function joinsDigitGroups(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > MAX_JOINER_LENGTH) return false;
  for (let index = from; index < to; index += 1) if (!DIGIT_GROUP_JOINERS.has(text[index]!)) return false;
  return true;
}

/** A "+" just before the first digit belongs to the number, and so does a bracket closed within it. */
function startOfPhone(text: string, firstDigit: number, end: number): number {
  let start = text[firstDigit - 1] === '+' ? firstDigit - 1 : firstDigit;
  if (text[start - 1] === '(' && text.slice(start, end).includes(')')) start -= 1;
  return start;
}

function findPhones(text: string, variants: ReadonlySet<string>, longest: number): TextSpan[] {
  const groupStarts: number[] = [];
  const groupEnds: number[] = [];
  const digitGroup = /\d+/g;
  for (let match = digitGroup.exec(text); match; match = digitGroup.exec(text)) {
    groupStarts.push(match.index);
    groupEnds.push(match.index + match[0].length);
  }
  const spans: TextSpan[] = [];
  let first = 0;
  while (first < groupStarts.length) {
    let digits = '';
    let matchedLast = -1;
    for (let last = first; last < groupStarts.length; last += 1) {
      if (last > first && !joinsDigitGroups(text, groupEnds[last - 1]!, groupStarts[last]!)) break;
      digits += text.slice(groupStarts[last], groupEnds[last]);
      if (digits.length > longest) break;
      if (variants.has(digits)) matchedLast = last;
    }
    // A number that goes on, or began earlier, is another number ("0823 000 000 12").
    const isJoinedBefore = first > 0 && joinsDigitGroups(text, groupEnds[first - 1]!, groupStarts[first]!);
    const isJoinedAfter =
      matchedLast !== -1 &&
      matchedLast + 1 < groupStarts.length &&
      joinsDigitGroups(text, groupEnds[matchedLast]!, groupStarts[matchedLast + 1]!);
    if (matchedLast === -1 || isJoinedBefore || isJoinedAfter) {
      first += 1;
      continue;
    }
    const end = groupEnds[matchedLast]!;
    spans.push({ start: startOfPhone(text, groupStarts[first]!, end), end, kinds: ['phone'] });
    first = matchedLast + 1;
  }
  return spans;
}

/** Overlapping or touching spans become one (a name inside an email address is one mention). */
export function mergeSpans(spans: readonly TextSpan[]): TextSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextSpan[] = [];
  for (const span of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && span.start <= previous.end) {
      previous.end = Math.max(previous.end, span.end);
      previous.kinds = [...new Set([...previous.kinds, ...span.kinds])];
      // Uncertain only while every part is: an email next to the name makes it certain.
      if (!span.isUncertain) delete previous.isUncertain;
    } else {
      merged.push({ ...span, kinds: [...span.kinds] });
    }
  }
  return merged;
}

export interface MentionMatcher {
  /** The person's mentions in a text, merged and in order; [] when none. */
  find(text: string): TextSpan[];
}

export function createMentionMatcher(person: PersonIdentity): MentionMatcher {
  const needle = foldSigma(foldForMatching(person.name));
  const emailPatterns = [
    ...new Set(person.emails.map((email) => email.trim().toLowerCase()).filter((email) => email.length >= 3)),
  ].map(emailPattern);
  const variants = new Set(person.phones.flatMap(phoneVariants));
  const longest = Math.max(0, ...[...variants].map((variant) => variant.length));
  return {
    find(text) {
      if (text === '') return [];
      const spans = [
        ...(needle.length >= MIN_NAME_LENGTH ? findName(text, needle) : []),
        ...emailPatterns.flatMap((pattern) => findEmail(text, pattern)),
        ...(variants.size > 0 ? findPhones(text, variants, longest) : []),
      ];
      return spans.length === 0 ? [] : mergeSpans(spans);
    },
  };
}

/** The text with each span replaced by the marker. */
export function redactSpans(text: string, spans: readonly TextSpan[], marker: string): string {
  let result = '';
  let from = 0;
  for (const span of mergeSpans(spans)) {
    result += text.slice(from, span.start) + marker;
    from = span.end;
  }
  return result + text.slice(from);
}
