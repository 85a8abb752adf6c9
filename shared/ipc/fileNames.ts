import { utf8ByteLength } from './utf8ByteLength';

// What a file name suggested by the renderer may be. The page is not trusted: a name must not
// reach another folder, mislead the user about what the file is, or make something that runs
// when opened. The save dialog shows the name, and the user may still change it.

/**
 * The file types the app writes (exports, backups, map pictures, briefing PDFs). An allow-list:
 * the types that run or open something else when double-clicked are too many to list
 * (.html, .xlsm, .chm, .settingcontent-ms, .iso, .py…), and new ones keep appearing.
 */
export const SAVED_FILE_EXTENSIONS: ReadonlySet<string> = new Set([
  'xlsx',
  'csv',
  'gexf',
  'graphml',
  'json',
  'png',
  'svg',
  'pdf',
]);

/** Longest name, in UTF-8 bytes: ext4, APFS and most others store at most 255. */
export const MAX_FILE_NAME_BYTES = 255;

/**
 * Characters that do not show or that change how others show: controls (C0, DEL, C1), format
 * characters (bidirectional overrides that make "report\u202Exslx.exe" read "reportexe.xlsx",
 * zero-width ones, the soft hyphen, tags, invisible operators), lone surrogates, private use,
 * line and paragraph separators; then what Unicode says renderers may draw as nothing
 * (Default_Ignorable_Code_Point: the combining grapheme joiner, Hangul fillers, variation
 * selectors, Khmer inherent vowels…), and the Braille blank, which draws as a space.
 */
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800]/u;

/** Folder separators, drive and stream colons, wildcards: what file systems read as more than a name. */
const PATH_OR_WILDCARD = /[/\\:*?"<>|]/;

/** Device names Windows reserves, whatever the extension or case (COM¹ and friends, and the console's CONIN$/CONOUT$). */
const RESERVED_WINDOWS_NAME = /^(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])$/i;

export function hasInvisibleOrControlCharacter(text: string): boolean {
  return INVISIBLE_OR_CONTROL.test(text);
}

export function isSavedFileExtension(extension: string): boolean {
  return SAVED_FILE_EXTENSIONS.has(extension.toLowerCase());
}

/** A bare file name of a type the app writes: no folders, nothing a file system would refuse or misread. */
export function isPlainFileName(name: string): boolean {
  if (name === '' || hasInvisibleOrControlCharacter(name) || PATH_OR_WILDCARD.test(name)) return false;
  if (utf8ByteLength(name) > MAX_FILE_NAME_BYTES) return false;
  // Windows drops trailing dots and spaces, so "a.exe." would become "a.exe" (and "." and ".." are folders).
  if (/[. ]$/.test(name)) return false;
  // Windows reads "CON.json" and "con .txt" as the console device.
  if (RESERVED_WINDOWS_NAME.test((name.split('.')[0] ?? '').trimEnd())) return false;
  const dot = name.lastIndexOf('.');
  // Something before the type: ".json" would be a hidden file.
  return dot > 0 && isSavedFileExtension(name.slice(dot + 1));
}

/** An extension for the save dialog's file-type filter: one of the types the app writes. */
export function isSafeFilterExtension(extension: string): boolean {
  return isSavedFileExtension(extension);
}
