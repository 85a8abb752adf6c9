import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { timeViewOf, type MapTime } from './mapTime';
import { MapTimePanel } from './MapTimePanel';

// the Time panel's clear button removes itself; the focus must stay in the panel,
// whose Escape (MapTopPanels) closes it only while the focus is inside.

function Time() {
  const [time, setTime] = useState<MapTime>({ day: '2025-03-01', from: null });
  return <MapTimePanel time={time} view={timeViewOf(time, '2026-12-07')} refused={[]} onChange={setTime} />;
}

describe('MapTimePanel', () => {
  it('keeps the keyboard focus in the panel after going back to today', () => {
    render(
      <I18nProvider>
        <Time />
      </I18nProvider>,
    );
    const clear = screen.getByRole('button', { name: 'Back to today' });
    clear.focus();
    fireEvent.click(clear);
    expect(screen.queryByRole('button', { name: 'Back to today' })).toBeNull();
    expect(
      document.activeElement === document.body ? 'the page body' : document.activeElement?.tagName,
      'after going back to today the focus falls to the page body',
    ).not.toBe('the page body');
    const asOf = screen.getByRole('textbox', { name: 'As of' });
    expect(document.activeElement).toBe(asOf);
    expect(asOf).toHaveProperty('value', '');
  });
});
