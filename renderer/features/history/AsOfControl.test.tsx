import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { db } from '../../db/db';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { AsOfControl } from './AsOfControl';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('the stage funnel as of a date', () => {
  it('counts each stage from the history on the chosen day, and today’s stage where the history has none', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ guidelinesStage: 'committed' }));
    await db.stakeholders.update(asl.id, { createdAt: '2025-01-01T08:00:00.000Z' });
    await createStakeholder(db, stakeholderInput({ name: 'Other', guidelinesStage: 'aware' }));
    await db.history.add({
      id: 'step',
      at: '2026-06-01T10:00:00.000Z',
      table: 'stakeholders',
      recordIds: [asl.id],
      kind: 'changed',
      by: 'anna',
      source: 'team',
      changes: [{ field: 'guidelinesStage', before: 'not-engaged', after: 'committed' }],
    });
    render(
      <I18nProvider initialLanguage="en">
        <AsOfControl region={null} />
      </I18nProvider>,
    );
    fireEvent.change(screen.getByLabelText('As of'), { target: { value: '2026-01-15' } });
    const table = await screen.findByRole('table', { name: /on 15 Jan 2026 and today/ }, { timeout: 5000 });
    const row = (stage: string) =>
      within(table)
        .getAllByRole('row')
        .find((candidate) => within(candidate).queryByRole('rowheader', { name: stage }));
    expect(
      within(row('Not engaged')!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '0']);
    expect(
      within(row('Committed')!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['0', '1']);
    // The other stakeholder was added today: not known on 15 January.
    expect(
      within(row('Aware')!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['0', '1']);
  });
});
