import { describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../sample/sampleNetwork';
import { foldQuery, rankFolded, rankMatches, searchTextOf, type RankableNames } from './nameRanking';
import { foldForMatching } from './regions';

const folded = (names: RankableNames) => foldForMatching(searchTextOf(names));
const rank = (names: RankableNames, typed: string) => rankFolded(folded(names), foldQuery(typed));

function ranked(items: readonly RankableNames[], typed: string, limit = 12): string[] {
  const texts = items.map(folded);
  return rankMatches(texts.length, (index) => texts[index]!, foldQuery(typed), limit).map(
    (index) => items[index]!.name,
  );
}

describe('rankFolded', () => {
  it('ranks an exact name or short name first, ignoring accents, case and punctuation', () => {
    expect(rank({ name: 'Prefettura di Roma', shortName: 'Prefettura RM' }, 'prefettura  rm')).toBe('exact');
    expect(rank({ name: 'Città Aperta' }, 'CITTA aperta')).toBe('exact');
    expect(rank({ name: 'A.S.L. Roma 1' }, 'a s l roma 1')).toBe('exact');
    expect(rank({ name: 'Coop s.r.l.' }, 'coop s r l')).toBe('exact');
  });

  it('then a name or short name that begins with the text', () => {
    expect(rank({ name: 'Prefettura di Roma', shortName: 'Pref RM' }, 'prefettura di')).toBe('prefix');
    expect(rank({ name: 'Azienda Sanitaria', shortName: 'ASL Roma 1' }, 'asl ro')).toBe('prefix');
  });

  it('then every word starting a word of the names or keywords, then substrings', () => {
    expect(rank({ name: 'Centro Astalli', keywords: 'Roma' }, 'astalli rom')).toBe('word-starts');
    expect(rank({ name: 'Centro (Astalli)' }, 'astalli')).toBe('word-starts');
    expect(rank({ name: 'Prefettura di Palermo', shortName: 'Prefettura PA' }, 'prefettura rm')).toBe('substring');
    expect(rank({ name: 'Prefettura di Palermo' }, 'prefettura na')).toBeNull();
    expect(rank({ name: 'Anything' }, '   ')).toBeNull();
  });

  it('does not let a separator typed or stored join two fields into a false exact match', () => {
    expect(rank({ name: 'a\u001fb' }, 'a b')).toBe('exact');
    expect(rank({ name: 'ab', shortName: 'cd' }, 'ab\u001fcd')).toBe('word-starts');
    expect(rank({ name: '__proto__', shortName: 'constructor' }, 'constructor')).toBe('exact');
  });
});

describe('rankMatches', () => {
  it('offers Prefettura di Roma first for "Prefettura RM" in the sample network', () => {
    const { stakeholders } = buildSampleNetwork('2026-01-15');
    const [first] = ranked(stakeholders, 'Prefettura RM');
    expect(first).toMatch(/^Prefettura di Roma/);
  });

  it('keeps the given order within a rank and caps the list', () => {
    const items = ['Rete B', 'Sereno', 'Rete A', 'Re', 'Centro Rete'].map((name) => ({ name }));
    expect(ranked(items, 're')).toEqual(['Re', 'Rete B', 'Rete A', 'Centro Rete', 'Sereno']);
    expect(ranked(items, 're', 2)).toEqual(['Re', 'Rete B']);
    expect(ranked(items, 're', 0)).toEqual([]);
  });

  it('ranks 10,000 names and a huge pasted query without trouble', () => {
    const items = Array.from({ length: 10_000 }, (_, index) => ({ name: `Associazione ${index}`, keywords: 'Roma' }));
    expect(ranked(items, 'associazione 999')).toEqual([
      'Associazione 999',
      'Associazione 9990',
      'Associazione 9991',
      'Associazione 9992',
      'Associazione 9993',
      'Associazione 9994',
      'Associazione 9995',
      'Associazione 9996',
      'Associazione 9997',
      'Associazione 9998',
      'Associazione 9999',
      'Associazione 1999',
    ]);
    expect(ranked(items, 'x'.repeat(1_000_000))).toEqual([]);
  });
});
