import { describe, expect, it } from 'vitest';
import { reportNetwork, YEAR_2026 } from '../../test/support/reportNetwork';
import type { Stakeholder } from '../domain/stakeholder';
import { programmeReport } from './programmeReport';

describe('the programme report', () => {
  it('counts what the period brought in the programme and region, each figure with the records behind it', () => {
    const report = programmeReport(reportNetwork, YEAR_2026);
    expect(report.stakeholders.engaged).toEqual(['sai', 'asl-new']);
    expect(report.stakeholders.atEnd).toEqual(['cas', 'asl', 'sai', 'asl-new']);
    expect(report.relationships.gained).toEqual(['new-bridge']);
    expect(report.relationships.ended).toEqual(['ended']);
    expect(report.relationships.activeAtEnd).toEqual(['old-bridge', 'new-bridge']);
    expect(report.bridges).toEqual({
      atStart: ['old-bridge'],
      atEnd: ['old-bridge', 'new-bridge', 'protocol'],
      gained: ['new-bridge', 'protocol'],
    });
    expect(report.agreements).toEqual({ signed: ['protocol'], inForceAtEnd: ['protocol'] });
    expect(report.actions.byKind['bilateral-meeting']).toEqual(['meet']);
    expect(report.actions.byKind.workshop).toEqual([]);
    expect(report.followUps).toEqual({ doneOnTime: ['on-time'], doneLate: ['late'], overdue: ['open'] });
    // Anna works in Campania; Luca, trained there too, is counted in Lazio.
    expect(report.trainings).toMatchObject({ held: ['course'], peopleTrained: 1 });
    expect(report.trainings.byGroup['reception-operators']).toBe(1);
  });

  it('takes each stage at the start and the end from the history it is given', () => {
    const stageAt = (stakeholder: Stakeholder, day: string) =>
      stakeholder.id === 'cas' && day < '2026-06-01' ? 'not-engaged' : stakeholder.guidelinesStage;
    const report = programmeReport(reportNetwork, YEAR_2026, stageAt);
    expect(report.stages.atStart['not-engaged']).toEqual(['cas']);
    expect(report.stages.atStart.committed).toEqual(['asl']);
    // Those added during the period have no stage at its start.
    expect(Object.values(report.stages.atStart).flat()).toHaveLength(2);
    expect(report.stages.atEnd.aware).toEqual(['cas', 'sai', 'asl-new']);
  });

  it('for every programme and region, counts records of any programme and the people trained wherever they work', () => {
    const report = programmeReport(reportNetwork, { ...YEAR_2026, programmeId: null, region: null });
    expect(report.stakeholders.engaged).toEqual(['sai', 'asl-new', 'lazio', 'other-programme']);
    expect(report.relationships.gained).toEqual(['new-bridge', 'elsewhere']);
    expect(report.trainings.peopleTrained).toBe(2);
  });
});
