import { describe, expect, it } from 'vitest';
import { reportNetwork } from '../../test/support/reportNetwork';
import { buildSyntheticNetwork } from '../sample/syntheticNetwork';
import type { HistoryEntry } from '../domain/history';
import { compareDays, networkOn, stageAtFromHistory, stageOn, stageStepsOf, type AsOfNetwork } from './asOf';
import { receptionHealthBridges } from './dashboard';

const stageChange = (recordId: string, at: string, before: unknown, after: unknown): HistoryEntry => ({
  id: `${recordId}-${at}`,
  at,
  table: 'stakeholders',
  recordIds: [recordId],
  kind: 'changed',
  by: null,
  source: 'here',
  changes: [{ field: 'guidelinesStage', before: before as string, after: after as string }],
});

const history: HistoryEntry[] = [
  // Given out of order: the steps are sorted by time.
  stageChange('cas', '2026-09-01T10:00:00.000Z', 'engaged', 'aware'),
  stageChange('cas', '2026-05-01T10:00:00.000Z', 'not-engaged', 'engaged'),
  // A hostile value is no stage: ignored.
  stageChange('asl', '2026-02-01T10:00:00.000Z', '__proto__', 'committed'),
  { ...stageChange('sai', '2026-05-01T10:00:00.000Z', 'aware', 'engaged'), table: 'contacts' },
];

const network: AsOfNetwork = { ...reportNetwork, history };

describe('a stakeholder’s stage on a day', () => {
  const steps = stageStepsOf(history);

  it('is the last change by the end of that day, or the stage before the first change after it', () => {
    const cas = reportNetwork.stakeholders.find((stakeholder) => stakeholder.id === 'cas')!;
    expect(stageOn(cas, '2026-01-01', steps.get('cas'))).toEqual({ stage: 'not-engaged', basis: 'history' });
    expect(stageOn(cas, '2026-05-01', steps.get('cas'))).toEqual({ stage: 'engaged', basis: 'history' });
    expect(stageOn(cas, '2026-12-31', steps.get('cas'))).toEqual({ stage: 'aware', basis: 'history' });
  });

  it('falls back on today’s stage where the history has nothing, and says so', () => {
    const sai = reportNetwork.stakeholders.find((stakeholder) => stakeholder.id === 'sai')!;
    expect(steps.has('sai')).toBe(false);
    expect(stageOn(sai, '2026-06-01', steps.get('sai'))).toEqual({ stage: 'aware', basis: 'current' });
    const asl = reportNetwork.stakeholders.find((stakeholder) => stakeholder.id === 'asl')!;
    // Before its only change, whose earlier value is unreadable: today's stage, said as such.
    expect(stageOn(asl, '2026-01-01', steps.get('asl'))).toEqual({ stage: 'committed', basis: 'current' });
  });

  it('answers the programme report’s question from the history', () => {
    const stageAt = stageAtFromHistory(history);
    const cas = reportNetwork.stakeholders.find((stakeholder) => stakeholder.id === 'cas')!;
    expect(stageAt(cas, '2026-06-15')).toBe('engaged');
  });
});

describe('the network on a day', () => {
  it('knows the stakeholders added by then, the ties active then and the agreements in force', () => {
    const on = networkOn(network, '2026-03-01');
    expect(on.stakeholders.map((stakeholder) => stakeholder.id)).toEqual(['cas', 'asl', 'lazio', 'other-programme']);
    expect(on.relationships.map((relationship) => relationship.id)).toEqual(['old-bridge']);
    expect(on.agreements).toEqual([]);
    expect(on.stageFromCurrent).toEqual(['lazio', 'other-programme']);
  });

  it('drops a tie ended last month from today and keeps it a year ago', () => {
    expect(networkOn(network, '2026-07-31').relationships.map((relationship) => relationship.id)).not.toContain(
      'ended',
    );
    expect(networkOn(network, '2026-04-15').relationships.map((relationship) => relationship.id)).toContain('ended');
  });

  it('counts an inactive tie without an end date as inactive on every day', () => {
    const inactive = { ...reportNetwork.relationships[0]!, status: 'inactive' as const };
    const on = networkOn({ ...network, relationships: [inactive] }, '2025-06-01');
    expect(on.relationships).toEqual([]);
  });
});

