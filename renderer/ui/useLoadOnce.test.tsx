import { render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotificationsProvider } from '../app/notifications/NotificationsProvider';
import { I18nProvider } from '../i18n/I18nProvider';
import { ConfirmDialog } from './ConfirmDialog';
import { useLoadOnce } from './useLoadOnce';

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

/** A deletion confirmation that previews what goes with the record, as the cascade dialogs do. */
function PreviewedDeletion({ preview }: { preview(): Promise<number> }) {
  const state = useLoadOnce(preview);
  return (
    <ConfirmDialog
      title="Delete the centre?"
      onConfirm={() => undefined}
      onClose={() => undefined}
      isConfirmDisabled={state.status !== 'loaded'}
      loadFailure={state.status === 'failed' ? state.error : undefined}
    >
      {state.status === 'loading' && <p role="status">Loading…</p>}
      {state.status === 'loaded' && <p>{state.value} contacts go with it.</p>}
    </ConfirmDialog>
  );
}

describe('a confirmation waiting on a preview', () => {
  it('shows the preview and enables Delete once it is there', async () => {
    render(<PreviewedDeletion preview={() => Promise.resolve(3)} />, { wrapper: Providers });
    expect(await screen.findByText('3 contacts go with it.')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Delete' }).disabled).toBe(false);
  });

  it('says why the preview failed, in the dialog and as a notice, and keeps Delete held back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<PreviewedDeletion preview={() => Promise.reject(new Error('database closed'))} />, { wrapper: Providers });
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog.querySelector('[role="alert"]')?.textContent).toContain('database closed'));
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getAllByRole('alert').length).toBe(2);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Delete' }).disabled).toBe(true);
  });
});
