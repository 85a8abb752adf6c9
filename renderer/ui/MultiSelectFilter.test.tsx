import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { MultiSelectFilter } from './MultiSelectFilter';

const OPTIONS = [
  { value: 'lazio', label: 'Lazio' },
  { value: 'campania', label: 'Campania' },
  // Hostile labels: markup, control characters and a prototype key are only text.
  { value: '__proto__', label: '<b>__proto__</b>\u0007' },
];

function Harness() {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <div>
      <MultiSelectFilter label="Region" options={OPTIONS} selected={selected} onChange={setSelected} />
      <button type="button">Elsewhere</button>
    </div>
  );
}

function openFilter() {
  render(<Harness />);
  const summary = document.querySelector('summary')!;
  fireEvent.click(summary);
  const details = summary.parentElement as HTMLDetailsElement;
  expect(details.open).toBe(true);
  return { summary, details };
}

describe('MultiSelectFilter', () => {
  it('closes on Escape and gives focus back to its button', () => {
    const { summary, details } = openFilter();
    const checkbox = screen.getByRole('checkbox', { name: 'Lazio' });
    checkbox.focus();
    fireEvent.keyDown(checkbox, { key: 'Escape' });
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(summary);
  });

  it('closes on a click outside, and stays open on a click inside', () => {
    const { details } = openFilter();
    fireEvent.pointerDown(screen.getByRole('checkbox', { name: 'Campania' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Campania' }));
    expect(details.open).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Campania' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(details.open).toBe(false);
  });

  it('shows hostile option labels as text', () => {
    openFilter();
    fireEvent.click(screen.getByRole('checkbox', { name: '<b>__proto__</b>\u0007' }));
    expect(document.querySelector('summary')!.textContent).toContain('(1)');
  });
});
