import { describe, expect, it } from 'vitest';
import { trainingCoverage } from './trainingCoverage';

// Attendees deleted since stay among the people trained (Training.formerAttendees), by region
// and kind of work, once per person; never per stakeholder nor as a facility's trained operator.

const stakeholders = [
  { id: 'cas-na', sector: 'reception', categoryId: 'reception-centre', region: 'campania', province: 'NA' },
] as const;
const contacts = [{ id: 'anna', stakeholderId: 'cas-na' }];
const formerOperator = {
  token: 'p1',
  region: 'campania',
  sector: 'reception',
  categoryId: 'reception-centre',
} as const;
const formerNurse = { token: 'p2', region: 'lazio', sector: 'health', categoryId: 'local-health-authority' } as const;

describe('people trained who have left the address book', () => {
  it('counts each once, where and in the kind of work they were, and covers no facility', () => {
    const coverage = trainingCoverage(
      [
        { id: 't1', date: '2025-03-01', attendeeIds: [], formerAttendees: [formerOperator, formerNurse] },
        { id: 't2', date: '2025-05-01', attendeeIds: ['anna'], formerAttendees: [formerOperator] },
        { id: 'old', date: '2024-05-01', attendeeIds: [] },
      ],
      contacts,
      stakeholders,
    );
    expect(coverage.peopleTrained, 'Anna, the operator who left (at two trainings) and the nurse').toBe(3);
    expect(coverage.byRegion).toEqual([
      {
        region: 'lazio',
        people: 1,
        byGroup: {
          'reception-operators': 0,
          'reception-offices': 0,
          'health-workers': 1,
          'social-workers': 0,
          others: 0,
        },
      },
      {
        region: 'campania',
        people: 2,
        byGroup: {
          'reception-operators': 2,
          'reception-offices': 0,
          'health-workers': 0,
          'social-workers': 0,
          others: 0,
        },
      },
    ]);
    expect([...coverage.byStakeholder]).toEqual([['cas-na', { people: 1, trainings: 1 }]]);
  });

  it('leaves a facility whose only trained operator has left without one', () => {
    const coverage = trainingCoverage(
      [{ id: 't1', date: '2025-03-01', attendeeIds: [], formerAttendees: [formerOperator] }],
      [],
      stakeholders,
    );
    expect(coverage.peopleTrained).toBe(1);
    expect(coverage.coveredFacilityIds.size, 'facilities covered by someone who is not there').toBe(0);
    expect(coverage.uncoveredFacilities).toEqual([{ region: 'campania', province: 'NA', stakeholderIds: ['cas-na'] }]);
    expect(coverage.unknownAttendees).toBe(0);
  });
});
