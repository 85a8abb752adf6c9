import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../shared/domain/enums';
import { I18nProvider } from '../i18n/I18nProvider';
import { TextField } from './fields';

// Dates are entered as the interface's language writes them, not as the browser's locale
// would (a native date input showed mm/dd/yyyy in the Italian interface), and stored as ISO.

function DueDate({ initial, onChange }: { initial: string; onChange(value: string): void }) {
  const [value, setValue] = useState(initial);
  return (
    <TextField
      type="date"
      label="Due"
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

function renderDate(language: Language, initial = '') {
  const onChange = vi.fn();
  render(
    <I18nProvider initialLanguage={language}>
      <DueDate initial={initial} onChange={onChange} />
    </I18nProvider>,
  );
  return { onChange, input: screen.getByLabelText(/Due/) as HTMLInputElement };
}

describe('a date field', () => {
  it('is not the browser’s native date input, and shows dd/mm/yyyy in Italian', () => {
    const { input } = renderDate('it', '2026-12-06');
    expect(input.type).toBe('text');
    expect(input.value).toBe('06/12/2026');
    expect(input.placeholder).toBe('gg/mm/aaaa');
  });

  it('shows yyyy-mm-dd in English, the format as placeholder', () => {
    const { input } = renderDate('en', '2026-12-06');
    expect(input.value).toBe('2026-12-06');
    expect(input.placeholder).toBe('yyyy-mm-dd');
  });

  it('stores what is typed in Italian as an ISO date', () => {
    const { input, onChange } = renderDate('it');
    fireEvent.change(input, { target: { value: '5/3/2027' } });
    expect(onChange).toHaveBeenLastCalledWith('2027-03-05');
    fireEvent.blur(input);
    expect(input.value).toBe('05/03/2027');
  });

  it('says plainly, once the field is left, that 31/02/2026 is not a date, and stores no date in its place', () => {
    const { input, onChange } = renderDate('en', '2026-01-10');
    fireEvent.change(input, { target: { value: '31/02/2026' } });
    fireEvent.blur(input);
    expect(screen.getByText('February 2026 has no day 31.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    // The text goes on to the form, whose check refuses it: the old date is not kept silently.
    expect(onChange).toHaveBeenLastCalledWith('31/02/2026');
  });

  it('refuses hostile text with a message, never a date', () => {
    const { input, onChange } = renderDate('it');
    for (const text of ['__proto__', '\u0000\u0007', '99/99/9999', '1/1/26', '2026-13-01', '1'.repeat(20_000)]) {
      fireEvent.change(input, { target: { value: text } });
      fireEvent.blur(input);
      // The text itself, which the form's check refuses (2026-13-01 included): never a date made up from it.
      expect(onChange, JSON.stringify(text.slice(0, 20))).toHaveBeenLastCalledWith(text);
      expect(input.getAttribute('aria-invalid'), JSON.stringify(text.slice(0, 20))).toBe('true');
    }
  });

  it('sends no half-typed date while typing, and keeps Enter from submitting an impossible one', () => {
    const { input, onChange } = renderDate('it', '2026-01-10');
    for (const partial of ['3', '31', '31/0', '31/02/2']) fireEvent.change(input, { target: { value: partial } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '31/02/2026' } });
    expect(fireEvent.keyDown(input, { key: 'Enter' })).toBe(false);
    expect(onChange).toHaveBeenLastCalledWith('31/02/2026');
    expect(screen.getByText('Febbraio 2026 non ha il giorno 31.')).toBeTruthy();
  });

  it('moves a day with the arrow keys', () => {
    const { input, onChange } = renderDate('it', '2024-02-28');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(onChange).toHaveBeenLastCalledWith('2024-02-29');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(onChange).toHaveBeenLastCalledWith('2024-03-01');
  });

  it('clears to an empty value', () => {
    const { input, onChange } = renderDate('it', '2026-12-06');
    fireEvent.change(input, { target: { value: '  ' } });
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });
});
