import { describe, expect, it } from 'vitest';
import { reportNetwork } from '../../../test/support/reportNetwork';
import { dayNumber, mapTimeIndex } from './mapTime';
import { onRomeTime } from '../../../test/support/romeTime';

// The map's "as of" day is a day in Rome; records are stamped in UTC (toISOString).
onRomeTime();

const cas = reportNetwork.stakeholders.find((stakeholder) => stakeholder.id === 'cas')!;
const oldBridge = reportNetwork.relationships.find((relationship) => relationship.id === 'old-bridge')!;
const atNight = '2026-12-06T23:30:00.000Z'; // 00:30 CET on 7 Dec

describe('the map as of a day in Rome', () => {
  it('knows a stakeholder entered at 00:30 on 7 Dec from 7 Dec, not 6 Dec', () => {
    expect(new Date(atNight).getDate(), 'TZ=Europe/Rome did not take').toBe(7);
    const index = mapTimeIndex({
      stakeholders: [{ ...cas, createdAt: atNight, updatedAt: atNight }],
      relationships: [{ ...oldBridge, since: null, createdAt: atNight, updatedAt: atNight }],
    });
    expect(index.knownFrom[0], 'stakeholder known from').toBe(dayNumber('2026-12-07'));
    expect(index.since[0], 'tie with no start active from').toBe(dayNumber('2026-12-07'));
  });
});
