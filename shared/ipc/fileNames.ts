// What a file name suggested by the renderer may be. The page is not trusted: a name must not
// reach another folder, mislead the user about what the file is, or make something that runs
// when opened. The save dialog shows the name, and the user may still change it.

/** Extensions of files that run, install or open something else when double-clicked. */
export const EXECUTABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  'exe', 'lnk', 'hta', 'desktop', 'bat', 'cmd', 'com', 'scr', 'msi', 'msp', 'ps1', 'vbs', 'vbe',
  'js', 'jse', 'wsf', 'wsh', 'jar', 'app', 'sh', 'command', 'pif', 'cpl', 'reg', 'url',
  'appimage', 'deb', 'rpm', 'dmg', 'pkg',
]);

/**
 * Code unit ranges of control characters (C0, DEL, C1), bidirectional controls that reorder
 * what is shown ("report\u202Exslx.exe" reads "reportexe.xlsx"), and zero-width characters.
 */
const INVISIBLE_OR_CONTROL_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x001f],
  [0x007f, 0x009f],
  [0x061c, 0x061c], // Arabic letter mark
  [0x200b, 0x200d], // zero-width space, non-joiner, joiner
  [0x200e, 0x200f], // left-to-right and right-to-left marks
  [0x202a, 0x202e], // embeddings and overrides
  [0x2060, 0x2060], // word joiner
  [0x2066, 0x2069], // isolates
  [0xfeff, 0xfeff], // zero-width no-break space (byte order mark)
];

/** Folder separators, drive and stream colons, wildcards: what file systems read as more than a name. */
const PATH_OR_WILDCARD = /[/\\:*?"<>|]/;

/** Device names Windows reserves, whatever the extension or case (COM¹ and friends included). */
const RESERVED_WINDOWS_NAME = /^(?:CON|PRN|AUX|NUL|COM[1-9¹²³]|LPT[1-9¹²³])$/i;

export function hasInvisibleOrControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (INVISIBLE_OR_CONTROL_RANGES.some(([first, last]) => unit >= first && unit <= last)) return true;
  }
  return false;
}

export function isExecutableExtension(extension: string): boolean {
  return EXECUTABLE_EXTENSIONS.has(extension.toLowerCase());
}

/** A bare file name: no folders, nothing a file system would refuse or misread, nothing that runs. */
export function isPlainFileName(name: string): boolean {
  if (name === '' || hasInvisibleOrControlCharacter(name) || PATH_OR_WILDCARD.test(name)) return false;
  // Windows drops trailing dots and spaces, so "a.exe." would become "a.exe" (and "." and ".." are folders).
  if (/[. ]$/.test(name)) return false;
  // Windows reads "CON.json" and "con .txt" as the console device.
  if (RESERVED_WINDOWS_NAME.test((name.split('.')[0] ?? '').trimEnd())) return false;
  const dot = name.lastIndexOf('.');
  return dot < 0 || !isExecutableExtension(name.slice(dot + 1));
}

/** An extension for the save dialog's file-type filter: short, plain, not executable. */
export function isSafeFilterExtension(extension: string): boolean {
  return /^[a-z0-9]{1,8}$/i.test(extension) && !isExecutableExtension(extension);
}
