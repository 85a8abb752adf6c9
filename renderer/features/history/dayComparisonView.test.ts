import { describe, expect, it } from 'vitest';
import { reportNetwork } from '../../../test/support/reportNetwork';
import { compareDays } from '../../../shared/analysis/asOf';
import { dayComparisonView, yearBefore } from './dayComparisonView';

const network = { ...reportNetwork, history: [] };

describe('what the compare card shows for a region', () => {
  it('keeps the ties, bridges and stage moves with an end in the region, sorted by name', () => {
    const lazio = dayComparisonView(network, compareDays(network, '2026-03-01', '2026-12-31'), 'lazio', '2026-12-31');
    // The Lazio stakeholder's tie reaches a Campania one: it counts in both regions.
    expect(lazio.ties.gained.map((tie) => tie.id)).toEqual(['elsewhere']);
    expect(lazio.ties.gained[0]?.ends.map((end) => end.name)).toEqual(['lazio', 'other-programme']);
    expect(lazio.funnels.map((funnel) => funnel.region)).toEqual(['lazio']);
    expect(lazio.bridges).toEqual({ gained: [], lost: [] });

    const all = dayComparisonView(network, compareDays(network, '2026-03-01', '2026-12-31'), null, '2026-12-31');
    expect(all.funnels.map((funnel) => funnel.region)).toEqual([null, 'campania', 'lazio']);
    expect(all.ties.gained.map((tie) => tie.id)).toEqual(['elsewhere', 'new-bridge']);
    expect(all.bridges.gained).toContainEqual(
      expect.objectContaining({ kind: 'agreement', id: 'protocol', title: 'Protocollo' }),
    );
    expect(all.stageMoves.map((move) => [move.stakeholder.name, move.from, move.to])).toEqual([
      ['asl-new', null, 'aware'],
      ['sai', null, 'aware'],
    ]);
  });

  it('counts as borrowed the stages of past days only: today’s stage is no guess for today', () => {
    const untilToday = dayComparisonView(
      network,
      compareDays(network, '2026-03-01', '2026-12-31'),
      'campania',
      '2026-12-31',
    );
    const known = (day: string) =>
      reportNetwork.stakeholders.filter(
        (stakeholder) => stakeholder.region === 'campania' && stakeholder.createdAt <= day,
      ).length;
    expect(untilToday.stageFromCurrent).toBe(known('2026-03-01'));
    const untilSummer = dayComparisonView(
      network,
      compareDays(network, '2026-03-01', '2026-07-31'),
      'campania',
      '2026-12-31',
    );
    expect(untilSummer.stageFromCurrent).toBe(known('2026-07-31'));
  });
});

describe('the first day compared by default', () => {
  it('is the same day a year earlier, 29 February becoming the 28th', () => {
    expect(yearBefore('2026-12-06')).toBe('2025-12-06');
    expect(yearBefore('2028-02-29')).toBe('2027-02-28');
    expect(yearBefore('0001-01-01')).toBe('0000-01-01');
  });
});
