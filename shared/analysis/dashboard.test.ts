import { describe, expect, it } from 'vitest';
import type { AgreementStatus, GuidelinesStage, Sector } from '../domain/enums';
import { receptionRoleOf } from '../domain/receptionRoles';
import type { RegionId } from '../domain/regions';
import {
  agreementRegions,
  agreementsIn,
  bridgedReceptionIds,
  bridgesIn,
  overdueCountIn,
  overdueFollowUpCounts,
  receptionHealthBridges,
  receptionWithoutBridge,
  recentActions,
  stageFunnel,
} from './dashboard';

const person = (id: string, sector: Sector, region: RegionId | null, guidelinesStage: GuidelinesStage = 'aware') => ({
  id,
  sector,
  region,
  guidelinesStage,
});
/** Entered long ago, with no dates of their own: active or binding by status alone. */
const ENTERED = '2020-01-01T09:00:00.000Z';
const tie = (id: string, sourceId: string, targetId: string, status: 'active' | 'inactive' = 'active') => ({
  id,
  sourceId,
  targetId,
  status,
  since: null,
  until: null,
  createdAt: ENTERED,
  updatedAt: ENTERED,
});
const pact = (id: string, status: AgreementStatus, partyIds: readonly string[], expiresOn: string | null = null) => ({
  id,
  status,
  expiresOn,
  signedOn: null,
  inForceFrom: null,
  createdAt: ENTERED,
  parties: partyIds.map((stakeholderId) => ({ stakeholderId, role: 'signatory' as const })),
});

// A small network: a Sicilian reception centre tied only to the prefecture, a Lazio centre
// tied to its health authority, a Campania centre in an agreement with a national body.
const stakeholders = [
  person('cas-pa', 'reception', 'sicilia', 'not-engaged'),
  person('pref-pa', 'public-order-and-asylum', 'sicilia', 'aware'),
  person('asp-pa', 'health', 'sicilia', 'engaged'),
  person('sai-rm', 'reception', 'lazio', 'committed'),
  person('asl-rm', 'health', 'lazio', 'implementing'),
  person('cas-na', 'reception', 'campania', 'aware'),
  person('inmp', 'health', null, 'engaged'),
];

describe('stageFunnel', () => {
  it('counts every stage in the guidelines order, zeros included', () => {
    expect(stageFunnel(stakeholders)).toEqual([
      { stage: 'not-engaged', count: 1 },
      { stage: 'aware', count: 2 },
      { stage: 'engaged', count: 2 },
      { stage: 'committed', count: 1 },
      { stage: 'implementing', count: 1 },
    ]);
  });

  it('keeps only the stakeholders of a region, leaving out national ones', () => {
    expect(stageFunnel(stakeholders, 'sicilia').map((row) => row.count)).toEqual([1, 1, 1, 0, 0]);
    expect(stageFunnel(stakeholders, 'basilicata').every((row) => row.count === 0)).toBe(true);
  });
});

