import { describe, expect, it } from 'vitest';
import { reportNetwork, YEAR_2026 } from '../../test/support/reportNetwork';
import { figureValue } from '../io/reportWorkbook';
import { programmeReport } from './programmeReport';

// A report whose period ends after today (the year's report, run in December) counts only the
// trainings held by today, as the trainings page does: a course dated next week has trained
// nobody yet, and its registered attendees are not "people trained".

const course = reportNetwork.trainings[0]!;
const planned = { ...course, id: 'planned', date: '2026-12-20' };
const network = { ...reportNetwork, trainings: [course, planned] };

describe('the year’s report, run on 7 Dec, does not count a training planned for 20 Dec', () => {
  it('trainings held and people trained count only what was held by today', () => {
    const report = programmeReport(network, YEAR_2026, undefined, '2026-12-07');
    expect(report.trainings.held, 'trainings held on 7 Dec include one dated 20 Dec').toEqual(['course']);
    const withoutPlanned = programmeReport({ ...network, trainings: [course] }, YEAR_2026, undefined, '2026-12-07');
    expect(figureValue(report, 'trainings'), 'workbook/page "Trainings held"').toBe(
      figureValue(withoutPlanned, 'trainings'),
    );
  });
});
