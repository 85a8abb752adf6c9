/** Longest part of the file name taken from the person's name: names may be 200 characters, file names may not. */
const LONGEST_NAME_PART = 100;

/** The suggested file name of a GDPR Art. 15 export: ASCII only, so every file system takes it. */
export function personalDataFileName(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .slice(0, LONGEST_NAME_PART)
    .replace(/^-+|-+$/g, '');
  return `trama-dati-personali-${slug || 'contatto'}.json`;
}
