import { describe, expect, it } from 'vitest';
import { compareDays, networkOn } from '../../../shared/analysis/asOf';
import type { Agreement } from '../../../shared/domain/agreement';
import type { Relationship } from '../../../shared/domain/relationship';
import { seededRandom } from '../../../shared/sample/random';
import { buildSyntheticNetwork } from '../../../shared/sample/syntheticNetwork';
import { reportNetwork } from '../../../test/support/reportNetwork';
import type { MapRecords } from './mapModel';
import { EMPTY_MAP_FILTERS, mapVisibility } from './mapFilters';
import { buildMapIndex } from './prepareMapIndexes';
import {
  dayNumber,
  mapTimeFromParams,
  mapTimeIndex,
  narrowToTime,
  paramsFromMapTime,
  stakeholdersKnown,
  timeViewOf,
  type TimeView,
} from './mapTime';

const records: MapRecords = {
  stakeholders: reportNetwork.stakeholders,
  relationships: reportNetwork.relationships,
  agreements: reportNetwork.agreements,
};

const narrowed = (of: MapRecords, view: TimeView) => narrowToTime(of, buildMapIndex(of).ends, mapTimeIndex(of), view);
const sorted = (ids: Iterable<string>) => [...ids].sort();
const onDay = (day: string, from: string | null = null): TimeView => ({ day, from, problem: null });

describe('the map’s days in the address', () => {
  it('reads and writes as of and compared with', () => {
    const reading = mapTimeFromParams({ day: '2026-03-01', from: '2025-03-01', region: 'lazio' });
    expect(reading).toEqual({ time: { day: '2026-03-01', from: '2025-03-01' }, refused: [] });
    expect(paramsFromMapTime(reading.time)).toEqual({ day: '2026-03-01', from: '2025-03-01' });
    expect(paramsFromMapTime({ day: null, from: null })).toEqual({});
  });

  it('refuses what is no calendar day, and keeps it to say so', () => {
    const hostile = ['2026-02-30', '2026-13-01', '26-03-01', '2026-03-01\u0000', 'x'.repeat(10_000), '__proto__'];
    for (const value of hostile) {
      expect(mapTimeFromParams({ day: value })).toEqual({ time: { day: null, from: null }, refused: [value] });
    }
    const polluted = JSON.parse('{"__proto__": {"day": "2026-01-01"}}') as Record<string, string>;
    expect(mapTimeFromParams(polluted).time).toEqual({ day: null, from: null });
  });

  it('compares only with an earlier day, today standing in for a missing "as of"', () => {
    expect(timeViewOf({ day: null, from: null }, '2026-12-06')).toBeNull();
    expect(timeViewOf({ day: null, from: '2026-01-01' }, '2026-12-06')).toEqual(onDay('2026-12-06', '2026-01-01'));
    expect(timeViewOf({ day: '2026-01-01', from: '2026-01-01' }, '2026-12-06')).toEqual({
      day: '2026-01-01',
      from: null,
      problem: 'fromNotEarlier',
    });
  });
});

describe('days as numbers', () => {
  it('orders days as their text does, and puts what is no day after every day', () => {
    expect(dayNumber('2026-03-01')).toBe(20260301);
    expect(dayNumber('2026-03-01T23:59:59.000Z')).toBe(20260301);
    expect(dayNumber('1999-12-31')).toBeLessThan(dayNumber('2000-01-01'));
    for (const hostile of ['', 'garbage', '__proto__', '２０２６-03-01']) expect(dayNumber(hostile)).toBe(Infinity);
  });
});

