import { describe, expect, it } from 'vitest';
import { traineeGroupOf, trainingCoverage } from './trainingCoverage';

const stakeholders = [
  { id: 'cas-na', sector: 'reception', categoryId: 'reception-centre', region: 'campania', province: 'NA' },
  { id: 'sai-ce', sector: 'reception', categoryId: 'reception-centre', region: 'campania', province: 'CE' },
  { id: 'cas-ce', sector: 'reception', categoryId: 'reception-centre', region: 'campania', province: 'CE' },
  { id: 'pref-na', sector: 'reception', categoryId: 'prefecture', region: 'campania', province: 'NA' },
  { id: 'asl-na', sector: 'health', categoryId: 'local-health-authority', region: 'campania', province: 'NA' },
  { id: 'cas-pz', sector: 'reception', categoryId: 'reception-centre', region: 'basilicata', province: 'PZ' },
  { id: 'ong', sector: 'civil-society', categoryId: 'ngo', region: null, province: '' },
] as const;
const contacts = [
  { id: 'anna', stakeholderId: 'cas-na' },
  { id: 'bruno', stakeholderId: 'cas-na' },
  { id: 'carla', stakeholderId: 'sai-ce' },
  { id: 'dario', stakeholderId: 'pref-na' },
  { id: 'elena', stakeholderId: 'asl-na' },
  { id: 'fabio', stakeholderId: 'ong' },
  { id: '__proto__', stakeholderId: 'asl-na' },
];

describe('who the trainings reached', () => {
  it('makes the centres of two attendees covered, counts each person once, and lists the rest by province', () => {
    const coverage = trainingCoverage(
      [
        { id: 't1', date: '2026-03-01', attendeeIds: ['anna', 'carla'] },
        { id: 't2', date: '2026-05-01', attendeeIds: ['anna', 'bruno', 'dario', 'elena', 'fabio'] },
      ],
      contacts,
      stakeholders,
    );
    expect(coverage.trainingsHeld).toBe(2);
    expect(coverage.peopleTrained).toBe(6);
    expect([...coverage.coveredFacilityIds].sort()).toEqual(['cas-na', 'sai-ce']);
    // The Prefettura's person is trained, but an office is not a facility: it is neither covered nor a gap.
    expect(coverage.uncoveredFacilities).toEqual([
      { region: 'campania', province: 'CE', stakeholderIds: ['cas-ce'] },
      { region: 'basilicata', province: 'PZ', stakeholderIds: ['cas-pz'] },
    ]);
    expect(coverage.byStakeholder.get('cas-na')).toEqual({ people: 2, trainings: 2 });
    expect(coverage.byStakeholder.get('sai-ce')).toEqual({ people: 1, trainings: 1 });
    expect(coverage.byRegion.map((entry) => [entry.region, entry.people, entry.byGroup])).toEqual([
      [
        'campania',
        5,
        { 'reception-operators': 3, 'reception-offices': 1, 'health-workers': 1, 'social-workers': 0, others: 0 },
      ],
      [
        'basilicata',
        0,
        { 'reception-operators': 0, 'reception-offices': 0, 'health-workers': 0, 'social-workers': 0, others: 0 },
      ],
      [
        null,
        1,
        { 'reception-operators': 0, 'reception-offices': 0, 'health-workers': 0, 'social-workers': 0, others: 1 },
      ],
    ]);
    expect(coverage.unknownAttendees).toBe(0);
  });

  it('keeps to the period, and counts attendees who name no contact any more without guessing', () => {
    const coverage = trainingCoverage(
      [
        { id: 'old', date: '2025-12-31', attendeeIds: ['anna'] },
        { id: 'in', date: '2026-01-01', attendeeIds: ['carla', 'erased-1', 'erased-1', '__proto__', 'constructor'] },
        { id: 'late', date: '2027-01-01', attendeeIds: ['bruno'] },
      ],
      contacts,
      stakeholders,
      { from: '2026-01-01', to: '2026-12-31' },
    );
    expect(coverage.trainingsHeld).toBe(1);
    expect(coverage.peopleTrained).toBe(2);
    expect([...coverage.coveredFacilityIds]).toEqual(['sai-ce']);
    expect(coverage.unknownAttendees).toBe(2);
    expect(coverage.byStakeholder.get('asl-na')).toEqual({ people: 1, trainings: 1 });
  });

  it('groups people by what their organisation does', () => {
    expect(stakeholders.map((stakeholder) => traineeGroupOf(stakeholder))).toEqual([
      'reception-operators',
      'reception-operators',
      'reception-operators',
      'reception-offices',
      'health-workers',
      'reception-operators',
      'others',
    ]);
    expect(traineeGroupOf({ sector: 'social' })).toBe('social-workers');
  });
});
