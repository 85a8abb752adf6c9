import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { relationshipInput, stakeholderInput } from '../../../test/support/builders';
import { db } from '../../db/db';
import { createRelationship } from '../../db/repositories/relationships';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { BridgesCard } from './FigureCards';
import { useDashboardFigures } from './useDashboardFigures';

// A row of the overall table is the bridges of that region, as a coordinator reads it: a
// bridge reaching two regions, or a region and a national body (INMP), is in both rows, so the
// rows may add up to more than the card's total, and the table says so.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

function OverallBridges() {
  const { figures } = useDashboardFigures(null, '2026-12-07');
  return figures ? <BridgesCard figures={figures} region={null} /> : null;
}

const reception = { sector: 'reception', categoryId: 'reception-centre' } as const;

async function seedBridges() {
  const inmp = await createStakeholder(
    db,
    stakeholderInput({ name: 'INMP', level: 'national', region: null, province: '' }),
  );
  const aslRoma = await createStakeholder(
    db,
    stakeholderInput({ name: 'ASL Roma 1', region: 'lazio', province: 'RM' }),
  );
  const casRoma = await createStakeholder(
    db,
    stakeholderInput({ ...reception, name: 'CAS Tiburtina', region: 'lazio', province: 'RM' }),
  );
  const casMilano = await createStakeholder(
    db,
    stakeholderInput({ ...reception, name: 'CAS Corelli', region: 'lombardia', province: 'MI' }),
  );
  await createRelationship(db, relationshipInput(casRoma.id, inmp.id, { since: '2026-01-01' }));
  await createRelationship(db, relationshipInput(casMilano.id, aslRoma.id, { since: '2026-01-01' }));
}

function renderOverall() {
  render(
    <I18nProvider initialLanguage="en">
      <OverallBridges />
    </I18nProvider>,
  );
}

async function bridgesPerRow(): Promise<Record<string, number>> {
  const table = await screen.findByRole('table');
  const rows = (within(table).getAllByRole('row') as HTMLTableRowElement[]).slice(1);
  return Object.fromEntries(
    rows
      .map((row) => [row.cells[0]!.textContent ?? '', Number(row.cells[1]!.textContent)] as const)
      .filter(([, count]) => count > 0),
  );
}

describe('the Bridges column of the overall region table', () => {
  it('counts in each row the bridges reaching that region, national bodies in their own row', async () => {
    await seedBridges();
    renderOverall();
    const perRow = await bridgesPerRow();
    const total = Number(document.querySelector('.dashboard-figure-number')?.textContent);
    expect(total).toBe(2);
    expect(perRow).toEqual({ Lazio: 2, Lombardy: 1, 'National, EU and international': 1 });
  });

  it('says under the table that a bridge between two regions counts in each row', async () => {
    await seedBridges();
    renderOverall();
    const table = await screen.findByRole('table');
    const note = document.getElementById(table.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toBe(
      'A bridge between two regions, or between a region and a national body, counts in the row of each: the rows can add up to more than the total.',
    );
  });
});
