// File names that say what a file is, in the words of the interface language, for the save
// dialog: "Matrice – Azioni in comune – Lazio – 2026-12-06.xlsx". The parts are the user's
// own words (a region, a meeting's title), so anything a file system refuses or misreads is
// dropped here, before shared/ipc/fileNames.ts would refuse the whole name.

const SEPARATOR = ' – ';
const MAX_PART_LENGTH = 60;

/** Folder separators, wildcards, quotes, controls and invisible or direction-changing characters. */
const UNSAFE = /[/\\:*?"<>|\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800]/gu;

function cleanPart(part: string): string {
  const plain = part
    .replace(UNSAFE, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  const characters = [...plain];
  return characters.length > MAX_PART_LENGTH ? `${characters.slice(0, MAX_PART_LENGTH - 1).join('')}…` : plain;
}

/** "Part – Part – yyyy-mm-dd.ext"; empty parts are left out. */
export function exportFileName(parts: readonly string[], isoDate: string, extension: string): string {
  return `${[...parts.map(cleanPart).filter((part) => part !== ''), isoDate].join(SEPARATOR)}.${extension}`;
}
