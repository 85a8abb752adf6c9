import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { I18nProvider } from '../../i18n/I18nProvider';
import { MapToolbar } from './MapToolbar';

// the toolbar's "Clear highlight" (×) removes itself; the keyboard focus must not fall
// to the page body, where the next Tab starts again from the top of the window.

const sample = buildSampleNetwork('2026-01-15');

function Toolbar() {
  const [focusedId, setFocusedId] = useState<string | null>(sample.stakeholders[0]!.id);
  return (
    <MapToolbar
      stakeholders={sample.stakeholders}
      focusedId={focusedId}
      onFocus={setFocusedId}
      activeFilterCount={0}
      openPanel={null}
      onTogglePanel={vi.fn()}
      onShowShortcuts={vi.fn()}
      panelIds={{ filters: 'f', display: 'd', time: 't' }}
    />
  );
}

describe('MapToolbar', () => {
  it('keeps the keyboard focus in the toolbar after "Clear highlight"', () => {
    render(
      <I18nProvider>
        <Toolbar />
      </I18nProvider>,
    );
    const clear = screen.getByRole('button', { name: 'Clear highlight' });
    clear.focus();
    fireEvent.click(clear);
    expect(screen.queryByRole('button', { name: 'Clear highlight' })).toBeNull();
    expect(
      document.activeElement === document.body ? 'the page body' : document.activeElement?.tagName,
      'after "Clear highlight" the focus falls to the page body',
    ).not.toBe('the page body');
    expect(document.activeElement).toBe(screen.getByRole('combobox'));
  });
});
