import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineCatalogue } from './catalogue';

describe('defineCatalogue', () => {
  it('keeps both texts as written, for the types of t()', () => {
    const catalogue = defineCatalogue(
      { 'test.added': '{name} added.' },
      { 'test.added': "{name} aggiunto all'elenco." },
    );
    expectTypeOf(catalogue.it['test.added']).toEqualTypeOf<"{name} aggiunto all'elenco.">();
    expect(catalogue.en['test.added']).toBe('{name} added.');
  });

  it('refuses an Italian text missing or left over', () => {
    const typeChecksOnly = () => [
      // @ts-expect-error Italian lacks test.b
      defineCatalogue({ 'test.a': 'A', 'test.b': 'B' }, { 'test.a': 'A' }),
      // @ts-expect-error Italian has a key English does not
      defineCatalogue({ 'test.a': 'A' }, { 'test.a': 'A', 'test.extra': 'X' }),
    ];
    expect(typeChecksOnly).toBeTypeOf('function');
  });
});
