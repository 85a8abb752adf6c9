import { describe, expect, it } from 'vitest';
import {
  foldForMatching,
  isProvinceOf,
  normaliseRegion,
  PROVINCES_BY_REGION,
  REGION_IDS,
} from '../../../shared/domain/regions';

describe('normaliseRegion', () => {
  it.each([
    ['Lombardia', 'lombardia'],
    ['Lombardy', 'lombardia'],
    ['LOMBARDY', 'lombardia'],
    ['  regione Lombardia ', 'lombardia'],
    ['Sicily', 'sicilia'],
    ['sicilia', 'sicilia'],
    ['Latium', 'lazio'],
    ['Regione Lazio', 'lazio'],
    ['Campania', 'campania'],
    ['Lucania', 'basilicata'],
    ['BASILICATA', 'basilicata'],
  ])('reads %j as %s', (text, expected) => {
    expect(normaliseRegion(text)).toBe(expected);
  });

  it.each(['Toscana', '', 'Lombardia e Piemonte', 'Sicilia!'])('refuses %j', (text) => {
    expect(normaliseRegion(text)).toBeNull();
  });
});

describe('provinces', () => {
  it('lists every region with its provinces, codes unique', () => {
    expect(Object.keys(PROVINCES_BY_REGION).sort()).toEqual([...REGION_IDS].sort());
    const codes = Object.values(PROVINCES_BY_REGION)
      .flat()
      .map((province) => province.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(PROVINCES_BY_REGION.lombardia).toHaveLength(12);
    expect(PROVINCES_BY_REGION.basilicata.map((province) => province.code)).toEqual(['PZ', 'MT']);
  });

  it('knows which province belongs where', () => {
    expect(isProvinceOf('campania', 'NA')).toBe(true);
    expect(isProvinceOf('lazio', 'NA')).toBe(false);
  });
});

describe('foldForMatching', () => {
  it('ignores case, accents and punctuation spacing', () => {
    expect(foldForMatching('  Società  Italiana di PSICHIATRIA ')).toBe('societa italiana di psichiatria');
    expect(foldForMatching('Forlì-Cesena')).toBe('forli cesena');
  });
});
