import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { relationshipInput, stakeholderInput } from '../../../test/support/builders';
import { db } from '../../db/db';
import { createRelationship } from '../../db/repositories/relationships';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { BridgesCard } from './FigureCards';
import { useDashboardFigures } from './useDashboardFigures';

// In the overall view the gaps are counted over every stakeholder, national bodies included:
// the region rows must add up to those counts, and the national gaps must be named somewhere.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

function OverallBridges() {
  const { figures } = useDashboardFigures(null, '2026-12-07');
  return figures ? <BridgesCard figures={figures} region={null} /> : null;
}

const national = { level: 'national', region: null, province: undefined } as const;

async function seedNetwork() {
  const health = await createStakeholder(
    db,
    stakeholderInput({ name: 'ASP Potenza', region: 'basilicata', province: 'PZ' }),
  );
  const linked = await createStakeholder(
    db,
    stakeholderInput({
      name: 'CAS Potenza',
      sector: 'reception',
      categoryId: 'reception-centre',
      region: 'basilicata',
      province: 'PZ',
    }),
  );
  await createRelationship(db, relationshipInput(linked.id, health.id, { since: '2026-01-01' }));
  await createStakeholder(
    db,
    stakeholderInput({
      name: 'SAI Matera',
      sector: 'reception',
      categoryId: 'reception-centre',
      region: 'basilicata',
      province: 'PZ',
    }),
  );
  await createStakeholder(
    db,
    stakeholderInput({ name: 'Rete nazionale SAI', sector: 'reception', categoryId: 'reception-centre', ...national }),
  );
  await createStakeholder(
    db,
    stakeholderInput({
      name: 'Ministero dell’Interno',
      sector: 'reception',
      categoryId: 'national-government',
      ...national,
    }),
  );
}

describe('the overall view of the reception ↔ health bridges', () => {
  it('gives the bodies with no region a row of their own, so that the rows add up', async () => {
    await seedNetwork();
    render(
      <I18nProvider initialLanguage="en">
        <OverallBridges />
      </I18nProvider>,
    );
    await screen.findByText('2 reception facilities (CAS, SAI, CPA, hotspots) with no health link');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    const nationalRow = rows.find((row) => row.textContent?.startsWith('National, EU and international'));
    expect(nationalRow?.textContent, 'the table has a row for national, EU and international bodies').toBe(
      'National, EU and international00 of 10 of 1',
    );
    const basilicata = rows.find((row) => row.textContent?.startsWith('Basilicata'));
    expect(basilicata?.textContent).toBe('Basilicata11 of 20 of 0');
  });

  it('names the national gaps, which no region’s view lists', async () => {
    await seedNetwork();
    render(
      <I18nProvider initialLanguage="en">
        <OverallBridges />
      </I18nProvider>,
    );
    const facilities = await screen.findByTestId('reception-gap');
    expect(within(facilities).getByRole('link', { name: 'Rete nazionale SAI' }).getAttribute('href')).toMatch(
      /^#\/stakeholders\//,
    );
    expect(within(facilities).queryByRole('link', { name: 'SAI Matera' })).toBeNull();
    const offices = screen.getByTestId('reception-office-gap');
    expect(within(offices).getByRole('link', { name: 'Ministero dell’Interno' })).toBeTruthy();
  });
});
