import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../test/support/builders';
import { db } from '../db/db';
import { createStakeholder } from '../db/repositories/stakeholders';
import { ExportSection } from '../features/import-export/ExportSection';
import { StakeholdersPage } from '../features/stakeholders/StakeholdersPage';
import { I18nProvider } from '../i18n/I18nProvider';
import { CurrentSelectionProvider } from './CurrentSelectionProvider';
import { NotificationsProvider } from './notifications/NotificationsProvider';
import type { Route } from './route';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

/**
 * The first live queries of a cold run can take a while to answer: the export checks the
 * published ids against the database, a second read after the list's own (seen past 5 s at
 * load 17). A hang guard, not a speed check.
 */
const FIRST_ANSWER = { timeout: 15_000 };

const CAMPANIA_ONLY: Route = { section: 'stakeholders', query: { region: 'campania' } };
const LOOKING_AT_TWO = 'What you are looking at: 2 stakeholders from the stakeholder list';
const NOTHING_NARROWED = 'Filter the map or the stakeholder list to export only part of the network.';

/** One window of the app: what it shows shares the state the app keeps for it. */
function AppWindow({ children }: { children: ReactNode }) {
  return (
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>
        <CurrentSelectionProvider>{children}</CurrentSelectionProvider>
      </NotificationsProvider>
    </I18nProvider>
  );
}

async function seedThreeStakeholders(): Promise<void> {
  await createStakeholder(db, stakeholderInput({ name: 'ASL Napoli 1 Centro' }));
  await createStakeholder(db, stakeholderInput({ name: 'Prefettura di Caserta', region: 'campania', province: 'CE' }));
  await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1', region: 'lazio', province: 'RM' }));
}

describe('what the export offers as "what you are looking at"', () => {
  it('is the rows the stakeholder list shows after its filters', async () => {
    await seedThreeStakeholders();
    render(
      <AppWindow>
        <StakeholdersPage route={CAMPANIA_ONLY} />
        <ExportSection />
      </AppWindow>,
    );
    const choice = await screen.findByRole<HTMLInputElement>('radio', { name: LOOKING_AT_TWO }, FIRST_ANSWER);
    expect(choice.disabled).toBe(false);
  });

  it('is nothing when the list shows every stakeholder', async () => {
    await seedThreeStakeholders();
    render(
      <AppWindow>
        <StakeholdersPage route={{ section: 'stakeholders', query: {} }} />
        <ExportSection />
      </AppWindow>,
    );
    await screen.findByRole('radio', { name: 'The whole database (3 stakeholders)' }, FIRST_ANSWER);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: NOTHING_NARROWED }).disabled).toBe(true);
  });

  it('is not a selection made in another window of the app', async () => {
    await seedThreeStakeholders();
    render(
      <AppWindow>
        <StakeholdersPage route={CAMPANIA_ONLY} />
      </AppWindow>,
    );
    await screen.findByText('2 of 3 stakeholders', undefined, FIRST_ANSWER);
    render(
      <AppWindow>
        <ExportSection />
      </AppWindow>,
    );
    await screen.findByRole('radio', { name: 'The whole database (3 stakeholders)' }, FIRST_ANSWER);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: NOTHING_NARROWED }).disabled).toBe(true);
  });
});