describe('receptionHealthBridges', () => {
  const today = '2026-11-23';
  const network = {
    stakeholders,
    relationships: [
      tie('r1', 'sai-rm', 'asl-rm'),
      tie('r2', 'asl-rm', 'sai-rm', 'inactive'),
      tie('r3', 'cas-pa', 'pref-pa'),
      tie('r4', 'pref-pa', 'asp-pa'),
      tie('r5', 'cas-na', 'unknown-id'),
    ],
    agreements: [
      pact('a1', 'in-force', ['cas-na', 'inmp', 'pref-pa']),
      pact('a2', 'drafting', ['cas-pa', 'asp-pa']),
      pact('a3', 'expired', ['cas-pa', 'asp-pa']),
    ],
  };

  it('finds active reception–health ties and binding agreements with both sectors, nothing else', () => {
    const bridges = receptionHealthBridges(network, today);
    expect(bridges.map((bridge) => `${bridge.kind}:${bridge.id}`)).toEqual(['relationship:r1', 'agreement:a1']);
    expect(bridges[1]).toMatchObject({ receptionIds: ['cas-na'], healthIds: ['inmp'], regions: ['campania'] });
  });

  it('does not count an agreement still marked in force or signed once its expiry date has passed', () => {
    const agreements = [
      pact('lapsed', 'in-force', ['cas-pa', 'asp-pa'], '2026-11-22'),
      pact('lapsed-signed', 'signed', ['cas-pa', 'asp-pa'], '2026-01-31'),
      pact('last-day', 'in-force', ['cas-na', 'inmp'], today),
    ];
    const bridges = receptionHealthBridges({ stakeholders, relationships: [], agreements }, today);
    expect(bridges.map((bridge) => bridge.id)).toEqual(['last-day']);
    expect(
      receptionWithoutBridge(stakeholders, bridgedReceptionIds(bridges), 'sicilia').map(
        (stakeholder) => stakeholder.id,
      ),
    ).toEqual(['cas-pa']);
  });

  it('counts a bridge for the region of each of its reception and health ends', () => {
    const crossRegion = receptionHealthBridges(
      { ...network, relationships: [tie('x', 'sai-rm', 'asp-pa')], agreements: [] },
      today,
    );
    expect(crossRegion[0]?.regions).toEqual(['lazio', 'sicilia']);
    expect(bridgesIn(crossRegion, 'sicilia')).toHaveLength(1);
    expect(bridgesIn(crossRegion, 'lazio')).toHaveLength(1);
    expect(bridgesIn(crossRegion, 'campania')).toHaveLength(0);
    expect(bridgesIn(crossRegion, null)).toHaveLength(1);
  });

  it('shows the reception stakeholders no bridge reaches, per region', () => {
    const bridged = bridgedReceptionIds(receptionHealthBridges(network, today));
    expect(receptionWithoutBridge(stakeholders, bridged, null).map((stakeholder) => stakeholder.id)).toEqual([
      'cas-pa',
    ]);
    expect(receptionWithoutBridge(stakeholders, bridged, 'sicilia').map((stakeholder) => stakeholder.id)).toEqual([
      'cas-pa',
    ]);
    expect(receptionWithoutBridge(stakeholders, bridged, 'lazio')).toEqual([]);
    expect(receptionWithoutBridge(stakeholders, new Set(), 'lazio').map((stakeholder) => stakeholder.id)).toEqual([
      'sai-rm',
    ]);
  });
});

describe('agreements by region', () => {
  const regionOf = new Map(stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.region]));

  it('places an agreement in the regions of its parties, national parties adding none', () => {
    expect(agreementRegions(pact('a', 'in-force', ['cas-na', 'inmp', 'pref-pa']), regionOf)).toEqual([
      'campania',
      'sicilia',
    ]);
    const agreements = [pact('a', 'in-force', ['sai-rm', 'asl-rm']), pact('b', 'in-force', ['inmp', 'cas-na'])];
    expect(agreementsIn(agreements, regionOf, 'lazio').map((agreement) => agreement.id)).toEqual(['a']);
    expect(agreementsIn(agreements, regionOf, null)).toHaveLength(2);
  });
});

describe('recentActions', () => {
  const actions = [
    { id: 'old', status: 'done' as const, date: '2026-01-10', regions: ['lazio' as const] },
    { id: 'new', status: 'done' as const, date: '2026-11-01', regions: ['lazio' as const, 'sicilia' as const] },
    { id: 'planned', status: 'planned' as const, date: '2026-11-20', regions: ['lazio' as const] },
    { id: 'mid', status: 'done' as const, date: '2026-06-15', regions: ['campania' as const] },
    { id: 'mistyped', status: 'done' as const, date: '2027-11-01', regions: ['lazio' as const] },
  ];
  const today = '2026-12-07';

  it('lists the last actions done by today, latest first, up to the limit', () => {
    expect(recentActions(actions, null, 2, today).map((action) => action.id)).toEqual(['new', 'mid']);
    expect(recentActions(actions, 'lazio', 5, today).map((action) => action.id)).toEqual(['new', 'old']);
    expect(recentActions(actions, 'basilicata', 5, today)).toEqual([]);
  });

  it('counts an action done on today itself, and none dated after it', () => {
    expect(recentActions(actions, 'lazio', 5, '2026-11-01').map((action) => action.id)).toEqual(['new', 'old']);
    expect(recentActions(actions, 'lazio', 5, '2027-11-01')[0]?.id).toBe('mistyped');
  });
});

