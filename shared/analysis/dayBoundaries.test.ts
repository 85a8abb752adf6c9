import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportNetwork, YEAR_2026 } from '../../test/support/reportNetwork';
import type { HistoryEntry } from '../domain/history';
import type { Relationship } from '../domain/relationship';
import type { Stakeholder } from '../domain/stakeholder';
import { networkOn, stageAtFromHistory, stageOn, stageStepsOf, type AsOfNetwork } from './asOf';
import { receptionHealthBridges } from './dashboard';
import { bridgeIdsByDay, programmeReport } from './programmeReport';
import { onRomeTime } from '../../test/support/romeTime';

// Italian users' days: records are stamped in UTC (toISOString) but the days they pick are
// Rome's. Set before any date is read.
onRomeTime();

const cas = reportNetwork.stakeholders.find((stakeholder) => stakeholder.id === 'cas')!;
const asl = reportNetwork.stakeholders.find((stakeholder) => stakeholder.id === 'asl')!;
const oldBridge = reportNetwork.relationships.find((relationship) => relationship.id === 'old-bridge')!;
const createdAt = (id: string, at: string): Stakeholder => ({ ...cas, id, name: id, createdAt: at, updatedAt: at });
const stageChange = (recordId: string, at: string, before: string, after: string): HistoryEntry => ({
  id: `${recordId}-${at}`,
  at,
  table: 'stakeholders',
  recordIds: [recordId],
  kind: 'changed',
  by: null,
  source: 'here',
  changes: [{ field: 'guidelinesStage', before, after }],
});
const ids = (records: ReadonlyArray<{ id: string }>) => records.map((record) => record.id);

afterEach(() => {
  vi.useRealTimers();
});

describe('days are Rome’s days, not UTC’s', () => {
  it('runs in Rome time', () => {
    expect(new Date('2026-12-06T23:30:00.000Z').getDate(), 'TZ=Europe/Rome did not take').toBe(7);
  });

  it('does not know "as of 6 Dec" a stakeholder entered at 00:30 on 7 Dec (and on DST change days)', () => {
    const stakeholders = [
      createdAt('night-7-dec', '2026-12-06T23:30:00.000Z'), // 00:30 CET on 7 Dec
      createdAt('night-29-mar', '2026-03-28T23:30:00.000Z'), // 00:30 CET on 29 Mar, DST begins at 02:00
      createdAt('night-25-oct', '2026-10-24T22:30:00.000Z'), // 00:30 CEST on 25 Oct, DST ends at 03:00
    ];
    const network: AsOfNetwork = { stakeholders, relationships: [], agreements: [], history: [] };
    expect(ids(networkOn(network, '2026-12-06').stakeholders), 'known as of 6 Dec').not.toContain('night-7-dec');
    expect(ids(networkOn(network, '2026-03-28').stakeholders), 'known as of 28 Mar').not.toContain('night-29-mar');
    expect(ids(networkOn(network, '2026-10-24').stakeholders), 'known as of 24 Oct').not.toContain('night-25-oct');
  });

  it('gives the stage before a change made at 00:30 on New Year’s Day on 31 Dec', () => {
    const steps = stageStepsOf([stageChange('cas', '2025-12-31T23:30:00.000Z', 'not-engaged', 'engaged')]);
    expect(stageOn(cas, '2025-12-31', steps.get('cas')).stage, 'stage on 31 Dec 2025').toBe('not-engaged');
  });

  it('puts a stakeholder entered at 00:30 on 1 Jan in that year’s report, not the year before’s', () => {
    const network = {
      ...reportNetwork,
      stakeholders: [
        ...reportNetwork.stakeholders,
        createdAt('new-year-2026', '2025-12-31T23:30:00.000Z'),
        createdAt('new-year-2027', '2026-12-31T23:30:00.000Z'),
      ],
    };
    const report = programmeReport(network, YEAR_2026);
    expect(report.stakeholders.engaged, 'engaged in 2026').toContain('new-year-2026');
    expect(report.stakeholders.atEnd, 'known at the end of 2026').not.toContain('new-year-2027');
    // Summer time: 00:30 CEST on 1 Jul is 22:30Z on 30 Jun.
    const summer = { ...reportNetwork, stakeholders: [createdAt('first-of-july', '2026-06-30T22:30:00.000Z')] };
    const firstHalf = programmeReport(summer, { ...YEAR_2026, to: '2026-06-30' });
    expect(firstHalf.stakeholders.engaged, 'engaged by 30 Jun').toEqual([]);
  });
});

