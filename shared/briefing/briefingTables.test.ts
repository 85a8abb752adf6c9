import { describe, expect, it } from 'vitest';
import { followUpOwnerId } from '../analysis/followUps';
import { BRIEFING_SECTIONS } from '../domain/briefing';
import { STAKEHOLDER_COLUMNS } from '../io/columns/stakeholderColumns';
import { SAMPLE_CAMPANIA_MEETING_TITLE } from '../sample/sampleActivity';
import { buildSampleNetwork } from '../sample/sampleNetwork';
import { buildBriefingModel } from './briefingModel';
import { buildBriefingTables, type BriefingTableLabels } from './briefingTables';

const today = '2026-11-23';
const sample = buildSampleNetwork(today);
const meeting = sample.actions.find((action) => action.title === SAMPLE_CAMPANIA_MEETING_TITLE);
const labels: BriefingTableLabels = {
  header: (key) => `h:${key}`,
  sheet: (key) => key,
  value: (kind, value) => `${kind}:${value}`,
  category: (id) => `cat:${id}`,
  yes: 'yes',
  no: 'no',
  gap: (gap) => `gap:${gap.rule}`,
  staffName: (id) => id ?? '',
  tieStatus: (status) => (status.kind === 'starts-later' ? `from:${status.on}` : `relationshipStatus:${status.kind}`),
};
const cover = {
  title: 'Tavolo',
  date: today,
  meetingDate: '2026-12-07',
  meetingPlace: 'Napoli, Palazzo Santa Lucia',
  programme: 'PsychCare',
  agenda: '1. Welcome\n\n2. Protocol review',
};

describe('briefing tables', () => {
  it('gives one sheet per chosen section, with the attendees and the typed agenda', () => {
    if (!meeting) throw new Error('sample meeting missing');
    const model = buildBriefingModel({ kind: 'action', actionId: meeting.id }, BRIEFING_SECTIONS, sample, { today });
    const tables = buildBriefingTables(model, cover, labels);
    expect(tables.map((table) => table.name)).toEqual([
      'cover',
      'attendees',
      'recentActions',
      'followUps',
      'agreements',
      'neighbours',
      'sharedAgreements',
      'relationships',
      'gaps',
      'agenda',
    ]);
    const attendees = tables.find((table) => table.name === 'attendees');
    expect(attendees?.rows).toHaveLength(9);
    expect(attendees?.columns[0]?.header).toBe('h:name');
    expect(tables.find((table) => table.name === 'agenda')?.rows).toEqual([['1. Welcome'], ['2. Protocol review']]);
  });
  it('writes the attendees’ and neighbours’ stakeholder columns as the stakeholders sheet does, headers and cells', () => {
    if (!meeting) throw new Error('sample meeting missing');
    const model = buildBriefingModel({ kind: 'action', actionId: meeting.id }, BRIEFING_SECTIONS, sample, { today });
    const italian: BriefingTableLabels = { ...labels, header: (key, own) => own?.it ?? `h:${key}` };
    const tables = buildBriefingTables(model, cover, italian);
    const words = { labels: italian, programmeName: () => '', stakeholderName: () => '' };
    for (const [sheet, keys, stakeholders] of [
      [
        'attendees',
        ['name', 'category', 'region', 'sector', 'stage', 'influence', 'interest'],
        model.attendees.map((attendee) => attendee.stakeholder),
      ],
      ['neighbours', ['name', 'category', 'region', 'sector'], model.neighbours],
    ] as const) {
      const table = tables.find((candidate) => candidate.name === sheet)!;
      const columns = keys.map((key) => STAKEHOLDER_COLUMNS.find((column) => column.key === key)!);
      expect(table.columns.slice(0, keys.length).map((column) => column.header)).toEqual(
        columns.map((column) => column.header.it),
      );
      expect(table.rows.map((row) => row.slice(0, keys.length))).toEqual(
        stakeholders.map((stakeholder) => columns.map((column) => column.write(stakeholder, words))),
      );
    }
  });
  it('lists the relationships each once, in the order of the pack: by attendee, then partner', () => {
    const model = buildBriefingModel({ kind: 'region', region: 'lazio' }, BRIEFING_SECTIONS, sample, { today });
    const rows = buildBriefingTables(model, cover, labels).find((table) => table.name === 'relationships')?.rows;
    const name = new Map(sample.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.name]));
    expect(rows?.map((row) => row.slice(0, 2))).toEqual(
      model.relationshipsByAttendee.flatMap((group) =>
        group.relationships.map((link) => [name.get(link.sourceId), name.get(link.targetId)]),
      ),
    );
    expect(rows).toHaveLength(model.relationshipsAmongAttendees.length);
  });
  it('says where the meeting is held on the cover sheet', () => {
    const model = buildBriefingModel({ kind: 'region', region: 'lazio' }, ['gaps'], sample, { today });
    expect(buildBriefingTables(model, cover, labels)[0]?.rows).toContainEqual(['h:meetingPlace', cover.meetingPlace]);
  });
  it('names the action’s owner for a follow-up with none of its own, as the app does', () => {
    if (!meeting) throw new Error('sample meeting missing');
    const withOwner = { ...meeting, ownerId: meeting.ownerId ?? 'staff-giulia' };
    const followUp = {
      id: 'fu-no-owner',
      actionId: meeting.id,
      text: 'Send the draft protocol to the ASL',
      dueDate: '2026-12-01',
      ownerId: null,
      doneOn: null,
      createdAt: `${today}T09:00:00.000Z`,
      updatedAt: `${today}T09:00:00.000Z`,
    };
    const network = {
      ...sample,
      actions: sample.actions.map((action) => (action.id === meeting.id ? withOwner : action)),
      followUps: [...sample.followUps, followUp],
    };
    const model = buildBriefingModel({ kind: 'action', actionId: meeting.id }, BRIEFING_SECTIONS, network, { today });
    const sheet = buildBriefingTables(model, cover, labels).find((table) => table.name === 'followUps')!;
    const ownerColumn = sheet.columns.findIndex((column) => column.key === 'owner');
    const row = sheet.rows.find((cells) => cells.includes(followUp.text));
    expect(row, 'the follow-up is in the sheet').toBeDefined();
    expect(
      row![ownerColumn],
      `the app names ${followUpOwnerId(followUp, withOwner)} as owner; the pack's sheet is to name the same`,
    ).toBe(withOwner.ownerId);
  });

  it('leaves out the sheets of sections not chosen', () => {
    if (!meeting) throw new Error('sample meeting missing');
    const model = buildBriefingModel({ kind: 'action', actionId: meeting.id }, ['gaps'], sample, { today });
    expect(buildBriefingTables(model, cover, labels).map((table) => table.name)).toEqual(['cover', 'gaps']);
  });
});