describe('overdueFollowUpCounts', () => {
  const today = '2026-11-23';
  const actions = [
    { id: 'a-laz', regions: ['lazio' as const], status: 'done' as const },
    { id: 'a-two', regions: ['lazio' as const, 'sicilia' as const], status: 'planned' as const },
    { id: 'a-none', regions: [], status: 'done' as const },
    { id: 'a-cancelled', regions: ['lazio' as const], status: 'cancelled' as const },
  ];
  const followUp = (actionId: string, dueDate: string | null, doneOn: string | null = null) => ({
    actionId,
    dueDate,
    doneOn,
  });

  it('counts open follow-ups past due in every region of their action', () => {
    const counts = overdueFollowUpCounts(
      [
        followUp('a-laz', '2026-11-01'),
        followUp('a-two', '2026-11-22'),
        followUp('a-none', '2026-10-01'),
        followUp('a-laz', today),
        followUp('a-laz', '2026-10-01', '2026-10-02'),
        followUp('a-laz', null),
        followUp('a-cancelled', '2026-10-01'),
      ],
      actions,
      today,
    );
    expect(counts.overall).toBe(3);
    expect(counts.byRegion).toEqual({ lazio: 2, lombardia: 0, campania: 0, sicilia: 1, basilicata: 0 });
    expect(overdueCountIn(counts, null)).toBe(3);
    expect(overdueCountIn(counts, 'sicilia')).toBe(1);
  });
});

describe('reception facilities and the offices that govern reception', () => {
  // A Prefettura is in the reception sector (it runs the CAS tenders) but hosts nobody.
  const prefecture = { ...person('pref-rm', 'reception', 'lazio'), categoryId: 'prefecture' };
  const centre = { ...person('cas-rm', 'reception', 'lazio'), categoryId: 'reception-centre' };
  const health = { ...person('asl-rm', 'health', 'lazio'), categoryId: 'local-health-authority' };
  const people = [prefecture, centre, health];

  it('does not list a Prefettura among the reception facilities without a health link', () => {
    expect(receptionWithoutBridge(people, new Set(), 'lazio').map((stakeholder) => stakeholder.id)).toEqual(['cas-rm']);
  });

  it('lists the offices without a health link on their own', () => {
    expect(receptionWithoutBridge(people, new Set(), 'lazio', 'governance').map((item) => item.id)).toEqual([
      'pref-rm',
    ]);
    expect(receptionWithoutBridge(people, new Set(['pref-rm']), null, 'governance')).toEqual([]);
  });

  it('tells the bridges of a facility from those of an office', () => {
    const bridges = receptionHealthBridges(
      {
        stakeholders: people,
        relationships: [tie('office', 'pref-rm', 'asl-rm'), tie('centre', 'cas-rm', 'asl-rm')],
        agreements: [],
      },
      '2026-12-06',
    );
    expect(bridges.map((bridge) => [bridge.id, bridge.facilityIds, bridge.officeIds])).toEqual([
      ['office', [], ['pref-rm']],
      ['centre', ['cas-rm'], []],
    ]);
    expect(receptionRoleOf(prefecture)).toBe('governance');
    expect(receptionRoleOf(centre)).toBe('facility');
    expect(receptionRoleOf(health)).toBeNull();
    // A reception stakeholder of a category the user made up hosts people unless said otherwise.
    expect(receptionRoleOf({ sector: 'reception', categoryId: 'custom-shelter' })).toBe('facility');
  });
});
