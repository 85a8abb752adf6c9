import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegionScope } from '../../../shared/analysis/dashboard';
import { relationshipInput, stakeholderInput } from '../../../test/support/builders';
import { db } from '../../db/db';
import { createRelationship } from '../../db/repositories/relationships';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { CompareDaysSection } from './CompareDaysSection';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const LONG_AGO = '2025-01-01T08:00:00.000Z';

/**
 * A Campania reception centre that moved from "not engaged" to "engaged" in June, its tie with
 * the ASL, ended on 30 June, and a SAI entered in March.
 */
async function campaniaNetwork() {
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Salerno', guidelinesStage: 'committed' }));
  const cas = await createStakeholder(
    db,
    stakeholderInput({
      name: 'CAS Il Faro',
      categoryId: 'reception-centre',
      sector: 'reception',
      guidelinesStage: 'engaged',
    }),
  );
  for (const { id } of [asl, cas]) await db.stakeholders.update(id, { createdAt: LONG_AGO });
  await db.history.add({
    id: 'moved',
    at: '2026-06-01T10:00:00.000Z',
    table: 'stakeholders',
    recordIds: [cas.id],
    kind: 'changed',
    by: null,
    source: 'here',
    changes: [{ field: 'guidelinesStage', before: 'not-engaged', after: 'engaged' }],
  });
  const sai = await createStakeholder(db, stakeholderInput({ name: 'SAI Nuovo', sector: 'reception' }));
  await db.stakeholders.update(sai.id, { createdAt: '2026-03-01T08:00:00.000Z' });
  const tie = await createRelationship(db, relationshipInput(asl.id, cas.id, { since: '2024-03-01' }));
  await db.relationships.update(tie.id, { createdAt: LONG_AGO, until: '2026-06-30' });
  return { asl, cas };
}

function renderCard(region: RegionScope = null) {
  render(
    <I18nProvider initialLanguage="en">
      <CompareDaysSection region={region} />
    </I18nProvider>,
  );
  const card = screen.getByRole('region', { name: 'Compare two dates' });
  const type = (label: 'From' | 'To', value: string) =>
    fireEvent.change(within(card).getByRole('textbox', { name: label }), { target: { value } });
  type('From', '2026-01-15');
  type('To', '2026-08-31');
  return { card, type };
}

/** The cell of a row under a column heading, as text. */
function cellText(table: HTMLElement, rowName: string, column: string): string {
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((header) => header.textContent);
  const row = within(table).getByRole('row', { name: new RegExp(`^${rowName}`) });
  return within(row).getAllByRole('cell')[headers.indexOf(column) - 1]?.textContent ?? '';
}

describe('comparing two dates on the dashboard', () => {
  it('shows the stage movement per region, the tie that ended between the days as lost, and the bridge gone', async () => {
    await campaniaNetwork();
    const { card } = renderCard();
    const table = await within(card).findByRole(
      'table',
      { name: 'Stakeholders by guidelines stage on 15 Jan 2026 → on 31 Aug 2026' },
      { timeout: 5000 },
    );
    expect(cellText(table, 'Campania', 'Not engaged')).toBe('1 → 0 1 fewer');
    expect(cellText(table, 'Campania', 'Engaged')).toBe('0 → 1 1 more');
    expect(cellText(table, 'Campania', 'Committed')).toBe('1 → 1 no change');
    expect(cellText(table, 'All regions', 'Engaged')).toBe('0 → 1 1 more');
    const moves = within(card).getByRole('list', { name: 'Who changed stage' });
    expect(
      within(moves)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['CAS Il Faro: Not engaged → Engaged', 'SAI Nuovo: added, Aware']);
    expect(cellText(table, 'Campania', 'Aware')).toBe('0 → 1 1 more');
    expect(
      within(card).getByText(
        '1 stakeholder was entered in Trama between these dates: it counts from the day it was entered.',
      ),
    ).toBeTruthy();

    const ties = within(card).getByRole('region', { name: 'Ties gained and lost' });
    expect(within(ties).getByText('Gained: 0 · lost: 1')).toBeTruthy();
    const lost = within(ties).getByRole('list', { name: 'Ties lost' });
    expect(lost.textContent).toBe('ASL Salerno – CAS Il Faro Coordination');
    expect(within(lost).getByRole('link', { name: 'CAS Il Faro' }).getAttribute('href')).toMatch(
      /^#\/stakeholders\/.+/,
    );
    const bridges = within(card).getByRole('region', { name: 'Reception ↔ health bridges' });
    expect(within(bridges).getByRole('list', { name: 'Bridges that went' }).textContent).toContain('CAS Il Faro');
    expect(within(card).getByRole('link', { name: 'Show on the map' }).getAttribute('href')).toBe(
      '#/map?day=2026-08-31&from=2026-01-15',
    );
  });

  it('keeps to the region in scope, saying plainly when nothing changed there', async () => {
    await campaniaNetwork();
    const { card } = renderCard('lazio');
    await within(card).findByText('No ties gained or lost between these dates.', undefined, { timeout: 5000 });
    expect(within(card).getByText('No stakeholder in this region on either date.')).toBeTruthy();
    expect(within(card).getByText('No stakeholder changed stage between these dates.')).toBeTruthy();
    expect(within(card).getByText('No reception ↔ health bridge appeared or went between these dates.')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Show on the map' }).getAttribute('href')).toBe(
      '#/map?day=2026-08-31&from=2026-01-15&region=lazio',
    );
  });

  it('says so beside the first date when it is after the second, and compares nothing', async () => {
    await campaniaNetwork();
    const { card, type } = renderCard();
    await within(card).findByRole('table', undefined, { timeout: 5000 });
    type('From', '2026-09-15');
    const from = within(card).getByRole('textbox', { name: 'From' });
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(
      within(card).getByText('This date is after the second one (31 Aug 2026): choose a date on or before it.'),
    ).toBeTruthy();
    expect(within(card).queryByRole('table')).toBeNull();
    expect(within(card).queryByRole('link', { name: 'Show on the map' })).toBeNull();
  });
});
