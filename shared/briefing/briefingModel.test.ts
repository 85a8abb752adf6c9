import { describe, expect, it } from 'vitest';
import type { AdvocacyAction } from '../domain/action';
import type { Agreement } from '../domain/agreement';
import { BRIEFING_SECTIONS } from '../domain/briefing';
import type { Contact } from '../domain/contact';
import type { Sector } from '../domain/enums';
import type { RegionId } from '../domain/regions';
import type { Relationship } from '../domain/relationship';
import type { Stakeholder } from '../domain/stakeholder';
import { SAMPLE_CAMPANIA_MEETING_TITLE } from '../sample/sampleActivity';
import { buildSampleNetwork, sampleStakeholderId } from '../sample/sampleNetwork';
import { findGaps } from './briefingGaps';
import { attendeeIdsOf, buildBriefingModel, type BriefingRecords } from './briefingModel';

const today = '2026-11-23';
const stamp = `${today}T08:00:00.000Z`;
const base = (id: string) => ({ id, createdAt: stamp, updatedAt: stamp });

function stakeholder(id: string, sector: Sector, region: RegionId | null = 'campania'): Stakeholder {
  return {
    ...base(id),
    name: `Name ${id}`,
    shortName: '',
    categoryId: 'other',
    level: region ? 'regional' : 'national',
    region,
    province: '',
    city: '',
    sector,
    website: '',
    notes: '',
    tags: [],
    programmeIds: [],
    influence: 3,
    interest: 3,
    attitude: 'neutral',
    guidelinesStage: 'aware',
  };
}
function link(id: string, sourceId: string, targetId: string, status: Relationship['status'] = 'active'): Relationship {
  return {
    ...base(id),
    sourceId,
    targetId,
    type: 'coordination',
    isDirected: false,
    strength: 2,
    status,
    since: null,
    until: null,
    notes: '',
  };
}
function agreement(
  id: string,
  status: Agreement['status'],
  partyIds: string[],
  expiresOn: string | null = null,
): Agreement {
  return {
    ...base(id),
    title: `Agreement ${id}`,
    kind: 'convention',
    parties: partyIds.map((stakeholderId) => ({ stakeholderId, role: 'signatory' as const })),
    status,
    signedOn: null,
    inForceFrom: null,
    expiresOn,
    documentRef: '',
    programmeIds: [],
    notes: '',
  };
}
function contact(id: string, stakeholderId: string, isPrimary = true): Contact {
  return {
    ...base(id),
    stakeholderId,
    name: `Person ${id}`,
    role: '',
    emails: [],
    phones: [],
    languages: [],
    notes: '',
    isPrimary,
    lawfulBasis: '',
  };
}
function action(
  id: string,
  date: string,
  status: AdvocacyAction['status'],
  targetIds: string[],
  participantIds: string[] = [],
): AdvocacyAction {
  return {
    ...base(id),
    title: `Action ${id}`,
    kind: 'bilateral-meeting',
    date,
    regions: [],
    programmeId: null,
    objective: '',
    targetIds,
    participantIds,
    ownerId: null,
    status,
    outcome: `Outcome ${id}`,
  };
}
function records(partial: Partial<BriefingRecords>): BriefingRecords {
  return {
    stakeholders: [],
    contacts: [],
    relationships: [],
    agreements: [],
    actions: [],
    followUps: [],
    staff: [],
    ...partial,
  };
}

describe('who attends', () => {
  const people = [stakeholder('a', 'health'), stakeholder('b', 'reception'), stakeholder('c', 'social', 'lazio')];
  const data = records({
    stakeholders: people,
    contacts: [contact('ca', 'a'), contact('cc', 'c')],
    actions: [action('meeting', '2026-12-07', 'planned', ['a', 'b', 'gone'], ['cc'])],
  });

  it("takes an action's targets and the stakeholders of its participants, once each, dropping unknown ids", () => {
    expect(attendeeIdsOf({ kind: 'action', actionId: 'meeting' }, data)).toEqual(['a', 'b', 'c']);
  });
  it('takes every stakeholder of a region', () => {
    expect(attendeeIdsOf({ kind: 'region', region: 'campania' }, data)).toEqual(['a', 'b']);
  });
  it('takes hand-picked stakeholders as given', () => {
    expect(attendeeIdsOf({ kind: 'stakeholders', stakeholderIds: ['c', 'a', 'c'] }, data)).toEqual(['c', 'a']);
  });
  it('has nobody for an action that no longer exists', () => {
    expect(attendeeIdsOf({ kind: 'action', actionId: 'deleted' }, data)).toEqual([]);
  });
});

