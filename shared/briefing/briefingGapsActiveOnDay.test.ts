import { describe, expect, it } from 'vitest';
import { reportNetwork } from '../../test/support/reportNetwork';
import { bridgedReceptionIds, receptionHealthBridges, receptionWithoutBridge } from '../analysis/dashboard';
import type { Agreement } from '../domain/agreement';
import type { Relationship } from '../domain/relationship';
import { findGaps } from './briefingGaps';

// A briefing's "reception without a health link" gap follows the dashboard's rules for the same
// day (activeOnDay.ts): a tie from its start to its end, an agreement from its start to its
// expiry. On one day the dashboard and the meeting's briefing name the same gaps.

const today = '2026-12-07';
const cas = reportNetwork.stakeholders.find((stakeholder) => stakeholder.id === 'cas')!;
const asl = reportNetwork.stakeholders.find((stakeholder) => stakeholder.id === 'asl')!;
const baseTie = reportNetwork.relationships.find((relationship) => relationship.id === 'old-bridge')!;
const baseAgreement = reportNetwork.agreements[0]!;

function records(relationships: Relationship[], agreements: Agreement[]) {
  return { stakeholders: [cas, asl], relationships, agreements, contacts: [...reportNetwork.contacts] };
}
const dashboardGapIds = (network: ReturnType<typeof records>) =>
  receptionWithoutBridge(network.stakeholders, bridgedReceptionIds(receptionHealthBridges(network, today)), null).map(
    (stakeholder) => stakeholder.id,
  );
const briefingGapIds = (network: ReturnType<typeof records>) =>
  findGaps([cas, asl], network, today)
    .filter((gap) => gap.rule === 'reception-without-health-link')
    .flatMap((gap) => gap.stakeholderIds);

describe('a briefing’s health-link gap agrees with the dashboard’s bridges on the same day', () => {
  it('a tie that ended in June (still marked active) links nobody in December', () => {
    const network = records([{ ...baseTie, since: '2024-05-01', until: '2026-06-30' }], []);
    expect(dashboardGapIds(network), 'dashboard gap').toEqual(['cas']);
    expect(briefingGapIds(network), 'briefing gap for the CAS whose only health tie ended in June').toEqual(['cas']);
  });

  it('a tie that begins next month links nobody today', () => {
    const network = records([{ ...baseTie, since: '2027-01-15', until: null }], []);
    expect(dashboardGapIds(network), 'dashboard gap').toEqual(['cas']);
    expect(briefingGapIds(network), 'briefing gap for the CAS whose health tie starts in January').toEqual(['cas']);
  });

  it('an agreement in force only from 1 January links nobody today', () => {
    const agreement: Agreement = {
      ...baseAgreement,
      parties: [
        { stakeholderId: 'cas', role: 'signatory' },
        { stakeholderId: 'asl', role: 'signatory' },
      ],
      status: 'signed',
      signedOn: null,
      inForceFrom: '2027-01-01',
    } as Agreement;
    const network = records([], [agreement]);
    expect(dashboardGapIds(network), 'dashboard gap').toEqual(['cas']);
    expect(briefingGapIds(network), 'briefing gap for the CAS whose agreement starts in January').toEqual(['cas']);
  });
});
