import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { I18nProvider } from '../../i18n/I18nProvider';
import { MapWithSearch } from './mapSideForTests';

// Closing the selected stakeholder's panel (its × or Escape) removes the element that held
// the keyboard focus: it goes back where it was before the panel opened (the search box),
// or to the map canvas when the panel was opened from the map itself, never to the page body.

const sample = buildSampleNetwork('2026-01-15');
const records = { stakeholders: sample.stakeholders, relationships: sample.relationships, agreements: [] };
const canvas = () => screen.getByRole('img', { name: 'Network map' });

const SEARCH = 'Find a stakeholder on the map';
/** The focused element by its role's accessible name, as a person with a screen reader hears it. */
function focusedName(): string {
  const active = document.activeElement;
  if (!active || active === document.body) return 'the page body';
  if (active === screen.queryByRole('combobox', { name: SEARCH })) return SEARCH;
  if (active === screen.queryByRole('img', { name: 'Network map' })) return 'Network map';
  return active.getAttribute('aria-label') ?? active.tagName;
}

function openFromSearch() {
  render(
    <I18nProvider>
      <MapWithSearch records={records} returnFocus={canvas} />
    </I18nProvider>,
  );
  const search = screen.getByRole('combobox', { name: SEARCH });
  search.focus();
  fireEvent.change(search, { target: { value: sample.stakeholders[0]!.name } });
  const [first] = within(screen.getByRole('listbox', { name: SEARCH })).getAllByRole('option');
  fireEvent.mouseDown(first!);
  const panel = screen.getByRole('complementary', { name: 'Selected stakeholder' });
  expect(panel.contains(document.activeElement), 'the panel takes the focus when it opens').toBe(true);
  return { search, panel };
}

describe("closing the map's side panel", () => {
  it('gives the focus back to the search box that opened it, by its close button', () => {
    const { search } = openFromSearch();
    fireEvent.click(screen.getByRole('button', { name: 'Close the panel' }));
    expect(screen.queryByRole('complementary', { name: 'Selected stakeholder' })).toBeNull();
    expect(focusedName(), 'after closing the panel by its × the focus is on').toBe(SEARCH);
    expect(document.activeElement).toBe(search);
  });

  it('gives the focus back to the search box that opened it, by Escape', () => {
    const { search, panel } = openFromSearch();
    fireEvent.keyDown(document.activeElement ?? panel, { key: 'Escape' });
    expect(screen.queryByRole('complementary', { name: 'Selected stakeholder' })).toBeNull();
    expect(focusedName(), 'after closing the panel by Escape the focus is on').toBe(SEARCH);
    expect(document.activeElement).toBe(search);
  });

  it('puts the focus on the map canvas when the panel opened from the map', () => {
    render(
      <I18nProvider>
        <MapWithSearch records={records} returnFocus={canvas} initialId={sample.stakeholders[0]!.id} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close the panel' }));
    expect(focusedName(), 'after closing a panel opened from the map the focus is on').toBe('Network map');
  });
});
