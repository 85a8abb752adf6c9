import { describe, expect, it } from 'vitest';
import { pdfFromJpeg } from './pdfFromJpeg';

// The map's PDF: a well-formed one-page A4 landscape file whose index points at its objects.

const FAKE_JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x0a, 0x25, 0x25, 0x45, 0x4f, 0x46, 0xff, 0xd9]);
const latin1 = (bytes: Uint8Array) => Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');

describe('the PDF picture of the map', () => {
  const pdf = pdfFromJpeg({ bytes: FAKE_JPEG, width: 2000, height: 1000 }, 'Trama – map ) \\ (🙂\u0000');
  const text = latin1(pdf);

  it('is one A4 landscape page with the picture as it was given', () => {
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text).toContain('/MediaBox [0 0 841.89 595.28]');
    expect(text).toContain('/Count 1');
    expect(text).toContain(`/Width 2000 /Height 1000`);
    expect(text).toContain(latin1(FAKE_JPEG));
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('has an index whose every offset points at its object', () => {
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const entries = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    expect(entries).toHaveLength(6);
    entries.forEach((offset, index) => expect(text.slice(offset, offset + 8)).toBe(`${index + 1} 0 obj\n`));
  });

  it('keeps the image within the page, whatever its proportions', () => {
    for (const [width, height] of [
      [100_000, 10],
      [10, 100_000],
      [1, 1],
    ] as const) {
      const page = latin1(pdfFromJpeg({ bytes: FAKE_JPEG, width, height }, 'x'));
      const match = /q ([\d.]+) 0 0 ([\d.]+) ([\d.]+) ([\d.]+) cm/.exec(page)!;
      const [drawnWidth, drawnHeight, x, y] = match.slice(1).map(Number) as [number, number, number, number];
      expect(x).toBeGreaterThanOrEqual(28);
      expect(y).toBeGreaterThanOrEqual(28);
      expect(x + drawnWidth).toBeLessThanOrEqual(841.89 - 28);
      expect(y + drawnHeight).toBeLessThanOrEqual(595.28 - 28);
    }
  });

  it('writes any title as UTF-16 hex, so no character can end the string early', () => {
    expect(text).toMatch(/\/Title <FEFF[0-9a-f]+>/);
    expect(text).toContain('d83dde42');
  });

  it('refuses a picture without size', () => {
    expect(() => pdfFromJpeg({ bytes: FAKE_JPEG, width: 0, height: 10 }, 'x')).toThrow();
    expect(() => pdfFromJpeg({ bytes: FAKE_JPEG, width: Number.NaN, height: 10 }, 'x')).toThrow();
  });
});
