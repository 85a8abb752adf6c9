import { describe, expect, it } from 'vitest';
import { reportNetwork, YEAR_2026 } from '../../test/support/reportNetwork';
import { programmeReport } from '../analysis/programmeReport';
import { buildReportTables } from './reportWorkbook';
import { markedReportLabels } from '../../test/support/reportLabels';
import { onRomeTime } from '../../test/support/romeTime';

// The coordinator is in Rome; records are stamped in UTC (toISOString).
onRomeTime();

const labels = markedReportLabels();

describe('the workbook’s day a stakeholder was added', () => {
  it('is the day in Rome: one entered at 00:30 on 7 Dec says 7 Dec', () => {
    const atNight = '2026-12-06T23:30:00.000Z';
    expect(new Date(atNight).getDate(), 'TZ=Europe/Rome did not take').toBe(7);
    const sai = { ...reportNetwork.stakeholders.find((stakeholder) => stakeholder.id === 'sai')!, createdAt: atNight };
    const network = { ...reportNetwork, stakeholders: [sai] };
    const tables = buildReportTables(programmeReport(network, YEAR_2026), network, labels);
    const engaged = tables.find((table) => table.name === 'sheet:engaged')!;
    expect(engaged.rows[0]?.[2], 'the engaged sheet’s added day').toEqual({ date: '2026-12-07' });
  });
});