describe('the map on a day', () => {
  it('keeps what networkOn keeps: stakeholders known, ties active, agreements in force', () => {
    for (const day of ['2024-01-01', '2025-06-01', '2026-03-01', '2026-07-01', '2026-10-01', '2027-03-01']) {
      const expected = networkOn({ ...records, history: [] }, day);
      const time = narrowed(records, onDay(day));
      const known = records.stakeholders.filter((_, position) => time.isKnownAt[position] === 1);
      expect(sorted(known.map((stakeholder) => stakeholder.id)), day).toEqual(
        sorted(expected.stakeholders.map((stakeholder) => stakeholder.id)),
      );
      const shownTies = records.relationships.filter((tie) => time.isTieShown(tie.id));
      expect(sorted(shownTies.map((tie) => tie.id)), day).toEqual(sorted(expected.relationships.map((tie) => tie.id)));
      expect(sorted(time.agreementIds), day).toEqual(sorted(expected.agreements.map((agreement) => agreement.id)));
    }
  });

  it('shows the ended tie before its end and not after it, and says it was lost', () => {
    // Between "cas" and "sai", entered on 2026-03-02: not on the map before both ends were known.
    expect(narrowed(records, onDay('2025-07-01')).isTieShown('ended')).toBe(false);
    expect(narrowed(records, onDay('2026-03-05')).isTieShown('ended')).toBe(true);
    expect(narrowed(records, onDay('2026-07-01')).isTieShown('ended')).toBe(false);
    const compared = narrowed(records, onDay('2026-07-01', '2026-03-05'));
    expect(compared.lost).toEqual(['ended']);
    // Still drawn, as lost, although inactive on the day.
    expect(compared.isTieShown('ended')).toBe(true);
    expect(compared.tieChange('ended')).toBe('lost');
    expect(sorted(compared.gained)).toEqual(['elsewhere', 'new-bridge']);
    expect(compared.tieChange('new-bridge')).toBe('gained');
    expect(compared.tieChange('old-bridge')).toBeNull();
    expect(records.stakeholders.filter((stakeholder) => compared.isNew(stakeholder.id)).map(({ id }) => id)).toEqual([
      'asl-new',
    ]);
    for (const hostile of ['', '__proto__', 'constructor', 'no-such-id']) {
      expect(compared.isTieShown(hostile)).toBe(false);
      expect(compared.tieChange(hostile)).toBeNull();
      expect(compared.isNew(hostile)).toBe(false);
    }
  });

  it('gives an empty map for a day before anything was entered, and counts it as filtered out', () => {
    const index = buildMapIndex(records);
    const time = narrowed(records, onDay('1900-01-01'));
    expect(time.isKnownAt.every((flag) => flag === 0)).toBe(true);
    const visibility = mapVisibility(records, index, EMPTY_MAP_FILTERS, undefined, time);
    expect(visibility.stakeholderIds.size).toBe(0);
    expect(visibility.showsEveryRelationship).toBe(false);
    expect(records.relationships.some((tie) => visibility.edgeIds.has(tie.id))).toBe(false);
  });

  it('narrows the map’s visibility with the filters: a tie not active is filtered out', () => {
    const index = buildMapIndex(records);
    const visibility = mapVisibility(
      records,
      index,
      EMPTY_MAP_FILTERS,
      undefined,
      narrowed(records, onDay('2026-07-01')),
    );
    expect(visibility.edgeIds.has('old-bridge')).toBe(true);
    expect(visibility.edgeIds.has('ended')).toBe(false);
    expect(visibility.stakeholderIds.has('late')).toBe(false);
    expect(visibility.edgeIds.has('agreement:protocol:asl-new')).toBe(false);
    const later = mapVisibility(records, index, EMPTY_MAP_FILTERS, undefined, narrowed(records, onDay('2026-10-01')));
    expect(later.edgeIds.has('agreement:protocol:asl-new')).toBe(true);
  });
});

/** Relationships and agreements as hostile as the data can hold them, on a synthetic network. */
function hostileRecords(): MapRecords {
  const random = seededRandom(18);
  const network = buildSyntheticNetwork({ stakeholders: 300 });
  const day = () => `20${random.integer(20, 28)}-0${random.integer(1, 9)}-1${random.integer(0, 9)}`;
  const stakeholders = network.stakeholders.map((stakeholder) => ({
    ...stakeholder,
    createdAt: `${day()}T23:59:59.000Z`,
  }));
  const relationships: Relationship[] = network.relationships.map((relationship, position) => ({
    ...relationship,
    createdAt: `${day()}T00:00:00.000Z`,
    status: random.chance(0.2) ? 'inactive' : 'active',
    // Missing dates, an end before the start, ends at unknown stakeholders.
    since: random.chance(0.3) ? null : day(),
    until: random.chance(0.5) ? null : day(),
    targetId: position % 97 === 0 ? 'no-such-stakeholder' : relationship.targetId,
  }));
  const agreements: Agreement[] = reportNetwork.agreements.map((agreement) => ({ ...agreement, signedOn: null }));
  return { stakeholders, relationships, agreements };
}

describe('the map compared between two days', () => {
  it('gives the ties gained and lost that compareDays gives, on hostile records', () => {
    const hostile = hostileRecords();
    const network = { ...hostile, history: [] };
    for (const [from, day] of [
      ['2021-05-15', '2024-05-15'],
      ['2019-01-01', '2030-01-01'],
      ['2025-03-10', '2025-03-11'],
    ] as const) {
      const expected = compareDays(network, from, day);
      expect(expected.ties.gained.length + expected.ties.lost.length, 'something changes').toBeGreaterThan(0);
      const time = narrowed(hostile, onDay(day, from));
      expect(sorted(time.gained), `${from} → ${day}`).toEqual(sorted(expected.ties.gained));
      expect(sorted(time.lost), `${from} → ${day}`).toEqual(sorted(expected.ties.lost));
      const shown = hostile.relationships.filter((tie) => time.isTieShown(tie.id));
      expect(shown.length).toBe(expected.to.relationships.length + expected.ties.lost.length);
      const newIds = expected.to.stakeholders.filter(
        (stakeholder) => !expected.from.stakeholders.some((then) => then.id === stakeholder.id),
      );
      const isNew = hostile.stakeholders.filter((stakeholder) => time.isNew(stakeholder.id));
      expect(sorted(isNew.map(({ id }) => id))).toEqual(sorted(newIds.map(({ id }) => id)));
    }
  });
});

describe('the stakeholders the map’s pickers offer', () => {
  it('are those the map can draw: known on the day shown, all on today’s map', () => {
    const first = [...records.stakeholders].sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0]!;
    const dayBefore = first.createdAt.slice(0, 10);
    const entered = records.stakeholders.filter((stakeholder) => stakeholder.createdAt.slice(0, 10) <= dayBefore);
    const known = stakeholdersKnown(records.stakeholders, narrowed(records, onDay(dayBefore)));
    expect(known.map((stakeholder) => stakeholder.id)).toEqual(
      records.stakeholders.filter((stakeholder) => entered.includes(stakeholder)).map((stakeholder) => stakeholder.id),
    );
    expect(known.length).toBeLessThan(records.stakeholders.length);
    expect(stakeholdersKnown(records.stakeholders, undefined)).toBe(records.stakeholders);
  });
});
