import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitsInUtf8Bytes, utf8ByteLength } from './utf8ByteLength';

// shared/ counts sizes without encoding; checked here against an encoder's own count
// (TextEncoder, which the renderer and Node both have, writes what Buffer writes).

const encodedLength = (text: string) => new TextEncoder().encode(text).length;

describe('utf8ByteLength', () => {
  it.each([
    ['', 0],
    ['ascii', 5],
    ['città', 6],
    ['€', 3],
    ['😀', 4],
    ['\u0000\u007f\u0080\u07ff\u0800\uffff', 1 + 1 + 2 + 2 + 3 + 3],
    // Lone surrogates are written as U+FFFD (three bytes), as TextEncoder and Buffer do.
    ['\ud800', 3],
    ['\udc00', 3],
    ['\udc00\ud800', 6],
    ['a\ud83d', 4],
    ['\ud83d\ude00\ud83d', 7],
    ['\u202ereport.exe', 3 + 10],
  ])('counts %j as %i bytes', (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
    expect(utf8ByteLength(text)).toBe(encodedLength(text));
  });

  it('agrees with TextEncoder on any string, lone surrogates included', () => {
    // Code units from every UTF-8 length class, surrogates often, so pairs and lone halves both occur.
    const codeUnit = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0x80, max: 0x7ff }),
      fc.integer({ min: 0x800, max: 0xffff }),
      fc.integer({ min: 0xd800, max: 0xdbff }),
      fc.integer({ min: 0xdc00, max: 0xdfff }),
    );
    fc.assert(
      fc.property(fc.array(codeUnit, { maxLength: 64 }), (units) => {
        const text = String.fromCharCode(...units);
        return utf8ByteLength(text) === encodedLength(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('counts a long mostly-ASCII backup at about one byte a character, not three', () => {
    const text = `${'x'.repeat(1_000_000)}àè😀`;
    expect(utf8ByteLength(text)).toBe(1_000_000 + 2 + 2 + 4);
  });

  it.each([
    ['x'.repeat(10), 10, true],
    ['x'.repeat(11), 10, false],
    ['é'.repeat(5), 10, true],
    [`${'é'.repeat(5)}x`, 10, false],
    ['😀😀', 8, true],
    ['😀\ud800', 7, true],
    ['😀\ud800', 6, false],
    ['abc', 9, true],
  ])('%j fits in %i bytes: %s', (text, maxBytes, fits) => {
    expect(fitsInUtf8Bytes(text, maxBytes)).toBe(fits);
  });
});
