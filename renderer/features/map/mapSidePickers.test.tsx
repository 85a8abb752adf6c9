import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { I18nProvider } from '../../i18n/I18nProvider';
import { MapSide } from './MapSide';
import { mapSideProps } from './mapSideForTests';

// The path finder's pickers offer what the map draws: on the map "as of" a day, only the
// stakeholders known on that day (entered by then, asOf.ts); on today's map, everyone.

const sample = buildSampleNetwork('2026-01-15');
const [a, b, c] = sample.stakeholders;
const stakeholders = [
  { ...a!, createdAt: '2018-01-01T10:00:00.000Z' },
  { ...b!, createdAt: '2018-01-01T10:00:00.000Z' },
  // Entered in 2024: not known on 1 January 2022.
  { ...c!, createdAt: '2024-03-01T10:00:00.000Z' },
];
const records = { stakeholders, relationships: [], agreements: [] };

function renderSide(day?: string) {
  render(
    <I18nProvider>
      <MapSide {...mapSideProps(records, stakeholders[0], { ...(day ? { day } : {}) })} />
    </I18nProvider>,
  );
}

function offeredFor(label: string, typed: string): string[] {
  const input = screen.getByRole('combobox', { name: label });
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: typed } });
  return within(screen.getByRole('listbox', { name: label }))
    .queryAllByRole('option')
    .filter((option) => option.getAttribute('aria-disabled') !== 'true')
    .map((option) => option.textContent ?? '');
}

describe("the path finder's pickers on the map as of a day", () => {
  it('offer only the stakeholders known on the day shown', () => {
    renderSide('2022-01-01');
    expect(
      offeredFor('To', c!.name).filter((text) => text.includes(c!.name)),
      `on the map as of 2022-01-01 "To" offers ${c!.name}, entered on 2024-03-01`,
    ).toEqual([]);
    expect(offeredFor('From', b!.name).some((text) => text.includes(b!.name))).toBe(true);
  });

  it("offer everyone on today's map", () => {
    renderSide();
    expect(offeredFor('To', c!.name).some((text) => text.includes(c!.name))).toBe(true);
  });
});
