import { describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../sample/sampleNetwork';
import { TEST_LABELS } from '../../test/unit/io/labels';
import { splitList } from './columns/columnDescriptor';
import { narrowToStakeholders } from './exportData';
import { buildWorkbookTables } from './workbookTables';

// The workbook of "what you are looking at" (the registry filtered to a region), as
// exportWorker.ts builds it: narrowToStakeholders, then buildWorkbookTables. An agreement or
// an action of the selection still names its parties, targets and participants from elsewhere.

describe('the workbook of a selection', () => {
  it('names the stakeholder on every row of the agreement parties sheet', () => {
    const sample = { ...buildSampleNetwork('2026-12-07'), programmes: [] };
    const lazio = new Set(sample.stakeholders.filter((s) => s.region === 'lazio').map((s) => s.id));
    // An agreement of a Lazio body with a party from elsewhere: the case the test is about.
    const crossing = sample.agreements.filter(
      (agreement) =>
        agreement.parties.some((party) => lazio.has(party.stakeholderId)) &&
        agreement.parties.some((party) => !lazio.has(party.stakeholderId)),
    );
    expect(crossing.length).toBeGreaterThan(0);
    const tables = buildWorkbookTables(narrowToStakeholders(sample, lazio), TEST_LABELS, {
      omitPersonalColumns: false,
    });
    const parties = tables.find((table) => table.name === 'agreementParties')!;
    const stakeholder = parties.columns.findIndex((column) => column.key === 'stakeholder');
    const unnamed = parties.rows.filter((row) => row[stakeholder] === '');
    expect(
      unnamed.map((row) => `${String(row[1])}: ${String(row[3])}`),
      'party rows whose stakeholder cell is empty (a party outside the selection)',
    ).toEqual([]);
  });

  it('names every target and participant of an action that reaches outside the selection', () => {
    const sample = { ...buildSampleNetwork('2026-12-07'), programmes: [] };
    const employerOf = new Map(sample.contacts.map((contact) => [contact.id, contact.stakeholderId]));
    // An action with two targets, a person of the second one taking part; the selection holds the first.
    const action = sample.actions.find(
      (candidate) =>
        candidate.targetIds.length >= 2 &&
        candidate.participantIds.some((id) => employerOf.get(id) === candidate.targetIds[1]),
    )!;
    expect(action).toBeDefined();
    const tables = buildWorkbookTables(narrowToStakeholders(sample, new Set([action.targetIds[0]!])), TEST_LABELS, {
      omitPersonalColumns: false,
    });
    const actions = tables.find((table) => table.name === 'actions')!;
    const cell = (key: string) =>
      splitList(
        String(actions.rows.find((row) => row[0] === action.id)![actions.columns.findIndex((c) => c.key === key)]),
      );
    const names = (records: ReadonlyArray<{ id: string; name: string }>, ids: readonly string[]) =>
      ids.map((id) => records.find((record) => record.id === id)!.name);
    expect(cell('targets'), 'a target left out').toEqual(names(sample.stakeholders, action.targetIds));
    expect(cell('participants'), 'a participant left out').toEqual(names(sample.contacts, action.participantIds));
  });
});