describe('attendees changed by hand', () => {
  const people = [stakeholder('a', 'health'), stakeholder('b', 'reception'), stakeholder('c', 'social', 'lazio')];
  const data = records({ stakeholders: people });
  const region = { kind: 'region', region: 'campania' } as const;

  it('drops a removed attendee and adds one from elsewhere, once, after those the source brings', () => {
    const changes = { addedStakeholderIds: ['c', 'c', 'a', 'gone'], removedStakeholderIds: ['b'] };
    expect(attendeeIdsOf(region, data, changes)).toEqual(['a', 'c']);
    const model = buildBriefingModel(region, BRIEFING_SECTIONS, data, { today, attendeeChanges: changes });
    expect(model.attendees.map((item) => item.stakeholder.id)).toEqual(['a', 'c']);
    expect(model.removedAttendees.map((item) => item.id)).toEqual(['b']);
  });
  it('lets a removed attendee come back by adding it again', () => {
    expect(attendeeIdsOf(region, data, { addedStakeholderIds: ['b'], removedStakeholderIds: ['b'] })).toEqual([
      'a',
      'b',
    ]);
  });
  it('ignores hostile lists: unknown ids, prototype keys', () => {
    const changes = { addedStakeholderIds: ['__proto__', 'constructor'], removedStakeholderIds: ['toString'] };
    expect(attendeeIdsOf(region, data, changes)).toEqual(['a', 'b']);
  });
});

describe('relationships grouped by attendee', () => {
  const named = (id: string, name: string) => ({ ...stakeholder(id, 'social'), name });
  const data = records({
    stakeholders: [named('z', 'Zeta'), named('a', 'Alfa'), named('m', 'Mu'), named('out', 'Beta')],
    relationships: [
      link('zm', 'z', 'm'),
      link('mz', 'm', 'z'),
      link('ma', 'm', 'a'),
      link('az', 'a', 'z'),
      link('ao', 'a', 'out'),
    ],
  });
  const model = buildBriefingModel({ kind: 'stakeholders', stakeholderIds: ['z', 'm', 'a'] }, BRIEFING_SECTIONS, data, {
    today,
  });

  it('lists each relationship once, under the attendee first by name, groups and partners sorted by name', () => {
    expect(
      model.relationshipsByAttendee.map((group) => [group.attendee.name, group.relationships.map((item) => item.id)]),
    ).toEqual([
      ['Alfa', ['ma', 'az']],
      ['Mu', ['zm', 'mz']],
    ]);
    const listed = model.relationshipsByAttendee.flatMap((group) => group.relationships.map((item) => item.id));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual(model.relationshipsAmongAttendees.map((item) => item.id).sort());
  });
});

