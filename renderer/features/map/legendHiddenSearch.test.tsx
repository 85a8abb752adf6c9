import { fireEvent, render, screen, within } from '@testing-library/react';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { categoryLabel } from '../../../shared/domain/categories';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { I18nProvider } from '../../i18n/I18nProvider';
import { MapWithSearch } from './mapSideForTests';
import { LEGEND_HIDDEN } from './legendChoice';

// A stakeholder found by the map's search is one the user asked to see: when the legend hides
// its colour (its category), choosing it shows that colour again and says so, rather than
// selecting a stakeholder that stays invisible.

const sample = buildSampleNetwork('2026-01-15');
const records = { stakeholders: sample.stakeholders, relationships: [], agreements: [] };
const [sought] = sample.stakeholders;
const soughtCategory = categoryLabel(sought!.categoryId, 'en', []);
const other = sample.stakeholders.find((stakeholder) => stakeholder.categoryId !== sought!.categoryId);
const otherCategory = categoryLabel(other!.categoryId, 'en', []);
const SEARCH = 'Find a stakeholder on the map';

describe('a stakeholder found by the search whose colour the legend hides', () => {
  it('is shown: choosing it lifts the hiding of its colour, and the user is told', () => {
    const cy = cytoscape({
      headless: true,
      elements: sample.stakeholders.map((stakeholder) => ({ data: { id: stakeholder.id }, classes: 'stakeholder' })),
    });
    render(
      <I18nProvider initialLanguage="en">
        <MapWithSearch records={records} cy={cy} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: `Hide ${soughtCategory} on the map` }));
    fireEvent.click(screen.getByRole('button', { name: `Hide ${otherCategory} on the map` }));
    expect(cy.getElementById(sought!.id).hasClass(LEGEND_HIDDEN), 'the legend hides it').toBe(true);

    const search = screen.getByRole('combobox', { name: SEARCH });
    search.focus();
    fireEvent.change(search, { target: { value: sought!.name } });
    fireEvent.mouseDown(within(screen.getByRole('listbox', { name: SEARCH })).getAllByRole('option')[0]!);

    expect(
      cy.getElementById(sought!.id).hasClass(LEGEND_HIDDEN),
      `${sought!.name}, chosen in the search, stays hidden by the legend`,
    ).toBe(false);
    expect(
      screen.getByText(new RegExp(`${soughtCategory}.*hidden in the legend`)).closest('[role="status"]'),
    ).not.toBeNull();

    expect(cy.getElementById(other!.id).hasClass(LEGEND_HIDDEN), 'the other colour hidden stays hidden').toBe(true);

    // Closed again, the legend says the colour is shown, and the other still hidden.
    fireEvent.click(screen.getByRole('button', { name: 'Close the panel' }));
    expect(screen.getByRole('button', { name: `Hide ${soughtCategory} on the map` })).toBeTruthy();
    expect(screen.getByRole('button', { name: `Show ${otherCategory} on the map again` })).toBeTruthy();
  });
});
