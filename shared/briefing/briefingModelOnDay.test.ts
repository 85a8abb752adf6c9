import { describe, expect, it } from 'vitest';
import { reportNetwork } from '../../test/support/reportNetwork';
import type { Agreement } from '../domain/agreement';
import { BRIEFING_SECTIONS } from '../domain/briefing';
import type { Relationship } from '../domain/relationship';
import type { Stakeholder } from '../domain/stakeholder';
import type { TieStatusOnDay } from '../analysis/activeOnDay';
import { buildBriefingModel, type BriefingRecords } from './briefingModel';
import { buildBriefingTables } from './briefingTables';

// One briefing, one day. What the pack lists as "in force" or "active" must follow the
// same day's rules as its own gaps (activeOnDay.ts), or the coordinator reads two answers.

const today = '2026-12-07';
const cas = reportNetwork.stakeholders.find((stakeholder) => stakeholder.id === 'cas')!;
const asl = reportNetwork.stakeholders.find((stakeholder) => stakeholder.id === 'asl')!;
const baseTie = reportNetwork.relationships.find((relationship) => relationship.id === 'old-bridge')!;
const baseAgreement = reportNetwork.agreements[0]!;
const social: Stakeholder = { ...cas, id: 'comune', name: 'Comune di Caserta', sector: 'social' };

function records(partial: Partial<BriefingRecords>): BriefingRecords {
  return {
    stakeholders: [cas, asl, social],
    contacts: [...reportNetwork.contacts],
    relationships: [],
    agreements: [],
    actions: [],
    followUps: [],
    staff: [],
    ...partial,
  };
}
const between = (id: string, left: string, right: string, dates: Partial<Relationship>): Relationship => ({
  ...baseTie,
  id,
  sourceId: left,
  targetId: right,
  status: 'active',
  ...dates,
});
const convention = (patch: Partial<Agreement>): Agreement =>
  ({
    ...baseAgreement,
    id: 'convenzione',
    title: 'Convenzione CAS–ASL',
    parties: [
      { stakeholderId: 'cas', role: 'signatory' },
      { stakeholderId: 'asl', role: 'signatory' },
    ],
    ...patch,
  }) as Agreement;

