import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { MapFilterBar } from './MapFilterBar';
import { EMPTY_MAP_FILTERS, type MapFilterState } from './mapFilters';

// "Clear filters" removes itself. In the floating Filters panel the focus then falls
// to the page body, outside the panel, whose Escape (MapTopPanels) then no longer closes it.

function Filters() {
  const [filters, setFilters] = useState<MapFilterState>({ ...EMPTY_MAP_FILTERS, relationshipTypes: ['funding'] });
  return <MapFilterBar filters={filters} onChange={setFilters} relationshipTypes={['funding']} hasAgreements={false} />;
}

describe('MapFilterBar', () => {
  it('keeps the keyboard focus in the filters after "Clear filters"', () => {
    render(
      <I18nProvider>
        <Filters />
      </I18nProvider>,
    );
    const clear = screen.getByRole('button', { name: /clear filters/i });
    clear.focus();
    fireEvent.click(clear);
    expect(screen.queryByRole('button', { name: /clear filters/i })).toBeNull();
    expect(
      document.activeElement === document.body ? 'the page body' : document.activeElement?.tagName,
      'after "Clear filters" the focus falls to the page body',
    ).not.toBe('the page body');
    expect(document.activeElement?.textContent).toBe('Region');
  });
});
