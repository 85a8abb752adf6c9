import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { CurrentSelectionContext, type CurrentSelection } from '../../app/currentSelection';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createStakeholder, deleteStakeholders } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ExportSection } from './ExportSection';

// The map or the list publishes what the user looks at; stakeholders deleted afterwards
// (while that page is closed) must not be offered, nor counted, by the export.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function threeStakeholders(): Promise<string[]> {
  const names = ['CAS Potenza', 'ASP Potenza', 'Comune di Matera'];
  const created = [];
  for (const name of names) created.push(await createStakeholder(db, stakeholderInput({ name })));
  return created.map((stakeholder) => stakeholder.id);
}

function renderWith(selection: CurrentSelection) {
  return render(
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>
        <CurrentSelectionContext.Provider value={selection}>
          <ExportSection />
        </CurrentSelectionContext.Provider>
      </NotificationsProvider>
    </I18nProvider>,
  );
}

const selectionRadio = () => screen.getAllByRole<HTMLInputElement>('radio')[1]!;

describe('the export’s "What you are looking at" choice', () => {
  it('offers every looked-at stakeholder while they all exist', async () => {
    const ids = await threeStakeholders();
    renderWith({ source: 'map', stakeholderIds: ids, isNarrowed: true });
    await screen.findByText('What you are looking at: 3 stakeholders from the map');
    expect(selectionRadio().disabled).toBe(false);
  });

  it('counts only those still in the database, and says how many are gone', async () => {
    const ids = await threeStakeholders();
    renderWith({ source: 'map', stakeholderIds: ids, isNarrowed: true });
    await screen.findByText('What you are looking at: 3 stakeholders from the map');

    await act(() => deleteStakeholders(db, [ids[0]!]));

    await screen.findByText(
      'What you are looking at: 2 stakeholders from the map; 1 other it showed no longer exists.',
    );
    expect(selectionRadio().disabled).toBe(false);
  });

  it('offers nothing once none of them exists', async () => {
    const ids = await threeStakeholders();
    renderWith({ source: 'stakeholders', stakeholderIds: ids, isNarrowed: true });
    await screen.findByText('What you are looking at: 3 stakeholders from the stakeholder list');

    await act(() => deleteStakeholders(db, ids));

    await screen.findByText(
      'What you are looking at: none of the stakeholders the stakeholder list showed exists any more. Nothing to export.',
    );
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /The whole database \(0 stakeholders\)/ }).checked).toBe(
      true,
    );
    expect(selectionRadio().disabled).toBe(true);
  });
});
