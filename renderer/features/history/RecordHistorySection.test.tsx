import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { db } from '../../db/db';
import { createStakeholder, patchStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { mergeFieldLabel } from '../import-export/mergeFieldLabels';
import type * as MergeFieldLabels from '../import-export/mergeFieldLabels';
import { RecordHistorySection } from './RecordHistorySection';

// Each field of an entry is named through mergeFieldLabel: counting its calls says how often the list was drawn.
vi.mock('../import-export/mergeFieldLabels', async (importOriginal) => {
  const original = await importOriginal<typeof MergeFieldLabels>();
  return { ...original, mergeFieldLabel: vi.fn(original.mergeFieldLabel) };
});

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

  it('is not drawn again when the record’s page around it is (an edit redraws the page before the history comes)', async () => {
    const stakeholder = await createStakeholder(db, stakeholderInput({ guidelinesStage: 'aware' }));
    await patchStakeholder(db, stakeholder.id, { guidelinesStage: 'committed', name: '<b>__proto__</b>' });
    function Page() {
      const [redraws, setRedraws] = useState(0);
      return (
        <I18nProvider initialLanguage="en">
          <button type="button" onClick={() => setRedraws(redraws + 1)}>
            Redraw {redraws}
          </button>
          <RecordHistorySection table="stakeholders" id={stakeholder.id} />
        </I18nProvider>
      );
    }
    render(<Page />);
    const list = await screen.findByRole('list', { name: 'History' }, FIRST_ANSWER);
    expect(within(list).getByText(/: Aware → Committed$/)).toBeTruthy();
    expect(within(list).getByText(/→ <b>__proto__<\/b>$/)).toBeTruthy();
    const namings = vi.mocked(mergeFieldLabel).mock.calls.length;
    expect(namings).toBeGreaterThan(0);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Redraw 0' })));
    expect(screen.getByRole('button', { name: 'Redraw 1' })).toBeTruthy();
    expect(vi.mocked(mergeFieldLabel).mock.calls.length).toBe(namings);
  });

  it('speaks Italian, and says when nothing is recorded yet', async () => {
    renderSection('never-written', 'it');
    expect(await screen.findByText(/Nessuna modifica registrata finora/, undefined, FIRST_ANSWER)).toBeTruthy();
  });
});
