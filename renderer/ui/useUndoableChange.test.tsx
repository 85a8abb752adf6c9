import { act, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotificationsProvider } from '../app/notifications/NotificationsProvider';
import { emptyChange } from '../db/undo';
import { I18nProvider } from '../i18n/I18nProvider';
import { useUndoableChange } from './useUndoableChange';

afterEach(() => {
  vi.restoreAllMocks();
});

function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>{children}</NotificationsProvider>
    </I18nProvider>
  );
}

describe('a change made with Undo offered', () => {
  it('says what was done and offers Undo', async () => {
    const { result } = renderHook(() => useUndoableChange(), { wrapper: Providers });
    let isDone = false;
    await act(async () => {
      isDone = await result.current('Programme deleted.', () => Promise.resolve(emptyChange()));
    });
    expect(isDone).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('Programme deleted.');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('tells the failure instead and says it did not go through', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { result } = renderHook(() => useUndoableChange(), { wrapper: Providers });
    let isDone = true;
    await act(async () => {
      isDone = await result.current('Programme deleted.', () => Promise.reject(new Error('database closed')));
    });
    expect(isDone).toBe(false);
    expect(screen.getByRole('alert').textContent).toContain('database closed');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});