describe('per-attendee facts', () => {
  const data = records({
    stakeholders: [stakeholder('a', 'health'), stakeholder('b', 'reception')],
    contacts: [contact('a1', 'a'), contact('a2', 'a', false), contact('b1', 'b')],
    actions: [
      action('old', '2026-01-10', 'done', ['a']),
      action('mid', '2026-05-10', 'done', ['a']),
      action('new', '2026-09-10', 'done', ['a']),
      action('newest', '2026-10-10', 'done', ['a']),
      action('cancelled', '2026-11-01', 'cancelled', ['a']),
      action('meeting', '2026-12-07', 'planned', ['a', 'b'], ['a2']),
    ],
    followUps: [
      {
        ...base('f-overdue'),
        actionId: 'mid',
        text: 'Send the draft',
        dueDate: '2026-11-01',
        ownerId: null,
        doneOn: null,
      },
      {
        ...base('f-later'),
        actionId: 'meeting',
        text: 'Prepare the file',
        dueDate: '2026-11-30',
        ownerId: null,
        doneOn: null,
      },
      {
        ...base('f-cancelled'),
        actionId: 'cancelled',
        text: 'Moot now',
        dueDate: '2026-11-05',
        ownerId: null,
        doneOn: null,
      },
      {
        ...base('f-done'),
        actionId: 'old',
        text: 'Done already',
        dueDate: '2026-02-01',
        ownerId: null,
        doneOn: '2026-01-30',
      },
    ],
    agreements: [
      agreement('soon', 'in-force', ['a', 'b'], '2027-01-10'),
      agreement('far', 'signed', ['a', 'x'], '2028-01-01'),
      agreement('draft', 'drafting', ['a', 'b']),
      agreement('lapsed', 'in-force', ['a', 'x'], '2026-11-01'),
    ],
  });
  const model = buildBriefingModel({ kind: 'action', actionId: 'meeting' }, BRIEFING_SECTIONS, data, { today });
  const [first, second] = model.attendees;

  it('lists the participants at each stakeholder as its attending contacts', () => {
    expect(first?.contacts.map((item) => item.id)).toEqual(['a2']);
    expect(second?.contacts).toEqual([]);
  });
  it('gives the last contact and the last three done actions, newest first', () => {
    expect(first?.lastContactDate).toBe('2026-10-10');
    expect(first?.recentActions.map((item) => item.id)).toEqual(['newest', 'new', 'mid']);
    expect(second?.lastContactDate).toBeNull();
  });
  it('lists open follow-ups soonest first and flags the overdue ones, leaving out those of cancelled actions', () => {
    expect(first?.openFollowUps.map((item) => [item.followUp.id, item.isOverdue])).toEqual([['f-overdue', true]]);
  });
  it("lists the meeting's own follow-ups once, not under every attendee", () => {
    expect(model.meetingFollowUps.map((item) => item.followUp.id)).toEqual(['f-later']);
    expect(second?.openFollowUps).toEqual([]);
  });
  it('lists binding agreements and flags those expiring within 90 days', () => {
    expect(first?.agreements.map((item) => [item.agreement.id, item.isExpiring])).toEqual([
      ['soon', true],
      ['far', false],
    ]);
  });
  it('counts an action one of its contacts took part in, without it being a target, as contact and as a recent action', () => {
    const withRoundTable = records({
      ...data,
      actions: [...data.actions, action('round-table', '2026-11-10', 'done', ['x'], ['b1'])],
    });
    const byHand = buildBriefingModel(
      { kind: 'stakeholders', stakeholderIds: ['b'] },
      BRIEFING_SECTIONS,
      withRoundTable,
      { today },
    );
    expect(byHand.attendees[0]?.lastContactDate).toBe('2026-11-10');
    expect(byHand.attendees[0]?.recentActions.map((item) => item.id)).toEqual(['round-table']);
  });
  it('shows primary contacts when the briefing does not start from an action', () => {
    const byHand = buildBriefingModel({ kind: 'stakeholders', stakeholderIds: ['a'] }, BRIEFING_SECTIONS, data, {
      today,
    });
    expect(byHand.attendees[0]?.contacts.map((item) => item.id)).toEqual(['a1']);
  });
  it('finds the agreements two or more attendees share, drafts included', () => {
    expect(model.sharedAgreements.map((item) => [item.agreement.id, item.attendeeIds])).toEqual([
      ['soon', ['a', 'b']],
      ['draft', ['a', 'b']],
    ]);
  });
});

describe('network around the attendees', () => {
  const data = records({
    stakeholders: [
      stakeholder('a', 'health'),
      stakeholder('b', 'reception'),
      stakeholder('n', 'social'),
      stakeholder('far', 'social'),
      stakeholder('old', 'social'),
    ],
    relationships: [
      link('ab', 'a', 'b'),
      link('an', 'a', 'n'),
      link('nf', 'n', 'far'),
      link('bo', 'b', 'old', 'inactive'),
    ],
  });
  const model = buildBriefingModel(
    { kind: 'stakeholders', stakeholderIds: ['a', 'b'] },
    ['relationships', 'map', 'map'],
    data,
    { today },
  );

  it('takes direct neighbours through active relationships only', () => {
    expect(model.neighbours.map((item) => item.id)).toEqual(['n']);
    expect(model.mapRelationships.map((item) => item.id)).toEqual(['ab', 'an']);
  });
  it('lists relationships between attendees', () => {
    expect(model.relationshipsAmongAttendees.map((item) => item.id)).toEqual(['ab']);
  });
  it('keeps the chosen sections once each, in reading order', () => {
    expect(model.sections).toEqual(['map', 'relationships']);
  });
});

