import { describe, expect, it } from 'vitest';
import { invokeContract } from './contract';
import { SAVED_FILE_EXTENSIONS } from './fileNames';

// The gaps a deny-list leaves: file types that run or open something else, devices Windows
// reserves, characters that do not show. The contract is what the main process applies.

const save = (suggestedName: string, extensions = ['json']) =>
  invokeContract['file:save'].safeParse({ suggestedName, data: 'x', filters: [{ name: 'File', extensions }] }).success;

describe('file types a suggested name may have', () => {
  it.each([
    'html',
    'htm',
    'xhtml',
    'xlsm',
    'docm',
    'pptm',
    'chm',
    'scf',
    'settingcontent-ms',
    'library-ms',
    'searchConnector-ms',
    'application',
    'msc',
    'iso',
    'img',
    'vhd',
    'msix',
    'appx',
    'appxbundle',
    'inf',
    'xll',
    'py',
    'pyw',
    'vb',
    'ws',
    'psm1',
    'psd1',
    'mht',
    'mhtml',
    'gadget',
    'txt',
    'zip',
    'bak',
    'xml',
    'exe',
  ])('refuses .%s, which the app never writes', (extension) => {
    expect(save(`trama-dati.${extension}`)).toBe(false);
    expect(save(`trama-dati.json`, [extension])).toBe(false);
  });

  it('refuses a name without a file type or with nothing before it', () => {
    expect(save('trama-dati')).toBe(false);
    expect(save('.json')).toBe(false);
  });

  it.each([...SAVED_FILE_EXTENSIONS])('accepts .%s, which the app writes', (extension) => {
    expect(save(`trama-dati-2026-03-02.${extension}`, [extension])).toBe(true);
    expect(save(`Trama Dati.${extension.toUpperCase()}`, [extension.toUpperCase()])).toBe(true);
  });

  it('lists exactly the file types the app saves', () => {
    expect([...SAVED_FILE_EXTENSIONS].sort()).toEqual(['csv', 'gexf', 'graphml', 'json', 'pdf', 'png', 'svg', 'xlsx']);
  });
});

describe('device names Windows reserves', () => {
  it.each([
    'COM0',
    'com0.csv',
    'LPT0',
    'lpt0.json',
    'CONIN$',
    'conin$.json',
    'CONOUT$',
    'CONOUT$ .pdf',
    'COM¹.csv',
    'LPT³.json',
  ])('refuses %s', (name) => {
    expect(save(name)).toBe(false);
  });
});

describe('characters that do not show', () => {
  it.each([
    ['a line separator', 'trama\u2028.json'],
    ['a paragraph separator', 'trama\u2029.json'],
    ['a soft hyphen', 'tra\u00ADma.json'],
    ['a Mongolian vowel separator', 'trama\u180E.json'],
    ['a function application', 'trama\u2061.json'],
    ['an invisible times', 'trama\u2062.json'],
    ['a combining grapheme joiner', 'trama\u034F.json'],
    ['a variation selector', 'trama\uFE0F.json'],
    ['a variation selector from the supplement', 'trama\u{E0100}.json'],
    ['a Hangul filler', 'trama\u3164.json'],
    ['a Hangul choseong filler', 'trama\u115F.json'],
    ['a Hangul jungseong filler', 'trama\u1160.json'],
    ['a halfwidth Hangul filler', 'trama\uFFA0.json'],
    ['a tag character', 'trama\u{E0041}.json'],
    ['a cancel tag', 'trama\u{E007F}.json'],
    ['a lone high surrogate', 'trama\uD800.json'],
    ['a lone low surrogate', 'trama\uDC00.json'],
    ['a private-use character', 'trama\uE000.json'],
    ['an interlinear annotation anchor', 'trama\uFFF9.json'],
    ['a Braille blank', 'trama\u2800.json'],
    ['a Khmer vowel inherent', 'trama\u17B4.json'],
  ])('refuses %s', (_case, name) => {
    expect(save(name)).toBe(false);
  });

  it('refuses them in a filter’s name too', () => {
    expect(
      invokeContract['file:save'].safeParse({
        suggestedName: 'a.json',
        data: 'x',
        filters: [{ name: 'JSON\u2028', extensions: ['json'] }],
      }).success,
    ).toBe(false);
  });

  it('accepts letters from any script, emoji and accents', () => {
    for (const name of [
      'Relazione città.pdf',
      'Ελληνικά.csv',
      'Ärzte – Übersicht.xlsx',
      'rete 😀.svg',
      'עברית.csv',
      '한국어.json',
      'नमस्ते.json',
    ])
      expect([name, save(name)]).toEqual([name, true]);
  });
});

describe('length of a suggested name', () => {
  it('accepts a personal-data export named after a contact, with the name part cut at 100 characters', () => {
    expect(save(`trama-dati-personali-${'A'.repeat(100)}.json`)).toBe(true);
  });

  it('accepts up to 200 characters and refuses more', () => {
    expect(save(`${'a'.repeat(195)}.json`)).toBe(true);
    expect(save(`${'a'.repeat(196)}.json`)).toBe(false);
  });

  it('refuses a name over 255 bytes of UTF-8, which most file systems cannot store', () => {
    expect(save(`${'città'.repeat(20)}.json`)).toBe(true);
    expect(save(`${'数'.repeat(83)}.json`)).toBe(true);
    expect(save(`${'数'.repeat(84)}.json`)).toBe(false);
  });
});
