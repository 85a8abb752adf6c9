import { describe, expect, it } from 'vitest';
import { SAMPLE_CAMPANIA_MEETING_TITLE } from '../sample/sampleActivity';
import { buildSampleNetwork } from '../sample/sampleNetwork';
import { cellText } from '../io/cells';
import { buildBriefingModel } from './briefingModel';
import { buildBriefingTables, type BriefingTableLabels } from './briefingTables';

// The workbook says what the printed pack says, for the sections the coordinator chose.

const today = '2026-11-23';
const sample = buildSampleNetwork(today);
const meeting = sample.actions.find((action) => action.title === SAMPLE_CAMPANIA_MEETING_TITLE)!;
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
  meetingPlace: 'Napoli',
  programme: 'PsychCare',
  agenda: '1. Welcome',
};

describe('a one-page pack (summary and agenda) exported to Excel', () => {
  it('lists who attends, as the printed summary does', () => {
    const model = buildBriefingModel({ kind: 'action', actionId: meeting.id }, ['summary', 'agenda'], sample, {
      today,
    });
    const tables = buildBriefingTables(model, cover, labels);
    const written = tables.flatMap((table) => table.rows.flat().map(cellText));
    const missing = model.attendees.map((facts) => facts.stakeholder.name).filter((name) => !written.includes(name));
    expect(
      { sheets: tables.map((table) => table.name), missing: missing.length },
      `the printed pack's summary names ${model.attendees.length} attendees; the workbook names none of them`,
    ).toEqual({ sheets: expect.arrayContaining(['cover', 'agenda']) as unknown, missing: 0 });
  });
});
