import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { I18nProvider } from '../../i18n/I18nProvider';
import { NO_LEGEND_CHOICE } from './legendChoice';
import { MapLegend } from './MapLegend';
import { DEFAULT_MAP_OPTIONS } from './mapModel';

// "Show all colours again" removes itself; the keyboard focus must stay in the legend.

const sample = buildSampleNetwork('2026-01-15');

function Legend() {
  const [choice, setChoice] = useState(NO_LEGEND_CHOICE);
  return (
    <MapLegend
      stakeholders={sample.stakeholders}
      relationshipTypes={[]}
      options={DEFAULT_MAP_OPTIONS}
      getMap={() => null}
      choice={choice}
      onChoiceChange={setChoice}
    />
  );
}

describe('MapLegend', () => {
  it('keeps the keyboard focus in the legend after "Show all colours again"', () => {
    render(
      <I18nProvider>
        <Legend />
      </I18nProvider>,
    );
    fireEvent.click(screen.getAllByRole('button', { name: /^Hide .* on the map$/ })[0]!);
    const showAll = screen.getByRole('button', { name: 'Show all colours again' });
    showAll.focus();
    fireEvent.click(showAll);
    expect(screen.queryByRole('button', { name: 'Show all colours again' })).toBeNull();
    expect(
      document.activeElement === document.body ? 'the page body' : document.activeElement?.tagName,
      'after "Show all colours again" the focus falls to the page body',
    ).not.toBe('the page body');
    expect(document.activeElement?.closest('.map-legend-colours li')).toBe(
      document.querySelector('.map-legend-colours li'),
    );
  });
});
