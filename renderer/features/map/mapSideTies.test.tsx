import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Relationship } from '../../../shared/domain/relationship';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { I18nProvider } from '../../i18n/I18nProvider';
import { MapSide } from './MapSide';
import { mapSideProps } from './mapSideForTests';

// "Who can introduce us to …?" and the key connectors must not send the user through a tie
// that has ended. One set of rules says what is active on a day (shared/analysis/activeOnDay.ts,
// docs/DESIGN.md §4.9): a tie marked active whose `until` has passed is not active today. Both are
// rendered as the map page feeds them: through MapSide, on the map of today's network or of
// the day it is drawn as of.

const sample = buildSampleNetwork('2026-01-15');
const [a, b, c] = sample.stakeholders;
const tie = (id: string, sourceId: string, targetId: string, until: string | null): Relationship => ({
  ...sample.relationships[0]!,
  id,
  sourceId,
  targetId,
  status: 'active',
  strength: 3,
  since: '2019-01-01',
  until,
});

function renderSide(relationships: Relationship[], neighbours: Stakeholder[], day?: string) {
  const stakeholders = [a!, b!, c!].map((stakeholder) => ({ ...stakeholder, createdAt: '2018-01-01T10:00:00.000Z' }));
  const records = { stakeholders, relationships, agreements: [] };
  render(
    <I18nProvider>
      <MapSide {...mapSideProps(records, stakeholders[0], { neighbours, ...(day ? { day } : {}) })} />
    </I18nProvider>,
  );
}

async function choose(label: string, typed: string) {
  const input = screen.getByRole('combobox', { name: label });
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: typed } });
  const [first] = within(await screen.findByRole('listbox', { name: label })).getAllByRole('option');
  fireEvent.mouseDown(first!);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the side panel of the map, on ties that have ended', () => {
  it('finds no introduction through a relationship that ended years ago', async () => {
    renderSide([tie('r-ended', a!.id, b!.id, '2020-06-30'), tie('r-live', b!.id, c!.id, null)], [b!]);
    await choose('To', c!.name);
    fireEvent.click(screen.getByRole('button', { name: 'Find paths' }));
    const paths = within(screen.getByTestId('map-paths'));
    const steps = paths.queryAllByRole('button', { name: new RegExp(escaped(b!.name)) });
    expect(
      steps.length,
      `a path goes through ${b!.name} over a tie that ended on 2020-06-30: ${paths.getByRole('status').textContent}`,
    ).toBe(0);
  });

  it('names no key connector that bridges only over a relationship that ended', () => {
    renderSide([tie('r-live', a!.id, b!.id, null), tie('r-ended', b!.id, c!.id, '2020-06-30')], [b!]);
    const connectors = within(screen.getByRole('region', { name: 'Key connectors' }));
    expect(
      connectors.queryAllByRole('button', { name: new RegExp(escaped(b!.name)) }).map((button) => button.textContent),
      `${b!.name} is named a key connector for a tie to ${c!.name} that ended on 2020-06-30`,
    ).toEqual([]);
  });

  it('finds no introduction, on the map as of a day, through a relationship begun later', async () => {
    const begunLater = { ...tie('r-new', b!.id, c!.id, null), since: '2025-05-01' };
    renderSide([tie('r-old', a!.id, b!.id, null), begunLater], [b!], '2022-01-01');
    await choose('To', c!.name);
    fireEvent.click(screen.getByRole('button', { name: 'Find paths' }));
    const paths = within(screen.getByTestId('map-paths'));
    expect(
      paths.queryAllByRole('button', { name: new RegExp(escaped(b!.name)) }).length,
      `on the map as of 2022-01-01 a path goes through ${b!.name} over a tie begun on 2025-05-01: ${paths.getByRole('status').textContent}`,
    ).toBe(0);
  });
});
