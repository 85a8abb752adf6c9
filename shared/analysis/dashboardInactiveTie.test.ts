import { describe, expect, it } from 'vitest';
import { reportNetwork } from '../../test/support/reportNetwork';
import { bridgedReceptionIds, receptionHealthBridges, receptionWithoutBridge } from './dashboard';

// A collaboration planned to 30 June 2027 that stopped and was set to "Inactive" today is no
// bridge today: the status, set by a person, is not overruled by an end date once planned
// (activeOnDay.ts tieSpan), so the CAS is back among the gaps at once.

const today = '2026-12-07';
const cas = reportNetwork.stakeholders.find((stakeholder) => stakeholder.id === 'cas')!;
const asl = reportNetwork.stakeholders.find((stakeholder) => stakeholder.id === 'asl')!;
const oldBridge = reportNetwork.relationships.find((relationship) => relationship.id === 'old-bridge')!;
const stopped = { ...oldBridge, status: 'inactive' as const, since: '2025-01-01', until: '2027-06-30' };

describe('the dashboard on 7 Dec 2026, a tie set to "Inactive" with its planned end in 2027', () => {
  it('is no bridge today, and its CAS is a gap', () => {
    const network = { stakeholders: [cas, asl], relationships: [stopped], agreements: [] };
    const bridges = receptionHealthBridges(network, today);
    expect(
      bridges.map((bridge) => bridge.id),
      'bridges today include a tie marked inactive',
    ).toEqual([]);
    expect(
      receptionWithoutBridge([cas, asl], bridgedReceptionIds(bridges), null).map((stakeholder) => stakeholder.id),
      'gaps today',
    ).toEqual(['cas']);
  });
});
