import { describe, expect, it } from 'vitest';
import type { Agreement } from '../domain/agreement';
import { AGREEMENT_STATUSES, SECTORS, type Sector } from '../domain/enums';
import type { Relationship } from '../domain/relationship';
import { receptionHealthBridges } from './dashboard';
import { bridgeIdsByDay, type ReportBridgeNetwork } from './programmeReport';

// The programme report finds which ties and agreements are bridges once, then keeps those of
// each day (bridgeIdsByDay). It must give exactly what the dashboard's receptionHealthBridges
// gives for the ties active and the agreements in force that day, ids and order alike.

interface Network extends ReportBridgeNetwork {
  stakeholders: Array<{ id: string; sector: Sector; region: null }>;
  relationships: Array<
    Pick<Relationship, 'id' | 'sourceId' | 'targetId' | 'status' | 'since' | 'until' | 'createdAt' | 'updatedAt'>
  >;
  agreements: Array<
    Pick<Agreement, 'id' | 'status' | 'signedOn' | 'inForceFrom' | 'expiresOn' | 'parties' | 'createdAt'>
  >;
}

/** How the report found its bridges before: the whole dashboard rule, once per day. */
function bridgeIdsFromDashboard(network: Network, day: string): string[] {
  return [...new Set(receptionHealthBridges(network, day).map((bridge) => bridge.id))];
}

/** Days at and either side of every date the network uses: each boundary is met. */
const DAYS = ['2025-12-31', '2026-01-01', '2026-01-02', '2026-03-15', '2026-06-30', '2026-07-01', '2026-12-31'];
const DATES = [null, ...DAYS];
/** When records were entered, UTC: some in the first hour of a day in Rome, still the day before in UTC. */
const ENTERED = [
  '2025-12-31T23:30:00.000Z',
  '2026-01-01T09:00:00.000Z',
  '2026-06-30T22:30:00.000Z',
  '2020-05-05T10:00:00.000Z',
];
const HOSTILE_IDS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '',
  'a\u0000b',
  '\u202e',
  'x'.repeat(5000),
];

/** A seeded generator (mulberry32): the same network on every run. */
function randomFrom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(choices: readonly T[]): T => choices[Math.floor(next() * choices.length)]!;
}

function hostileNetwork(seed: number): Network {
  const pick = randomFrom(seed);
  const stakeholderIds = [...Array.from({ length: 60 }, (_, index) => `s${index}`), ...HOSTILE_IDS];
  // Some ids twice with another sector (the later one counts, as in a Map), some never listed.
  const stakeholders = [...stakeholderIds, ...stakeholderIds.slice(0, 10)].map((id) => ({
    id,
    sector: pick(SECTORS),
    region: null,
  }));
  const ends = [...stakeholderIds, 'missing-1', 'missing-2', '__proto__'];
  const relationships = Array.from({ length: 600 }, (_, index) => {
    const sourceId = pick(ends);
    return {
      // A few ids shared by two ties, or with an agreement: each id is one bridge.
      id: index % 50 === 0 ? 'shared' : `r${index % 580}`,
      sourceId,
      targetId: index % 40 === 0 ? sourceId : pick(ends),
      status: pick(['active', 'active', 'inactive'] as const),
      since: pick(DATES),
      until: pick(DATES),
      createdAt: pick(ENTERED),
      updatedAt: pick(ENTERED),
    };
  });
  const agreements = Array.from({ length: 150 }, (_, index) => ({
    id: index % 30 === 0 ? 'shared' : `a${index}`,
    status: pick(AGREEMENT_STATUSES),
    signedOn: pick(DATES),
    inForceFrom: pick(DATES),
    expiresOn: pick(DATES),
    createdAt: pick(ENTERED),
    parties: Array.from({ length: pick([0, 1, 2, 3, 5]) }, () => ({
      stakeholderId: pick(ends),
      role: 'signatory' as const,
    })),
  }));
  return { stakeholders, relationships, agreements };
}

describe('the programme report’s bridges of a day', () => {
  it('are the dashboard’s bridges of the ties active and the agreements in force that day, in its order', () => {
    for (const seed of [1, 2, 3, 18]) {
      const network = hostileNetwork(seed);
      const bridgesOn = bridgeIdsByDay(network);
      for (const day of DAYS)
        expect([...bridgesOn(day)], `seed ${seed}, ${day}`).toEqual(bridgeIdsFromDashboard(network, day));
    }
  });

  it('count a tie from the day it begins to the day it ends, both included, and never one that ends before it begins', () => {
    const network: Network = {
      stakeholders: [
        { id: 'cas', sector: 'reception', region: null },
        { id: 'asl', sector: 'health', region: null },
      ],
      relationships: [
        {
          id: 'tie',
          sourceId: 'cas',
          targetId: 'asl',
          status: 'active',
          since: '2026-01-01',
          until: '2026-06-30',
          createdAt: ENTERED[3]!,
          updatedAt: ENTERED[3]!,
        },
        {
          id: 'backwards',
          sourceId: 'cas',
          targetId: 'asl',
          status: 'active',
          since: '2026-07-01',
          until: '2026-01-01',
          createdAt: ENTERED[3]!,
          updatedAt: ENTERED[3]!,
        },
        {
          id: 'to-nobody',
          sourceId: 'cas',
          targetId: 'gone',
          status: 'active',
          since: null,
          until: null,
          createdAt: ENTERED[3]!,
          updatedAt: ENTERED[3]!,
        },
      ],
      agreements: [],
    };
    const bridgesOn = bridgeIdsByDay(network);
    expect([...bridgesOn('2025-12-31')]).toEqual([]);
    expect([...bridgesOn('2026-01-01')]).toEqual(['tie']);
    expect([...bridgesOn('2026-06-30')]).toEqual(['tie']);
    expect([...bridgesOn('2026-07-01')]).toEqual([]);
  });
});