describe('a briefing’s figures on the day it is read', () => {
  it('does not list an agreement signed but in force only from January among the attendee’s agreements in force', () => {
    const data = records({
      agreements: [
        convention({ status: 'signed', signedOn: '2026-11-20', inForceFrom: '2027-01-01', expiresOn: null }),
      ],
    });
    const model = buildBriefingModel(
      { kind: 'stakeholders', stakeholderIds: ['cas', 'asl'] },
      BRIEFING_SECTIONS,
      data,
      { today },
    );
    const casFacts = model.attendees.find((facts) => facts.stakeholder.id === 'cas')!;
    const healthGap = model.gaps.find((gap) => gap.rule === 'reception-without-health-link');
    expect(
      healthGap?.stakeholderIds,
      'the gaps say the CAS has no health link today (the convention starts in January)',
    ).toEqual(['cas']);
    expect(
      casFacts.agreements.map((item) => item.agreement.id),
      'yet the CAS card lists the same convention under "Agreements in force" on 7 December',
    ).toEqual([]);
  });

  it('draws no neighbour through a tie that ended in June, though still marked active', () => {
    const data = records({
      relationships: [between('ended', 'cas', 'comune', { since: '2024-05-01', until: '2026-06-30' })],
    });
    const model = buildBriefingModel(
      { kind: 'stakeholders', stakeholderIds: ['cas', 'asl'] },
      BRIEFING_SECTIONS,
      data,
      { today },
    );
    expect(
      model.neighbours.map((item) => item.id),
      'the Comune is a "direct neighbour" on the map only through a tie that ended on 30 June',
    ).toEqual([]);
    expect(
      model.mapRelationships.map((item) => item.id),
      'the map draws the ended tie',
    ).toEqual([]);
  });

  it('draws no neighbour through a tie that only begins next month', () => {
    const data = records({
      relationships: [between('future', 'cas', 'comune', { since: '2027-01-15', until: null })],
    });
    const model = buildBriefingModel(
      { kind: 'stakeholders', stakeholderIds: ['cas', 'asl'] },
      BRIEFING_SECTIONS,
      data,
      { today },
    );
    expect(
      model.neighbours.map((item) => item.id),
      'the Comune is a neighbour today through a tie that starts on 15 January',
    ).toEqual([]);
  });

  it('does not call two attendees isolated while listing an "active" relationship between them', () => {
    const data = records({
      relationships: [between('ended', 'cas', 'asl', { since: '2024-05-01', until: '2026-06-30' })],
    });
    const model = buildBriefingModel(
      { kind: 'stakeholders', stakeholderIds: ['cas', 'asl'] },
      BRIEFING_SECTIONS,
      data,
      { today },
    );
    const isolated = model.gaps.find((gap) => gap.rule === 'isolated-attendee')?.stakeholderIds ?? [];
    const listedActive = model.relationshipsByAttendee
      .flatMap((group) => group.relationships)
      .filter((link) => link.status === 'active')
      .map((link) => link.id);
    expect(
      { isolated, listedActive },
      'the pack lists CAS–ASL as an active relationship and, in Gaps, says both have no relationship at the table',
    ).not.toEqual({ isolated: ['cas', 'asl'], listedActive: ['ended'] });
    expect(
      model.relationshipsAmongAttendees.map((link) => [link.id, link.status]),
      'the tie is still listed, with the status it has today',
    ).toEqual([['ended', 'inactive']]);
  });

  it('words a tie that starts in January as starting then, in the pack and in its workbook', () => {
    const data = records({
      relationships: [
        between('later', 'cas', 'asl', { since: '2027-01-15', until: null }),
        between('ended', 'cas', 'comune', { since: '2024-05-01', until: '2026-06-30' }),
      ],
    });
    const model = buildBriefingModel(
      { kind: 'stakeholders', stakeholderIds: ['cas', 'asl', 'comune'] },
      BRIEFING_SECTIONS,
      data,
      { today },
    );
    expect(model.relationshipsAmongAttendees.map((link) => [link.id, link.status, link.onDay])).toEqual([
      ['later', 'inactive', { kind: 'starts-later', on: '2027-01-15' }],
      ['ended', 'inactive', { kind: 'inactive' }],
    ]);
    const labels = {
      header: (key: string) => key,
      sheet: (key: string) => key,
      value: (kind: string, value: string) => `${kind}:${value}`,
      category: (id: string) => id,
      yes: 'yes',
      no: 'no',
      gap: (gap: { rule: string }) => gap.rule,
      staffName: () => '',
      tieStatus: (status: TieStatusOnDay) => (status.kind === 'starts-later' ? `from ${status.on}` : status.kind),
    };
    const sheet = buildBriefingTables(
      model,
      { title: 'Tavolo', date: today, meetingDate: null, meetingPlace: '', programme: '', agenda: '' },
      labels,
    ).find((table) => table.name === 'relationships')!;
    const status = sheet.columns.findIndex((column) => column.key === 'status');
    expect(
      sheet.rows.map((row) => row[status]),
      'the workbook called the tie that starts in January Inactive',
    ).toEqual(expect.arrayContaining(['from 2027-01-15', 'inactive']));
  });

  it('does not list as shared an agreement still marked in force whose expiry passed in June', () => {
    const data = records({
      agreements: [
        convention({ status: 'in-force', signedOn: '2024-01-10', inForceFrom: null, expiresOn: '2026-06-30' }),
      ],
    });
    const model = buildBriefingModel(
      { kind: 'stakeholders', stakeholderIds: ['cas', 'asl'] },
      BRIEFING_SECTIONS,
      data,
      { today },
    );
    expect(
      model.sharedAgreements.map((item) => item.agreement.id),
      'Shared agreements shows the convention as "In force", expiring 30 June 2026, in a December briefing',
    ).toEqual([]);
  });
});
