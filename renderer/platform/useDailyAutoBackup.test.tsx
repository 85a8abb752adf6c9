import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stakeholderInput } from '../../test/support/builders';
import { db } from '../db/db';
import { createStakeholder } from '../db/repositories/stakeholders';
import { I18nProvider } from '../i18n/I18nProvider';
import { useDailyAutoBackup } from './useDailyAutoBackup';

// The hook as the desktop app runs it: a check at start, then one an hour. The backups store
// fails the way the main process does (the error's text is all that crosses IPC).

const mocks = vi.hoisted(() => ({
  notify: vi.fn(),
  writeAuto: vi.fn<(json: string) => Promise<{ filePath: string; keptCount: number }>>(),
}));

vi.mock('../app/notifications/useNotify', () => ({
  useNotify: () => ({ notify: mocks.notify, notifyError: vi.fn() }),
}));
vi.mock('./platform', () => ({
  platform: {
    setMenuLanguage: vi.fn(async () => undefined),
    backups: {
      writeAuto: mocks.writeAuto,
      writeSafetyCopy: vi.fn(),
      list: vi.fn(),
      read: vi.fn(),
      replace: vi.fn(),
      remove: vi.fn(),
      openFolder: vi.fn(),
    },
  },
}));

/** The app checks once an hour whether a new day has begun. */
const HOUR_MS = 60 * 60 * 1000;

const remoteError = (message: string) =>
  new Error(`Error invoking remote method 'backup:write-auto': Error: ${message}`);

function Providers({ children }: { children: ReactNode }) {
  return <I18nProvider initialLanguage="en">{children}</I18nProvider>;
}

/** Lets the hourly timer fire once more and waits until that check has written (or failed to). */
async function nextHourlyCheck(writesSoFar: number) {
  await act(async () => {
    vi.advanceTimersByTime(HOUR_MS);
  });
  await vi.waitFor(() => expect(mocks.writeAuto).toHaveBeenCalledTimes(writesSoFar + 1));
  await act(async () => {});
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  await createStakeholder(db, stakeholderInput());
});
afterEach(async () => {
  vi.useRealTimers();
  mocks.notify.mockReset();
  mocks.writeAuto.mockReset();
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('telling the user about the daily automatic backup', () => {
  it('tells a failure once, with its reason, not every hour; a new reason is told; a success clears it', async () => {
    mocks.writeAuto.mockRejectedValue(remoteError('ENOSPC: no space left on device, write'));
    const { unmount } = renderHook(() => useDailyAutoBackup(), { wrapper: Providers });
    await vi.waitFor(() => expect(mocks.writeAuto).toHaveBeenCalledTimes(1));
    await act(async () => {});
    await nextHourlyCheck(1);
    await nextHourlyCheck(2);
    expect(mocks.notify).toHaveBeenCalledTimes(1);
    expect(mocks.notify).toHaveBeenLastCalledWith({ message: expect.stringMatching(/disk is full/i), tone: 'error' });

    mocks.writeAuto.mockRejectedValue(
      remoteError(
        "EACCES: permission denied, open '/home/user/.config/Trama/backups/.trama-backup-2026-03-02.json.tmp'",
      ),
    );
    await nextHourlyCheck(3);
    await nextHourlyCheck(4);
    expect(mocks.notify).toHaveBeenCalledTimes(2);
    expect(mocks.notify).toHaveBeenLastCalledWith({ message: expect.stringMatching(/not allowed/i), tone: 'error' });

    mocks.writeAuto.mockResolvedValue({ filePath: '/backups/trama-backup-2026-03-02.json', keptCount: 1 });
    await nextHourlyCheck(5);
    // After a success the day is marked as backed up before anything is said.
    await vi.waitFor(() => expect(mocks.notify).toHaveBeenCalledTimes(3));
    expect(mocks.notify).toHaveBeenLastCalledWith({ message: expect.stringMatching(/saved again/i) });
    unmount();
  });

  it('says when the backup is larger than an automatic backup may be', async () => {
    mocks.writeAuto.mockRejectedValue(
      new Error(
        "Error invoking remote method 'backup:write-auto': IpcRejection: Refused backup:write-auto: invalid request (file-too-large)",
      ),
    );
    const { unmount } = renderHook(() => useDailyAutoBackup(), { wrapper: Providers });
    await vi.waitFor(() => expect(mocks.notify).toHaveBeenCalledTimes(1));
    expect(mocks.notify).toHaveBeenLastCalledWith({ message: expect.stringMatching(/too large/i), tone: 'error' });
    unmount();
  });
});
