import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NotificationsProvider } from '../app/notifications/NotificationsProvider';
import { I18nProvider } from '../i18n/I18nProvider';
import { TextField } from './fields';
import { FormDialog } from './FormDialog';
import { useDraft } from './useDraft';

// A filled form is work: Escape, Cancel or a stray click must not throw it away unasked.

function NotesDialog({ onClose }: { onClose(): void }) {
  const { draft, set } = useDraft(() => ({ notes: '' }));
  return (
    <FormDialog title="New note" isSaving={false} onSubmit={(event) => event.preventDefault()} onClose={onClose}>
      <TextField label="Notes" value={draft.notes} onChange={(value) => set('notes', value)} />
    </FormDialog>
  );
}

function renderDialog(language: 'en' | 'it' = 'en') {
  const onClose = vi.fn();
  render(
    <I18nProvider initialLanguage={language}>
      <NotificationsProvider>
        <NotesDialog onClose={onClose} />
      </NotificationsProvider>
    </I18nProvider>,
  );
  return { onClose, dialog: screen.getAllByRole('dialog')[0]! };
}

function type(dialog: HTMLElement, text: string) {
  fireEvent.change(within(dialog).getByRole('textbox', { name: /Notes|Note/ }), { target: { value: text } });
}

describe('closing a form with unsaved changes', () => {
  it('asks before Escape throws the changes away, and Keep editing keeps them', () => {
    const { onClose, dialog } = renderDialog();
    type(dialog, 'Incontro con la Prefettura');

    fireEvent.keyDown(dialog, { key: 'Escape' });

    const confirm = screen.getByRole('dialog', { name: 'Discard your changes?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).toBeNull();
    expect((within(dialog).getByRole('textbox', { name: 'Notes' }) as HTMLInputElement).value).toBe(
      'Incontro con la Prefettura',
    );
  });

  it('asks before Cancel throws the changes away, and Discard closes', () => {
    const { onClose, dialog } = renderDialog();
    type(dialog, '\u0000<script>alert(1)</script>');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(
      within(screen.getByRole('dialog', { name: 'Discard your changes?' })).getByRole('button', { name: 'Discard' }),
    );

    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('asks on the browser’s own close request (the cancel event) too', () => {
    const { onClose, dialog } = renderDialog();
    type(dialog, 'x');
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(screen.getByRole('dialog', { name: 'Discard your changes?' })).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes at once, without asking, when nothing was changed', () => {
    const { onClose, dialog } = renderDialog();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).toBeNull();
  });

  it('asks in Italian in the Italian interface', () => {
    const { onClose, dialog } = renderDialog('it');
    type(dialog, 'appunto');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annulla' }));
    const confirm = screen.getByRole('dialog', { name: 'Scartare le modifiche?' });
    expect(within(confirm).getByRole('button', { name: 'Continua a modificare' })).toBeTruthy();
    expect(within(confirm).getByRole('button', { name: 'Scarta' })).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });
});
