import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stakeholderInput } from '../../test/support/builders';
import { db } from '../db/db';
import { createStakeholder } from '../db/repositories/stakeholders';
import { ExportSection } from '../features/import-export/ExportSection';
import { StakeholdersPage } from '../features/stakeholders/StakeholdersPage';
import { I18nProvider } from '../i18n/I18nProvider';
import { CurrentSelectionProvider } from './CurrentSelectionProvider';
import { NotificationsProvider } from './notifications/NotificationsProvider';
import type * as PlatformModule from '../platform/platform';

// The registry filtered down to no row, then an export of "what you are looking at": the choice
// is shown, says why it is not offered, and no empty file is saved.

const saveFile = vi.hoisted(() => vi.fn(async (_request: { suggestedName: string }) => ({ isSaved: true })));
vi.mock('../platform/platform', async (importOriginal) => {
  const original = await importOriginal<typeof PlatformModule>();
  return { ...original, platform: { ...original.platform, saveFile } };
});

afterEach(async () => {
  saveFile.mockClear();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const FIRST_ANSWER = { timeout: 5000 };

function AppWindow({ children }: { children: ReactNode }) {
  return (
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>
        <CurrentSelectionProvider>{children}</CurrentSelectionProvider>
      </NotificationsProvider>
    </I18nProvider>
  );
}

describe('an export of a registry filtered down to no stakeholder', () => {
  it('is not offered: no empty matrix is saved as "what you are looking at"', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'ASL Napoli 1 Centro' }));
    await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1', region: 'lazio', province: 'RM' }));
    render(
      <AppWindow>
        <StakeholdersPage route={{ section: 'stakeholders', query: { region: 'sicilia' } }} />
        <ExportSection />
      </AppWindow>,
    );
    await screen.findByText('0 of 2 stakeholders', undefined, FIRST_ANSWER);
    const nothing = await screen.findByRole<HTMLInputElement>(
      'radio',
      { name: /What you are looking at: 0 stakeholders/ },
      FIRST_ANSWER,
    );
    if (!nothing.disabled) {
      fireEvent.click(nothing);
      fireEvent.click(screen.getByRole('button', { name: 'Export matrix' }));
      await waitFor(() => expect(saveFile).toHaveBeenCalled());
    }
    expect(
      saveFile.mock.calls.map(([request]) => request.suggestedName),
      'a matrix of no stakeholder was saved, and the user told it was saved',
    ).toEqual([]);
    expect(nothing.disabled).toBe(true);
    expect(nothing.labels?.[0]?.textContent).toMatch(/Nothing to export: widen the filters first/);
  });
});
