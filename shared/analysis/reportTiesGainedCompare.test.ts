import { describe, expect, it } from 'vitest';
import { reportNetwork, YEAR_2026 } from '../../test/support/reportNetwork';
import type { Relationship } from '../domain/relationship';
import { compareDays } from './asOf';
import { programmeReport } from './programmeReport';

// "Relationships begun" counts a tie by the days it was active (activeOnDay.ts tieSpan), as the
// compare view and the report's own bridges do: one marked inactive with no end date was
// active on no day and began in no period.

const base = reportNetwork.relationships.find((relationship) => relationship.id === 'old-bridge')!;
const recordedInactive: Relationship = {
  ...base,
  id: 'recorded-inactive',
  status: 'inactive',
  since: null,
  until: null,
  createdAt: '2026-03-10T09:00:00.000Z',
  updatedAt: '2026-03-10T09:00:00.000Z',
};
const network = { ...reportNetwork, relationships: [...reportNetwork.relationships, recordedInactive] };

describe('ties gained: the report and the compare view agree', () => {
  it('a tie entered in the period as inactive, with no dates, did not begin in it', () => {
    const compared = compareDays({ ...network, history: [] }, '2025-12-31', YEAR_2026.to);
    expect(compared.ties.gained, 'compare view').not.toContain('recorded-inactive');
    const report = programmeReport(network, YEAR_2026, undefined, '2026-12-07');
    expect(report.bridges.gained, 'report bridges gained').not.toContain('recorded-inactive');
    expect(
      report.relationships.gained,
      'report "Relationships begun" counts a tie that was never active (compare view does not)',
    ).not.toContain('recorded-inactive');
  });
});
