import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rebaseTyping } from './rebaseTyping';

const BASE = '1. Chiamare Giovanna Esempio\n2. Protocollo con la ASL';

describe('typing moved onto a stored text that changed underneath', () => {
  it('keeps words typed after an erased name, and the name erased', () => {
    const typed = `${BASE}\n3. Varie`;
    const stored = BASE.replace('Giovanna Esempio', '[erased]');
    expect(rebaseTyping(BASE, typed, stored)).toBe('1. Chiamare [erased]\n2. Protocollo con la ASL\n3. Varie');
  });

  it('keeps words typed before an erased name', () => {
    const typed = BASE.replace('1. Chiamare', '1. Chiamare subito');
    const stored = BASE.replace('Giovanna Esempio', '[erased]');
    expect(rebaseTyping(BASE, typed, stored)).toBe('1. Chiamare subito [erased]\n2. Protocollo con la ASL');
  });

  it('keeps words typed between two erased mentions, found again by what surrounds them', () => {
    const base = 'Giovanna Esempio apre il tavolo.\nPoi il protocollo con la ASL di Caserta.\nChiude Giovanna Esempio.';
    const typed = base.replace('il protocollo', 'il nuovo protocollo');
    const stored = base.replaceAll('Giovanna Esempio', '[erased]');
    expect(rebaseTyping(base, typed, stored)).toBe(
      '[erased] apre il tavolo.\nPoi il nuovo protocollo con la ASL di Caserta.\nChiude [erased].',
    );
  });

  it('lets the erasure win where the typing touched the erased name', () => {
    const typed = BASE.replace('Giovanna Esempio', 'Giovanna Esempi');
    const stored = BASE.replace('Giovanna Esempio', '[erased]');
    expect(rebaseTyping(BASE, typed, stored)).toBe(stored);
  });

  it('keeps typing that went on from an earlier save of itself, without doubling it', () => {
    expect(rebaseTyping('1. Benvenuto', '1. Benvenuto\n2. Proto', '1. Benvenuto\n2. Pro')).toBe(
      '1. Benvenuto\n2. Proto',
    );
    expect(rebaseTyping('1. Benvenuto', '1. Benv', '1. Benven')).toBe('1. Benv');
  });

  it('never brings an erased name back, wherever the typing went', () => {
    const name = 'Giovanna Esempio';
    const texts = fc.array(fc.constantFrom(name, 'tavolo ', 'ASL ', '\n', '1. '), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), fc.stringMatching(/^[xyz \n]{0,6}$/), (parts, at, cut, inserted) => {
        const base = parts.join('');
        const start = at % (base.length + 1);
        const end = Math.min(base.length, start + (cut % 4));
        const typed = base.slice(0, start) + inserted + base.slice(end);
        const result = rebaseTyping(base, typed, base.replaceAll(name, '[erased]'));
        expect(result.includes(name) ? `${JSON.stringify(typed)} -> ${JSON.stringify(result)}` : '').toBe('');
      }),
    );
  });

  it('gives the typing unchanged when nothing changed underneath, and the stored text when nothing was typed', () => {
    expect(rebaseTyping(BASE, `${BASE}!`, BASE)).toBe(`${BASE}!`);
    expect(rebaseTyping(BASE, BASE, 'altro')).toBe('altro');
  });
});
