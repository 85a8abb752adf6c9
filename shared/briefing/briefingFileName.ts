import { hasInvisibleOrControlCharacter } from '../ipc/fileNames';
import { utf8ByteLength } from '../ipc/utf8ByteLength';

// A saved briefing's name says what it is, for which meeting and which day, in the interface
// language ("Briefing – Tavolo regionale Lazio – 2027-01-15.pdf"), never an internal id. The
// title is typed by the user: whatever it holds, the name must pass shared/ipc/fileNames.ts.

/** What file systems read as more than a name: turned into a hyphen, so the words stay apart. */
const PATH_OR_WILDCARD = /[/\\:*?"<>|]/g;

/** The title's share of the name; the whole stays within 200 characters and 255 bytes of UTF-8. */
const LONGEST_TITLE_CHARACTERS = 120;
const LONGEST_TITLE_BYTES = 150;

export interface BriefingFileNameParts {
  /** "Briefing" or "Dossier": the interface language's word for the pack. */
  word: string;
  title: string;
  /** YYYY-MM-DD: the meeting's day, else the day it was produced; null leaves it out. */
  date: string | null;
}

function plainTitle(title: string): string {
  const visible = Array.from(title.normalize('NFC'), (character) =>
    hasInvisibleOrControlCharacter(character) ? ' ' : character,
  ).join('');
  return visible
    .replace(PATH_OR_WILDCARD, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.-]+$/g, '');
}

/** Cut by whole characters (an accent stays on its letter, an emoji whole), with an ellipsis. */
function shortened(text: string): string {
  const fits = (candidate: string) =>
    candidate.length <= LONGEST_TITLE_CHARACTERS && utf8ByteLength(candidate) <= LONGEST_TITLE_BYTES;
  if (fits(text)) return text;
  let kept = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    if (!fits(`${kept}${segment}…`)) break;
    kept += segment;
  }
  return `${kept.trimEnd()}…`;
}

export function briefingFileName(parts: BriefingFileNameParts, extension: 'pdf' | 'xlsx'): string {
  const stem = [parts.word, shortened(plainTitle(parts.title)), parts.date ?? '']
    .filter((part) => part !== '')
    .join(' – ');
  return `${stem}.${extension}`;
}