describe('two days compared', () => {
  it('says the ties and bridges gained and lost, the funnel’s movement per region and who moved', () => {
    const comparison = compareDays(network, '2026-03-01', '2026-12-31');
    expect(comparison.ties).toEqual({ gained: ['new-bridge', 'elsewhere'], lost: [] });
    expect(comparison.bridges.gained.sort()).toEqual(['new-bridge', 'protocol']);
    expect(comparison.bridges.lost).toEqual([]);
    expect(comparison.funnels.map((funnel) => funnel.region)).toEqual([null, 'campania', 'lazio']);
    const campania = comparison.funnels.find((funnel) => funnel.region === 'campania')!;
    expect(campania.stages.find((stage) => stage.stage === 'not-engaged')).toMatchObject({
      before: 1,
      count: 0,
      change: -1,
    });
    expect(comparison.stageMoves).toContainEqual({ id: 'cas', from: 'not-engaged', to: 'aware' });
    expect(comparison.stageMoves).toContainEqual({ id: 'sai', from: null, to: 'aware' });
  });

  it('says a lost tie when it ended between the two days', () => {
    const comparison = compareDays(network, '2026-04-15', '2026-07-31');
    expect(comparison.ties.lost).toEqual(['ended']);
  });

  it('says a bridge went when its tie was ended and marked inactive between the two days', () => {
    // Ending a tie in the form sets its end date; marking it inactive as well must not hide
    // the bridge it was on the days it was active.
    const ended = {
      ...reportNetwork.relationships.find((relationship) => relationship.id === 'old-bridge')!,
      status: 'inactive' as const,
      until: '2026-06-30',
      updatedAt: '2026-07-01T09:00:00.000Z',
    };
    const relationships = reportNetwork.relationships.map((relationship) =>
      relationship.id === ended.id ? ended : relationship,
    );
    const comparison = compareDays({ ...network, relationships }, '2026-03-01', '2026-07-31');
    expect(comparison.ties.lost).toContain('old-bridge');
    expect(comparison.bridges.lost).toContain('old-bridge');
  });

  it('finds the same bridges gained and lost as comparing every bridge of the two days', () => {
    const synthetic = buildSyntheticNetwork({ stakeholders: 400, stamp: '2025-01-01T08:00:00.000Z' });
    const relationships = synthetic.relationships.map((relationship, index) =>
      index % 5 === 0
        ? { ...relationship, since: '2026-04-01' }
        : index % 7 === 0
          ? {
              ...relationship,
              until: '2026-05-01',
              status: index % 2 === 0 ? ('inactive' as const) : ('active' as const),
            }
          : relationship,
    );
    const wide: AsOfNetwork = { ...synthetic, relationships, history: [] };
    const every = (day: string) => {
      const on = networkOn(wide, day);
      const ties = on.relationships.map((relationship) => ({ ...relationship, status: 'active' as const }));
      return new Set(receptionHealthBridges({ ...on, relationships: ties }, day).map((bridge) => bridge.id));
    };
    const [before, after] = [every('2026-01-01'), every('2026-12-31')];
    const comparison = compareDays(wide, '2026-01-01', '2026-12-31');
    expect(comparison.bridges.gained.sort()).toEqual([...after].filter((id) => !before.has(id)).sort());
    expect(comparison.bridges.lost.sort()).toEqual([...before].filter((id) => !after.has(id)).sort());
    expect(comparison.bridges.gained.length + comparison.bridges.lost.length).toBeGreaterThan(10);
  });
});
