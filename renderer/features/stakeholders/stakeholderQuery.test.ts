import { describe, expect, it } from 'vitest';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import {
  EMPTY_QUERY,
  paramsFromQuery,
  queryFromParams,
  sortStakeholders,
  stakeholderMatcher,
} from './stakeholderQuery';

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
    guidelinesStage: 'not-engaged',
    ...overrides,
  };
}

const registry = [
  stakeholder({
    name: 'Società Italiana di Psichiatria',
    level: 'national',
    region: null,
    categoryId: 'professional-body',
    sector: 'academic-professional',
    guidelinesStage: 'committed',
    influence: 5,
  }),
  stakeholder({
    name: 'ASL Roma 1',
    categoryId: 'local-health-authority',
    sector: 'health',
    city: 'Roma',
    tags: ['salute mentale'],
    influence: 4,
  }),
  stakeholder({
    name: 'CAS Via Esempio',
    region: 'campania',
    categoryId: 'reception-centre',
    sector: 'reception',
    city: 'Napoli',
    guidelinesStage: 'aware',
    influence: 1,
  }),
  stakeholder({
    name: 'Comune di Potenza',
    region: 'basilicata',
    categoryId: 'municipality',
    sector: 'social',
    tags: ['tavolo regionale'],
    influence: 3,
  }),
];

const names = (list: readonly Stakeholder[]) => list.map((item) => item.name);
const filter = (patch: Partial<typeof EMPTY_QUERY>) =>
  names(registry.filter(stakeholderMatcher({ ...EMPTY_QUERY, ...patch })));

describe('stakeholderMatcher', () => {
  it('searches names, cities and tags without regard to case or accents', () => {
    expect(filter({ text: 'societa psichiatria' })).toEqual(['Società Italiana di Psichiatria']);
    expect(filter({ text: 'NAPOLI' })).toEqual(['CAS Via Esempio']);
    expect(filter({ text: 'salute' })).toEqual(['ASL Roma 1']);
  });

  it('combines filters with AND across kinds and OR within one', () => {
    expect(filter({ regions: ['lazio', 'campania'] })).toEqual(['ASL Roma 1', 'CAS Via Esempio']);
    expect(filter({ regions: ['lazio', 'campania'], sectors: ['reception'] })).toEqual(['CAS Via Esempio']);
    expect(filter({ regions: ['none'] })).toEqual(['Società Italiana di Psichiatria']);
    expect(filter({ stages: ['aware', 'committed'] })).toHaveLength(2);
    expect(filter({ tags: ['tavolo regionale'] })).toEqual(['Comune di Potenza']);
    expect(filter({ categoryIds: ['municipality'], text: 'roma' })).toEqual([]);
  });
});

describe('links carry the filters', () => {
  it('round-trips a query through link parameters', () => {
    const query = { ...EMPTY_QUERY, text: 'asl', regions: ['campania', 'lazio'], stages: ['aware'] };
    expect(paramsFromQuery(query)).toEqual({ q: 'asl', region: 'campania,lazio', stage: 'aware' });
    expect(queryFromParams(paramsFromQuery(query))).toEqual(query);
    expect(paramsFromQuery(EMPTY_QUERY)).toEqual({});
  });
});

describe('sortStakeholders', () => {
  const labels = { category: (id: string) => id, region: (id: string | null) => id ?? '', sector: (id: string) => id };
  it('sorts by influence descending, then by name', () => {
    expect(names(sortStakeholders(registry, { key: 'influence', isAscending: false }, labels))).toEqual([
      'Società Italiana di Psichiatria',
      'ASL Roma 1',
      'Comune di Potenza',
      'CAS Via Esempio',
    ]);
  });

  it('sorts stages in their lifecycle order, not alphabetically', () => {
    expect(names(sortStakeholders(registry, { key: 'stage', isAscending: true }, labels)).slice(-2)).toEqual([
      'CAS Via Esempio',
      'Società Italiana di Psichiatria',
    ]);
  });
});
