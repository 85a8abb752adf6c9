import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { db } from '../../db/db';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { useDailyAutoBackup } from '../../platform/useDailyAutoBackup';
import { routeHref } from '../route';
import { NotificationsProvider } from './NotificationsProvider';

// Notices go with the page they were shown on, errors excepted. The daily automatic backup's
// failure belongs to no page: it is told once a session (AutoBackupNotices), as an error that
// stays until dismissed, on whatever page the user happens to be when the backup ends: moving
// to the next page must not take it away, unread, for the rest of the session.

vi.mock('../../platform/platform', () => ({
  platform: {
    setMenuLanguage: vi.fn(async () => undefined),
    backups: {
      writeAuto: vi.fn(async () => {
        throw new Error(
          "Error invoking remote method 'backup:write-auto': Error: ENOSPC: no space left on device, write",
        );
      }),
      writeSafetyCopy: vi.fn(),
      list: vi.fn(),
      read: vi.fn(),
      replace: vi.fn(),
      remove: vi.fn(),
      openFolder: vi.fn(),
    },
  },
}));

function DailyBackup() {
  useDailyAutoBackup();
  return null;
}

beforeEach(async () => {
  await createStakeholder(db, stakeholderInput());
  window.location.hash = routeHref({ section: 'dashboard' });
});
afterEach(async () => {
  window.location.hash = '';
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('the automatic backup’s failure, told on one page', () => {
  it('is still there on the next page the user opens', async () => {
    render(
      <I18nProvider initialLanguage="en">
        <NotificationsProvider>
          <DailyBackup />
        </NotificationsProvider>
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/disk is full/i), { timeout: 10_000 });
    await act(async () => {
      window.location.hash = routeHref({ section: 'stakeholders' });
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(
      screen.queryByRole('alert')?.textContent ?? '',
      'the backup failure, told once a session, went with the dashboard when the user opened Stakeholders',
    ).toMatch(/disk is full/i);
  });
});
