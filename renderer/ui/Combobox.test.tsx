import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { Combobox, type ComboboxItem } from './Combobox';

// A name typed in a picker is not a choice until it is picked: the picker tells the form what
// is left typed and unchosen, so the form can refuse to save without it (a click on Save does
// not pass through the picker's keys).

const ITEMS: ComboboxItem[] = [
  { id: 'asl-roma-1', label: 'ASL Roma 1', detail: 'Lazio' },
  { id: 'prefettura-na', label: 'Prefettura di Napoli', detail: 'Campania' },
];

function renderPicker() {
  const onChange = vi.fn();
  const onUnchosenTextChange = vi.fn();
  render(
    <I18nProvider initialLanguage="en">
      <Combobox label="Target" items={ITEMS} value="" onChange={onChange} onUnchosenTextChange={onUnchosenTextChange} />
    </I18nProvider>,
  );
  return { input: screen.getByRole('combobox', { name: 'Target' }), onChange, onUnchosenTextChange };
}

describe('a picker’s unchosen text', () => {
  it('is told as it is typed, even a name typed in full and left unpicked', () => {
    const { input, onChange, onUnchosenTextChange } = renderPicker();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'Prefettura di Napoli' } });
    fireEvent.blur(input);

    expect(onUnchosenTextChange).toHaveBeenLastCalledWith('Prefettura di Napoli');
    expect(onChange).not.toHaveBeenCalledWith('prefettura-na');
  });

  it('is told empty once a match is picked with Enter', () => {
    const { input, onChange, onUnchosenTextChange } = renderPicker();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'napoli' } });
    fireEvent.keyDown(input, { key: 'Enter' });

    expect(onChange).toHaveBeenLastCalledWith('prefettura-na');
    expect(onUnchosenTextChange).toHaveBeenLastCalledWith('');
  });

  it('is told empty once a match is picked with the mouse, or the box is emptied', () => {
    const { input, onUnchosenTextChange } = renderPicker();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'ASL' } });
    fireEvent.mouseDown(screen.getByRole('option', { name: /ASL Roma 1/ }));
    expect(onUnchosenTextChange).toHaveBeenLastCalledWith('');

    fireEvent.change(input, { target: { value: 'Questura' } });
    expect(onUnchosenTextChange).toHaveBeenLastCalledWith('Questura');
    fireEvent.change(input, { target: { value: '' } });
    expect(onUnchosenTextChange).toHaveBeenLastCalledWith('');
  });
});

describe('a picker’s list of suggestions', () => {
  it('stays closed when the box only gets the focus (given back by a closed panel, or by Tab)', () => {
    const { input } = renderPicker();
    input.focus();
    expect(input.getAttribute('aria-expanded'), 'focus alone opened the list over the page').toBe('false');
    expect(screen.queryAllByRole('option')).toEqual([]);
  });

  it('opens on a click, on the Down arrow and on typing', () => {
    const { input } = renderPicker();
    fireEvent.mouseDown(input);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    fireEvent.blur(input);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    fireEvent.blur(input);
    fireEvent.change(input, { target: { value: 'roma' } });
    expect(screen.getByRole('listbox', { name: 'Target' }).textContent).toContain('ASL Roma 1');
  });
});
