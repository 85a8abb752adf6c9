import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../../shared/domain/validation';
import { NotificationsProvider } from '../app/notifications/NotificationsProvider';
import { I18nProvider } from '../i18n/I18nProvider';
import { TextField } from './fields';
import { FormDialog } from './FormDialog';
import { useDraft } from './useDraft';
import { useFormSave } from './useFormSave';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A one-field form built the way the feature dialogs are. */
function NameDialog({ store, onClose }: { store(name: string): Promise<void>; onClose(): void }) {
  const { draft, set } = useDraft(() => ({ name: '' }));
  const { isSaving, errorFor, submit } = useFormSave({ onSaved: onClose });
  return (
    <FormDialog
      title="Name someone"
      isSaving={isSaving}
      onSubmit={(event) => void submit(event, () => store(draft.name))}
      onClose={onClose}
    >
      <TextField label="Name" value={draft.name} onChange={(value) => set('name', value)} error={errorFor('name')} />
    </FormDialog>
  );
}

function renderDialog(store: (name: string) => Promise<void>) {
  const onClose = vi.fn();
  render(
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>
        <NameDialog store={store} onClose={onClose} />
      </NotificationsProvider>
    </I18nProvider>,
  );
  const dialog = screen.getByRole('dialog', { name: 'Name someone' });
  return { dialog, onClose };
}

describe('a form dialog saving its draft', () => {
  it('saves what was typed and then closes', async () => {
    const store = vi.fn(() => Promise.resolve());
    const { dialog, onClose } = renderDialog(store);
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: 'Paola' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(store).toHaveBeenCalledWith('Paola');
  });

  it('shows a validation error next to its field and stays open to retry', async () => {
    const { dialog, onClose } = renderDialog(() =>
      Promise.reject(new ValidationError([{ field: 'name', reason: 'required' }])),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await within(dialog).findByText('Required.');
    expect(within(dialog).getByRole('textbox', { name: 'Name' }).getAttribute('aria-invalid')).toBe('true');
    expect((within(dialog).getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(false);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('tells any other failure in a notification and stays open', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { dialog, onClose } = renderDialog(() => Promise.reject(new Error('disk on fire')));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('disk on fire'));
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes on Cancel without saving', () => {
    const store = vi.fn(() => Promise.resolve());
    const { dialog, onClose } = renderDialog(store);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(store).not.toHaveBeenCalled();
  });
});
