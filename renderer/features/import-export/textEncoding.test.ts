import { describe, expect, it } from 'vitest';
import { looksLikeSpreadsheet } from './parseSpreadsheet';
import { firstSheet, parse } from './testWorkbooks';

// The text files people save from Excel: UTF-8 with or without a byte-order mark, Excel's
// "Unicode text" (UTF-16 with a mark, tab-separated), and Windows-1252 from an Italian
// Windows — sometimes mixed into an otherwise UTF-8 file (review 16).

const utf16 = (textContent: string, littleEndian: boolean): Uint8Array => {
  const bytes = new Uint8Array(2 + textContent.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let index = 0; index < textContent.length; index += 1)
    view.setUint16(2 + index * 2, textContent.charCodeAt(index), littleEndian);
  return bytes;
};

const concat = (...parts: Uint8Array[]) => {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((offset, part) => (joined.set(part, offset), offset + part.length), 0);
  return joined;
};

const utf8 = (textContent: string) => new TextEncoder().encode(textContent);

describe('the encoding of a text file', () => {
  it.each([
    ['little-endian', true],
    ['big-endian', false],
  ])('reads Excel’s “Unicode text” (UTF-16 %s with its mark)', (_, littleEndian) => {
    const sheet = firstSheet(parse('unicode.txt', utf16('Ente\tCittà\r\nASL Roma 1\tRoma\r\n', littleEndian)));
    expect(sheet.header.cells).toEqual(['Ente', 'Città']);
    expect(sheet.rows[0]!.cells).toEqual(['ASL Roma 1', 'Roma']);
    expect(sheet.windows1252Bytes).toBeUndefined();
  });

  it('lets a UTF-16 text file through the check of its first bytes, and no other text holding zero bytes', () => {
    expect(looksLikeSpreadsheet('unicode.txt', utf16('Ente\tCittà', true))).toBe(true);
    expect(looksLikeSpreadsheet('unicode.csv', utf16('Ente;Città', false))).toBe(true);
    expect(looksLikeSpreadsheet('binary.csv', new Uint8Array([0x45, 0x00, 0x6e, 0x00]))).toBe(false);
  });

  it('keeps the UTF-8 of a file that holds one Windows-1252 byte, and says how many bytes it read as Windows-1252', () => {
    const file = concat(utf8('\uFEFFEnte;Città\nCaffè '), new Uint8Array([0xe8]), utf8(';Napoli\n'));
    const sheet = firstSheet(parse('mixed.csv', file));
    expect(sheet.header.cells).toEqual(['Ente', 'Città']);
    expect(sheet.rows[0]!.cells).toEqual(['Caffè è', 'Napoli']);
    expect(sheet.windows1252Bytes).toBe(1);
  });

  it('reads a Windows-1252 file as such, and says so', () => {
    const file = new Uint8Array([...utf8('Ente;Citt'), 0xe0, ...utf8('\nCaff'), 0xe8, ...utf8(' ;Forl'), 0xec, 0x0a]);
    const sheet = firstSheet(parse('ansi.csv', file));
    expect(sheet.header.cells).toEqual(['Ente', 'Città']);
    expect(sheet.rows[0]!.cells).toEqual(['Caffè ', 'Forlì']);
    expect(sheet.windows1252Bytes).toBe(3);
  });

  it('says nothing about a plain UTF-8 file', () => {
    expect(firstSheet(parse('plain.csv', '\uFEFFEnte;Città\nCaffè;Forlì\n')).windows1252Bytes).toBeUndefined();
  });
});
