import { describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../../sample/sampleNetwork';
import { localIsoDate } from '../../domain/common';
import { buildWorkbookTables } from '../workbookTables';
import { TEST_LABELS } from '../../../test/unit/io/labels';
import { onRomeTime } from '../../../test/support/romeTime';

// The stakeholders sheet's "Last updated" column for a user in Italy.
// Timestamps are stored in UTC (renderer/db/timestamps.ts); the app shows them on the user's
// calendar (history, briefings: localIsoDate(new Date(updatedAt))).

onRomeTime();

describe('the stakeholders sheet’s last update', () => {
  it('is the day in Italy of an edit made at 00:30 on 2 March, not the UTC day before', () => {
    const sample = { ...buildSampleNetwork('2026-03-02'), programmes: [] };
    // 00:30 on 2 March in Rome (CET, UTC+1).
    const updatedAt = '2026-03-01T23:30:00.000Z';
    expect(localIsoDate(new Date(updatedAt))).toBe('2026-03-02');
    const stakeholder = { ...sample.stakeholders[0]!, updatedAt };
    const [sheet] = buildWorkbookTables({ ...sample, stakeholders: [stakeholder] }, TEST_LABELS, {
      omitPersonalColumns: false,
    });
    const column = sheet!.columns.findIndex((candidate) => candidate.key === 'updatedAt');
    expect(sheet!.rows[0]![column], 'the cell says the day before the edit').toEqual({ date: '2026-03-02' });
  });
});