describe('gap rules', () => {
  const health = stakeholder('asl', 'health');
  const linkedCentre = stakeholder('cas-linked', 'reception');
  const signedCentre = stakeholder('cas-signed', 'reception');
  const loneCentre = stakeholder('cas-alone', 'reception');
  const lazioCentre = stakeholder('sai-rome', 'reception', 'lazio');
  const data = records({
    stakeholders: [health, linkedCentre, signedCentre, loneCentre, lazioCentre],
    relationships: [
      link('r1', 'cas-linked', 'asl'),
      link('r2', 'cas-alone', 'asl', 'inactive'),
      link('r3', 'cas-signed', 'cas-alone'),
    ],
    agreements: [
      agreement('in-force', 'in-force', ['cas-signed', 'asl']),
      agreement('idea', 'idea', ['sai-rome', 'asl']),
      agreement('lapsed', 'in-force', ['cas-alone', 'asl'], '2026-06-30'),
    ],
    contacts: [
      contact('c1', 'asl'),
      contact('c2', 'cas-linked'),
      contact('c3', 'cas-signed'),
      contact('c4', 'cas-alone'),
    ],
  });

  it('flags reception attendees with no active relationship or binding agreement with health, per region', () => {
    const gaps = findGaps([health, linkedCentre, signedCentre, loneCentre, lazioCentre], data, today).filter(
      (gap) => gap.rule === 'reception-without-health-link',
    );
    expect(gaps).toEqual([
      { rule: 'reception-without-health-link', region: 'campania', stakeholderIds: ['cas-alone'] },
      { rule: 'reception-without-health-link', region: 'lazio', stakeholderIds: ['sai-rome'] },
    ]);
  });
  it('leaves a Prefettura, which governs reception and hosts nobody, out of the facilities without a health link', () => {
    const prefettura = { ...stakeholder('pref-na', 'reception'), categoryId: 'prefecture' };
    const gaps = findGaps(
      [health, prefettura, loneCentre],
      records({ ...data, stakeholders: [...data.stakeholders, prefettura] }),
      today,
    );
    expect(gaps.filter((gap) => gap.rule === 'reception-without-health-link')).toEqual([
      { rule: 'reception-without-health-link', region: 'campania', stakeholderIds: ['cas-alone'] },
    ]);
  });
  it('does not take an agreement past its expiry date as a link, whatever its status says', () => {
    const renewed = records({
      ...data,
      agreements: data.agreements.map((item) => (item.id === 'lapsed' ? { ...item, expiresOn: today } : item)),
    });
    const stillLinked = findGaps([health, loneCentre], renewed, today).filter(
      (gap) => gap.rule === 'reception-without-health-link',
    );
    expect(stillLinked).toEqual([]);
    const lapsed = findGaps([health, loneCentre], data, today).filter(
      (gap) => gap.rule === 'reception-without-health-link',
    );
    expect(lapsed).toEqual([
      { rule: 'reception-without-health-link', region: 'campania', stakeholderIds: ['cas-alone'] },
    ]);
  });
  it('flags a region whose reception attendees meet nobody from its health sector', () => {
    const gaps = findGaps([health, linkedCentre, lazioCentre], data, today).filter(
      (gap) => gap.rule === 'region-without-health-attendee',
    );
    expect(gaps).toEqual([{ rule: 'region-without-health-attendee', region: 'lazio', stakeholderIds: ['sai-rome'] }]);
  });
  it('flags attendees with no active tie to anyone else at the table, and those without a contact person', () => {
    const gaps = findGaps([health, linkedCentre, lazioCentre], data, today);
    expect(gaps.find((gap) => gap.rule === 'isolated-attendee')?.stakeholderIds).toEqual(['sai-rome']);
    expect(gaps.find((gap) => gap.rule === 'no-contact-person')?.stakeholderIds).toEqual(['sai-rome']);
  });
  it('finds nothing missing in a well-connected table', () => {
    expect(findGaps([health, linkedCentre], data, today)).toEqual([]);
  });
});

describe('the sample', () => {
  const sample = buildSampleNetwork(today);
  const data = records(sample);
  const meeting = sample.actions.find((item) => item.title === SAMPLE_CAMPANIA_MEETING_TITLE);

  it('briefs the Campania network meeting with its nine targets and the regional protocol they share', () => {
    if (!meeting) throw new Error('sample meeting missing');
    const model = buildBriefingModel({ kind: 'action', actionId: meeting.id }, BRIEFING_SECTIONS, data, { today });
    expect(model.attendees.map((item) => item.stakeholder.id)).toEqual(meeting.targetIds);
    expect(model.attendees).toHaveLength(9);
    expect(
      model.sharedAgreements.some((item) => item.agreement.title.includes('Campania') && item.attendeeIds.length >= 3),
    ).toBe(true);
    expect(model.neighbours.length).toBeGreaterThan(0);
    expect(model.attendees.some((item) => item.openFollowUps.some((followUp) => followUp.isOverdue))).toBe(true);
  });
  it("reveals that Sicily's reception centres have no tie to health", () => {
    const model = buildBriefingModel({ kind: 'region', region: 'sicilia' }, BRIEFING_SECTIONS, data, { today });
    const gap = model.gaps.find((item) => item.rule === 'reception-without-health-link' && item.region === 'sicilia');
    expect(gap?.stakeholderIds).toEqual(
      expect.arrayContaining([
        sampleStakeholderId('sic-hotspot'),
        sampleStakeholderId('sic-cas-ag'),
        sampleStakeholderId('sic-sai-pa'),
      ]),
    );
  });
});
