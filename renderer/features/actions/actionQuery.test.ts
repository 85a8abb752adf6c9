import { describe, expect, it } from 'vitest';
import type { AdvocacyAction } from '../../../shared/domain/action';
import {
  actionMatcher,
  actionQueryFromParams,
  EMPTY_ACTION_QUERY,
  isActionQueryEmpty,
  newestFirst,
  paramsFromActionQuery,
} from './actionQuery';

function action(overrides: Partial<AdvocacyAction>): AdvocacyAction {
  return {
    id: 'a',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    title: 'Incontro',
    kind: 'bilateral-meeting',
    date: '2026-06-01',
    regions: ['campania'],
    programmeId: 'psychcare-2',
    objective: '',
    targetIds: [],
    participantIds: [],
    ownerId: 'noemi',
    status: 'done',
    outcome: '',
    ...overrides,
  };
}

describe('action filters in the address', () => {
  it('reads the names the dashboard links use and writes them back the same', () => {
    const params = {
      region: 'campania,lazio',
      kind: 'network-meeting',
      programme: 'psychcare-2',
      owner: 'noemi',
      status: 'planned,done',
      from: '2026-01-01',
      to: '2026-12-31',
      q: 'tavolo',
    };
    const query = actionQueryFromParams(params);
    expect(query).toEqual({
      text: 'tavolo',
      regions: ['campania', 'lazio'],
      kinds: ['network-meeting'],
      programmeIds: ['psychcare-2'],
      ownerIds: ['noemi'],
      statuses: ['planned', 'done'],
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(paramsFromActionQuery(query)).toEqual(params);
  });

  it('ignores a malformed date and writes nothing for an empty query', () => {
    expect(actionQueryFromParams({ from: 'yesterday' }).from).toBe('');
    expect(paramsFromActionQuery(EMPTY_ACTION_QUERY)).toEqual({});
    expect(isActionQueryEmpty(actionQueryFromParams({}))).toBe(true);
  });
});

describe('actionMatcher', () => {
  const match = (params: Record<string, string>, overrides: Partial<AdvocacyAction>) =>
    actionMatcher(actionQueryFromParams(params))(action(overrides));

  it('keeps an action in any of the chosen regions', () => {
    expect(match({ region: 'lazio,campania' }, { regions: ['campania', 'basilicata'] })).toBe(true);
    expect(match({ region: 'lazio' }, { regions: ['campania'] })).toBe(false);
    expect(match({ region: 'lazio' }, { regions: [] })).toBe(false);
  });

  it('filters by kind, status, programme and owner; a missing programme or owner does not match', () => {
    expect(match({ kind: 'network-meeting' }, {})).toBe(false);
    expect(match({ status: 'done' }, {})).toBe(true);
    expect(match({ programme: 'psychcare-2' }, { programmeId: null })).toBe(false);
    expect(match({ owner: 'noemi' }, { ownerId: null })).toBe(false);
    expect(match({ owner: 'noemi,karim' }, { ownerId: 'karim' })).toBe(true);
  });

  it('keeps dates within from and to, both inclusive', () => {
    expect(match({ from: '2026-06-01', to: '2026-06-01' }, {})).toBe(true);
    expect(match({ from: '2026-06-02' }, {})).toBe(false);
    expect(match({ to: '2026-05-31' }, {})).toBe(false);
  });

  it('searches title, objective and outcome, ignoring accents and case', () => {
    expect(match({ q: 'PRESA carico' }, { objective: 'Percorso di presa in carico' })).toBe(true);
    expect(match({ q: 'citta' }, { outcome: 'Risposta della Città' })).toBe(true);
    expect(match({ q: 'prefettura' }, { title: 'Incontro con ASL' })).toBe(false);
  });
});

describe('newestFirst', () => {
  it('orders by date descending, then by title', () => {
    const rows = [
      action({ date: '2026-01-01', title: 'B' }),
      action({ date: '2026-03-01', title: 'Z' }),
      action({ date: '2026-01-01', title: 'A' }),
    ];
    expect([...rows].sort(newestFirst).map((row) => `${row.date} ${row.title}`)).toEqual([
      '2026-03-01 Z',
      '2026-01-01 A',
      '2026-01-01 B',
    ]);
  });
});
