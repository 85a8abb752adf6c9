import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NotificationsProvider } from '../app/notifications/NotificationsProvider';
import { I18nProvider } from '../i18n/I18nProvider';
import { Combobox, type ComboboxItem } from './Combobox';
import { FormDialog } from './FormDialog';

// A picker sits inside a form: its keys are for the list, and never submit or close what is
// around it by accident (an action was once saved with no targets that way).

const ITEMS: ComboboxItem[] = [
  { id: 'asl-roma-1', label: 'ASL Roma 1', detail: 'Lazio' },
  { id: 'asp-potenza', label: 'ASP Basilicata – Azienda Sanitaria di Potenza', detail: 'Basilicata' },
];

function PickerInDialog({ onChange, onClose }: { onChange(id: string): void; onClose(): void }) {
  return (
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>
        <FormDialog title="New action" isSaving={false} onSubmit={(event) => event.preventDefault()} onClose={onClose}>
          <Combobox label="Target" items={ITEMS} value="" onChange={onChange} />
        </FormDialog>
      </NotificationsProvider>
    </I18nProvider>
  );
}

describe('a picker’s keys', () => {
  it('keeps Enter from submitting the form when the typed name matches nothing', () => {
    const onChange = vi.fn();
    render(<PickerInDialog onChange={onChange} onClose={vi.fn()} />);
    const input = screen.getByRole('combobox', { name: 'Target' });
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'Questura di Nessunluogo' } });

    const wasNotCancelled = fireEvent.keyDown(input, { key: 'Enter' });

    expect(wasNotCancelled).toBe(false);
    expect(onChange).not.toHaveBeenCalledWith(expect.stringMatching(/./));
    expect(screen.getByRole('option', { name: /Nothing matches/ }).textContent).toContain('Questura di Nessunluogo');
  });

  it('keeps Enter from submitting when hostile text is typed (control characters, prototype keys)', () => {
    render(<PickerInDialog onChange={vi.fn()} onClose={vi.fn()} />);
    const input = screen.getByRole('combobox', { name: 'Target' });
    for (const text of ['__proto__', 'constructor', '\u0000\u0007\u001b[2J', 'x'.repeat(20_000)]) {
      fireEvent.change(input, { target: { value: text } });
      expect(fireEvent.keyDown(input, { key: 'Enter' }), JSON.stringify(text.slice(0, 20))).toBe(false);
    }
  });

  it('chooses the highlighted match on Enter', () => {
    const onChange = vi.fn();
    render(<PickerInDialog onChange={onChange} onClose={vi.fn()} />);
    const input = screen.getByRole('combobox', { name: 'Target' });
    fireEvent.change(input, { target: { value: 'potenza' } });
    expect(fireEvent.keyDown(input, { key: 'Enter' })).toBe(false);
    expect(onChange).toHaveBeenLastCalledWith('asp-potenza');
  });

  it('closes the open list on Escape, and only the list: the dialog stays', () => {
    const onClose = vi.fn();
    render(<PickerInDialog onChange={vi.fn()} onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'New action' });
    const input = within(dialog).getByRole('combobox', { name: 'Target' });
    fireEvent.change(input, { target: { value: 'roma' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');

    fireEvent.keyDown(input, { key: 'Escape' });

    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).toBeNull();
  });
});
