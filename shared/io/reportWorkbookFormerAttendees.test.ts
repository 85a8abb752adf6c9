import { describe, expect, it } from 'vitest';
import { reportNetwork, YEAR_2026 } from '../../test/support/reportNetwork';
import { programmeReport, type ReportNetwork } from '../analysis/programmeReport';
import { buildReportTables } from './reportWorkbook';
import { markedReportLabels } from '../../test/support/reportLabels';

// Figures reported to a funder stay when a trainee's record is deleted. The
// "Trainings" sheet gives each training's attendees; a former attendee (deleted since, kept in
// the training's anonymous tally) was at the training all the same.

const labels = markedReportLabels();

const attendeesColumn = (network: ReportNetwork) => {
  const tables = buildReportTables(programmeReport(network, YEAR_2026), network, labels);
  return tables.find((table) => table.name === 'sheet:trainings')!.rows.map((row) => row.at(-1));
};

describe('the report workbook’s trainings sheet after an attendee is deleted', () => {
  it('still gives the training the attendees it had', () => {
    expect(attendeesColumn(reportNetwork), 'before Luca is deleted').toEqual([2]);
    // What deleteContacts(['luca']) leaves: Luca off the attendees, an anonymous entry in the tally.
    const afterDeletion: ReportNetwork = {
      ...reportNetwork,
      contacts: reportNetwork.contacts.filter((contact) => contact.id !== 'luca'),
      trainings: reportNetwork.trainings.map((training) => ({
        ...training,
        attendeeIds: ['anna'],
        formerAttendees: [{ token: 'former-luca', region: 'lazio', sector: 'health', categoryId: 'hospital' }],
      })),
    };
    expect(attendeesColumn(afterDeletion), 'attendees of the training after deleting Luca').toEqual([2]);
  });
});
