import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { db } from '../../db/db';
import { createStakeholder, patchStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { RecordHistorySection } from './RecordHistorySection';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

/** The first live query of a cold run can take a while to answer. */
const FIRST_ANSWER = { timeout: 5000 };

function renderSection(id: string, language: 'en' | 'it' = 'en') {
  render(
    <I18nProvider initialLanguage={language}>
      <RecordHistorySection table="stakeholders" id={id} />
    </I18nProvider>,
  );
}

describe('a record’s history on its page', () => {
  it('lists each change, newest first: who, when, and each field before → after, named as the form names it', async () => {
    const stakeholder = await createStakeholder(db, stakeholderInput({ guidelinesStage: 'aware' }));
    await patchStakeholder(db, stakeholder.id, { guidelinesStage: 'committed' });
    renderSection(stakeholder.id);

    const list = await screen.findByRole('list', { name: 'History' }, FIRST_ANSWER);
    const [changed, created] = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list);
    expect(changed!.textContent).toMatch(/^Changed on this computer, /);
    expect(within(changed!).getByRole('listitem').textContent).toMatch(/: Aware → Committed$/);
    expect(created!.textContent).toMatch(/^Created on this computer, /);
  });

  it('speaks Italian, and says when nothing is recorded yet', async () => {
    renderSection('never-written', 'it');
    expect(await screen.findByText(/Nessuna modifica registrata finora/, undefined, FIRST_ANSWER)).toBeTruthy();
  });
});