describe('the report period’s first day belongs to the period', () => {
  it('counts a bridge begun on the first day as gained, as it counts the tie', () => {
    const firstDay = { ...oldBridge, id: 'first-day-bridge', since: YEAR_2026.from };
    const report = programmeReport({ ...reportNetwork, relationships: [firstDay] }, YEAR_2026);
    expect(report.relationships.gained, 'ties gained').toEqual(['first-day-bridge']);
    expect(report.bridges.gained, 'bridges gained').toContain('first-day-bridge');
  });

  it('takes the stages at the start before the first day’s changes, and only of those known before it', () => {
    const network = {
      ...reportNetwork,
      stakeholders: [...reportNetwork.stakeholders, createdAt('jan-1', '2026-01-01T09:00:00.000Z')],
    };
    const stageAt = stageAtFromHistory([stageChange('cas', '2026-01-01T10:00:00.000Z', 'not-engaged', 'engaged')]);
    const report = programmeReport(network, YEAR_2026, stageAt);
    expect(report.stakeholders.engaged, 'engaged in the period').toContain('jan-1');
    expect(Object.values(report.stages.atStart).flat(), 'at the start').not.toContain('jan-1');
    expect(report.stages.atStart['not-engaged'], 'not engaged at the start').toContain('cas');
  });
});

describe('the report, the map and the dashboard agree on what was active on a day', () => {
  it('counts a tie ended in June and since marked inactive as active at the end of March, as the map does', () => {
    const ended: Relationship = {
      ...oldBridge,
      status: 'inactive',
      until: '2026-06-30',
      updatedAt: '2026-07-02T09:00:00.000Z', // marked inactive after it ended
    };
    const network = { ...reportNetwork, relationships: [ended] };
    const march = { ...YEAR_2026, to: '2026-03-31' };
    expect(ids(networkOn({ ...network, history: [] }, march.to).relationships), 'map').toEqual(['old-bridge']);
    const report = programmeReport(network, march);
    expect(report.relationships.activeAtEnd, 'report: active at the end').toEqual(['old-bridge']);
    expect(report.bridges.atEnd, 'report: bridges at the end').toContain('old-bridge');
  });

  it('does not count a tie with no start entered in May as a bridge on 1 Jan, as the map does not', () => {
    const entered: Relationship = {
      ...oldBridge,
      since: null,
      createdAt: '2026-05-10T09:00:00.000Z',
      updatedAt: '2026-05-10T09:00:00.000Z',
    };
    const network = { ...reportNetwork, relationships: [entered] };
    expect(ids(networkOn({ ...network, history: [] }, YEAR_2026.from).relationships), 'map on 1 Jan').toEqual([]);
    const report = programmeReport(network, YEAR_2026);
    expect(report.bridges.atStart, 'report: bridges at the start').toEqual([]);
    expect(report.bridges.gained, 'report: bridges gained').toContain('old-bridge');
  });

  it('does not count on the dashboard today a tie that ended last month or begins next month', () => {
    const today = '2026-12-07';
    const network = {
      stakeholders: [cas, asl],
      agreements: [],
      relationships: [
        { ...oldBridge, id: 'ended-last-month', until: '2026-11-30' },
        { ...oldBridge, id: 'begins-next-month', since: '2027-01-01' },
        { ...oldBridge, id: 'ends-today', until: today },
      ],
    };
    const onMap = ids(networkOn({ ...network, history: [] }, today).relationships);
    const inReport = [...bridgeIdsByDay(network)(today)];
    const onDashboard = ids(receptionHealthBridges(network, today));
    expect(onMap, 'map').toEqual(['ends-today']);
    expect(inReport, 'report').toEqual(['ends-today']);
    expect(onDashboard, 'dashboard').toEqual(['ends-today']);
  });
});

describe('follow-ups in a period that ends after today', () => {
  it('does not call overdue one due after today', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-07T10:00:00.000Z'));
    const dueSoon = { ...reportNetwork.followUps[2]!, id: 'due-20-dec', dueDate: '2026-12-20' };
    const report = programmeReport({ ...reportNetwork, followUps: [dueSoon] }, YEAR_2026);
    expect(report.followUps.overdue, 'overdue on 7 Dec 2026').toEqual([]);
  });
});
