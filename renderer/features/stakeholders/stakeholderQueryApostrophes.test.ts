import { describe, expect, it } from 'vitest';
import { foldQuery, rankFolded, rankMatches, searchTextOf } from '../../../shared/domain/nameRanking';
import { foldForMatching } from '../../../shared/domain/regions';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { EMPTY_QUERY, stakeholderMatcher } from './stakeholderQuery';

// Italian names are full of apostrophes, and names copied from a website or a Word
// document carry the typographic one (’, U+2019) while a keyboard types the straight one (').

function stakeholder(overrides: Partial<Stakeholder>): Stakeholder {
  return {
    id: overrides.name ?? 'x',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    name: 'x',
    shortName: '',
    categoryId: 'ngo',
    level: 'local',
    region: 'lazio',
    province: '',
    city: '',
    sector: 'civil-society',
    website: '',
    notes: '',
    tags: [],
    programmeIds: [],
    influence: 3,
    interest: 3,
    attitude: 'unknown',
    guidelinesStage: 'aware',
    ...overrides,
  };
}

describe('searching the registry for a name with an apostrophe', () => {
  const santEgidio = stakeholder({ name: 'Comunità di Sant’Egidio', city: 'L’Aquila' });

  it('finds “Sant’Egidio” when the user types the keyboard apostrophe', () => {
    const matches = stakeholderMatcher({ ...EMPTY_QUERY, text: "sant'egidio" });
    expect(matches(santEgidio), 'typed "sant\'egidio" does not find “Comunità di Sant’Egidio”').toBe(true);
  });

  it("finds a city typed as “L'Aquila” stored as “L’Aquila”", () => {
    const matches = stakeholderMatcher({ ...EMPTY_QUERY, text: "l'aquila" });
    expect(matches(santEgidio), 'typed "l\'aquila" does not find a stakeholder in “L’Aquila”').toBe(true);
  });

  it('offers it in the pickers too (relationship end, agreement party)', () => {
    const haystack = foldForMatching(searchTextOf({ name: santEgidio.name }));
    const found = rankMatches(1, () => haystack, foldQuery("Sant'Egidio"), 10);
    expect(found.length, 'the picker offers nothing for "Sant\'Egidio"').toBe(1);
  });

  it('ranks an exact name first, then a prefix, a word start, a substring, whichever apostrophe each has', () => {
    const names = ['Xsant’egidio', 'Comunità di Sant’Egidio', 'Sant‘Egidio di Roma', 'Sant´Egidio'];
    const folded = names.map((name) => foldForMatching(searchTextOf({ name })));
    const query = foldQuery("sant'egidio");
    expect(folded.map((text) => rankFolded(text, query))).toEqual(['substring', 'word-starts', 'prefix', 'exact']);
    expect(rankMatches(folded.length, (index) => folded[index]!, query, 10).map((index) => names[index])).toEqual([
      'Sant´Egidio',
      'Sant‘Egidio di Roma',
      'Comunità di Sant’Egidio',
      'Xsant’egidio',
    ]);
  });

  it('finds the name after the apostrophe as a word of its own', () => {
    const folded = foldForMatching(searchTextOf({ name: 'Comunità di Sant’Egidio' }));
    expect(rankFolded(folded, foldQuery('egidio'))).toBe('word-starts');
  });
});
