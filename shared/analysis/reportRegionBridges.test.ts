import { describe, expect, it } from 'vitest';
import { reportNetwork, YEAR_2026 } from '../../test/support/reportNetwork';
import { bridgesIn, receptionHealthBridges } from './dashboard';
import { programmeReport } from './programmeReport';

// A Campania CAS tied to a national health body (no region) is a Campania bridge on the
// dashboard; the report for Campania looks up the other end's sector among every stakeholder,
// so the same tie on the same day is a bridge there too.

const cas = reportNetwork.stakeholders.find((stakeholder) => stakeholder.id === 'cas')!;
const asl = reportNetwork.stakeholders.find((stakeholder) => stakeholder.id === 'asl')!;
const oldBridge = reportNetwork.relationships.find((relationship) => relationship.id === 'old-bridge')!;
const iss = { ...asl, id: 'iss', name: 'Istituto Superiore di Sanità', level: 'national', region: null, province: '' };
const nationalTie = { ...oldBridge, id: 'cas-iss', sourceId: cas.id, targetId: iss.id, since: '2026-05-01' };
const network = {
  ...reportNetwork,
  stakeholders: [...reportNetwork.stakeholders, iss] as typeof reportNetwork.stakeholders,
  relationships: [...reportNetwork.relationships, nationalTie],
};

describe('Campania’s bridges on 31 Dec 2026: the report and the dashboard agree', () => {
  it('a Campania CAS tied to a national health body is a Campania bridge in both', () => {
    const dashboard = bridgesIn(receptionHealthBridges(network, YEAR_2026.to), 'campania').map((bridge) => bridge.id);
    expect(dashboard, 'dashboard, Campania').toContain('cas-iss');
    const report = programmeReport(network, YEAR_2026, undefined, '2026-12-07');
    expect(report.bridges.atEnd, 'report for Campania: bridges at the end').toContain('cas-iss');
    expect(report.bridges.gained, 'report for Campania: bridges gained').toContain('cas-iss');
  });
});
