import { describe, expect, it } from 'vitest';
import { MAX_AUTO_BACKUP_BYTES, MAX_SAVE_FILE_BYTES, invokeContract } from './contract';

// Sizes are counted in UTF-8 bytes: a large backup of mostly ASCII text fits the limit. These
// strings are as large as the real files, so a loaded machine gets time to scan them.

describe('size limits in UTF-8 bytes', () => {
  // 100 MiB of ASCII: well under the 256 MiB backup limit, but over a third of it.
  const hundredMebibytes = 'x'.repeat(100 * 1024 * 1024);

  it(
    'accepts an automatic backup of 100 MiB of ASCII text (the 50,000-stakeholder network is 90.8 MB)',
    { timeout: 60_000 },
    () => {
      expect(hundredMebibytes.length * 3).toBeGreaterThan(MAX_AUTO_BACKUP_BYTES);
      expect(invokeContract['backup:write-auto'].safeParse({ json: hundredMebibytes }).success).toBe(true);
    },
  );

  it('refuses an automatic backup over the limit, saying so', () => {
    const result = invokeContract['backup:write-auto'].safeParse({ json: 'x'.repeat(MAX_AUTO_BACKUP_BYTES + 1) });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['file-too-large']);
  });

  it('accepts a file of 180 MiB of ASCII text to save (the limit is 512 MiB)', { timeout: 60_000 }, () => {
    const text = 'x'.repeat(180 * 1024 * 1024);
    expect(text.length * 3).toBeGreaterThan(MAX_SAVE_FILE_BYTES);
    expect(
      invokeContract['file:save'].safeParse({ suggestedName: 'trama-dati-2026-03-02.json', data: text }).success,
    ).toBe(true);
  });
});

describe('file names the renderer may suggest', () => {
  const save = (suggestedName: string, extensions = ['json']) =>
    invokeContract['file:save'].safeParse({ suggestedName, data: 'x', filters: [{ name: 'File', extensions }] })
      .success;
  const printName = (suggestedName: string) =>
    invokeContract['briefing:print-to-pdf'].safeParse({ briefingId: 'b-1', suggestedName }).success;

  it.each([
    ['a right-to-left override', 'report\u202Exslx.exe'],
    ['a right-to-left override hiding the extension', 'trama-\u202Efdp.json'],
    ['an Arabic letter mark', 'a\u061Cb.csv'],
    ['a left-to-right mark', 'a\u200Eb.csv'],
    ['a right-to-left mark', 'a\u200Fb.csv'],
    ['a directional isolate', 'a\u2066b\u2069.csv'],
    ['a first-strong isolate', 'a\u2068b.csv'],
    ['a zero-width space', 'trama\u200B.json'],
    ['a zero-width joiner', 'trama\u200D.json'],
    ['a zero-width non-joiner', 'trama\u200C.json'],
    ['a word joiner', 'trama\u2060.json'],
    ['a byte order mark', '\uFEFFtrama.json'],
    ['a NUL', 'trama\u0000.json'],
    ['a line feed', 'trama\n.json'],
    ['DEL', 'trama\u007F.json'],
    ['a C1 control', 'trama\u0085.json'],
    ['CON', 'CON'],
    ['con with an extension', 'con.json'],
    ['Nul with two extensions', 'Nul.tar.gz'],
    ['AUX', 'aux.csv'],
    ['PRN', 'PRN.pdf'],
    ['COM1', 'COM1.xlsx'],
    ['com9', 'com9'],
    ['LPT1', 'lpt1.csv'],
    ['LPT9', 'LPT9.txt'],
    ['a reserved name followed by spaces', 'CON .json'],
    ['a trailing dot', 'trama.json.'],
    ['a trailing space', 'trama.json '],
    ['only dots', '...'],
    ['a folder', '../trama.json'],
    ['a Windows folder', '..\\trama.json'],
    ['a drive', 'C:trama.json'],
    ['an alternate data stream', 'trama.json:evil.exe'],
    ['an .exe extension', 'trama.exe'],
    ['an .EXE extension in capitals', 'trama.EXE'],
    ['a shortcut', 'trama.lnk'],
    ['an HTML application', 'trama.hta'],
    ['a desktop entry', 'trama.desktop'],
    ['a batch file', 'trama.bat'],
    ['a command script', 'trama.cmd'],
    ['a PowerShell script', 'trama.ps1'],
    ['a JScript file', 'trama.js'],
    ['a Windows script file', 'trama.wsf'],
    ['a shell script', 'trama.sh'],
    ['a macOS command file', 'trama.command'],
    ['a Java archive', 'trama.jar'],
    ['a registry file', 'trama.reg'],
    ['an Internet shortcut', 'trama.url'],
    ['an AppImage', 'trama.AppImage'],
    ['a Debian package', 'trama.deb'],
    ['an installer', 'trama.msi'],
    ['a disk image', 'trama.dmg'],
    ['a screen saver', 'trama.scr'],
    ['a PIF', 'trama.pif'],
  ])('refuses a name with %s', (_case, name) => {
    expect(save(name)).toBe(false);
    expect(printName(name)).toBe(false);
  });

  it.each(['exe', 'lnk', 'hta', 'desktop', 'EXE', 'bat', 'js', 'sh', 'appimage', 'msi', 'url'])(
    'refuses a save-dialog filter for .%s files',
    (extension) => {
      expect(save('trama-dati-2026-03-02.json', [extension])).toBe(false);
      expect(save('trama-dati-2026-03-02.json', ['json', extension])).toBe(false);
    },
  );

  it('refuses invisible characters in a filter’s name', () => {
    expect(
      invokeContract['file:save'].safeParse({
        suggestedName: 'a.json',
        data: 'x',
        filters: [{ name: 'JSON\u202E', extensions: ['json'] }],
      }).success,
    ).toBe(false);
  });

  // The names the app builds itself (useFileExport, BriefingEditor, PrivacySection, StartupFailure).
  const stems = [
    'dati',
    'contatti',
    'backup',
    'rete',
    'mappa',
    'briefing',
    'matrice-types',
    'matrice-strength',
    'matrice-sharedActions',
    'matrice-regionCategory',
    'matrice-agreementParty',
  ];
  const extensions = ['xlsx', 'csv', 'gexf', 'graphml', 'json', 'png', 'svg', 'pdf'];
  it('accepts every file name the app builds', () => {
    const names = [
      ...stems.flatMap((stem) => extensions.map((extension) => `trama-${stem}-2026-03-02.${extension}`)),
      'trama-briefing-2026-03-02.pdf',
      'trama-dati-personali-Paola-Esempio.json',
      'trama-dati-personali-contatto.json',
      'trama-backup-before-update-2026-03-02.json',
    ];
    for (const name of names) expect([name, save(name, [name.split('.').pop()!])]).toEqual([name, true]);
    expect(printName('trama-briefing-2026-03-02.pdf')).toBe(true);
  });

  it.each([
    'Relazione città.pdf',
    'contacts (2).csv',
    'Console.json',
    'auxiliary.csv',
    'com10.csv',
    'LPT.csv',
    'report.bak.json',
    'rete 2026.graphml',
    'נתונים.csv',
    '数据.xlsx',
  ])('accepts the ordinary name %s', (name) => {
    expect(save(name)).toBe(true);
  });
});
