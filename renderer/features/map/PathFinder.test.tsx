import { fireEvent, render, screen, within } from '@testing-library/react';
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { buildSampleNetwork, sampleStakeholderId } from '../../../shared/sample/sampleNetwork';
import { I18nProvider } from '../../i18n/I18nProvider';
import { buildMapElements, DEFAULT_MAP_OPTIONS } from './mapModel';
import { PathFinder } from './PathFinder';
import { buildMapIndex } from './prepareMapIndexes';
import { PATH_CLASS } from './usePathHighlight';

const sample = buildSampleNetwork('2026-01-15');
const records = {
  stakeholders: sample.stakeholders,
  relationships: sample.relationships,
  agreements: sample.agreements,
};
const ROME = sampleStakeholderId('laz-pref-rm');
const PALERMO = sampleStakeholderId('sic-pref-pa');

function mapOfSample(): Core {
  const index = buildMapIndex(records);
  return cytoscape({
    headless: true,
    elements: buildMapElements(records, index, DEFAULT_MAP_OPTIONS, (group) => group, '2026-01-15'),
  });
}

async function choose(label: string, typed: string) {
  const input = screen.getByRole('combobox', { name: label });
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: typed } });
  const [first] = within(await screen.findByRole('listbox', { name: label })).getAllByRole('option');
  fireEvent.mouseDown(first!);
}

function renderFinder(cy: Core | null, overrides: Partial<Parameters<typeof PathFinder>[0]> = {}) {
  const props = {
    stakeholders: sample.stakeholders,
    relationships: sample.relationships,
    focusedId: ROME,
    shownIds: new Set(sample.stakeholders.map((stakeholder) => stakeholder.id)),
    cyRef: { current: cy },
    day: '2026-01-15',
    isOverview: false,
    onOpenGroups: vi.fn(),
    onFocus: vi.fn(),
    ...overrides,
  };
  render(
    <I18nProvider>
      <PathFinder {...props} />
    </I18nProvider>,
  );
  return props;
}

describe('PathFinder', () => {
  it('lists the two-step introduction from the selected stakeholder and marks it on the map', async () => {
    const cy = mapOfSample();
    const props = renderFinder(cy);
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveProperty(
      'value',
      expect.stringMatching(/^Prefettura di Roma/),
    );
    await choose('To', 'Prefettura PA');
    fireEvent.click(screen.getByRole('button', { name: 'Find paths' }));

    expect(screen.getByRole('status').textContent).toMatch(
      /^3 paths from Prefettura di Roma.* to Prefettura di Palermo/,
    );
    const first = screen.getAllByRole('listitem').find((item) => item.className === 'map-paths-chosen')!;
    const steps = within(first).getAllByRole('button', { name: /^Select / });
    expect(steps.map((step) => step.textContent)).toEqual([
      expect.stringMatching(/^Prefettura di Roma/),
      expect.stringMatching(/^Ministero dell'Interno/),
      expect.stringMatching(/^Prefettura di Palermo/),
    ]);
    expect(first.textContent).toContain('Oversight, strong tie');

    const marked = cy.$(`.${PATH_CLASS}`);
    expect(marked.nodes().map((node) => node.id())).toEqual(expect.arrayContaining([ROME, PALERMO]));
    expect(marked.nodes()).toHaveLength(3);
    expect(marked.edges()).toHaveLength(2);
    expect(screen.getByTestId('map-paths').getAttribute('data-path-edges')).toBe('2');

    fireEvent.click(steps[1]!);
    expect(props.onFocus).toHaveBeenCalledWith(sampleStakeholderId('nat-interno'));

    fireEvent.click(screen.getByRole('button', { name: 'Show path 2 on the map' }));
    expect(cy.$(`.${PATH_CLASS}`).nodes().length).toBeGreaterThan(3);
    fireEvent.click(screen.getByRole('button', { name: 'Clear the paths' }));
    expect(cy.$(`.${PATH_CLASS}`)).toHaveLength(0);
  });

  it('says plainly when no chain of active relationships links the two', async () => {
    renderFinder(null, { relationships: [] });
    await choose('To', 'Prefettura PA');
    fireEvent.click(screen.getByRole('button', { name: 'Find paths' }));
    expect(screen.getByRole('status').textContent).toMatch(
      /^No chain of active relationships links Prefettura di Roma/,
    );
    expect(screen.queryByRole('button', { name: /^Select / })).toBeNull();
  });

  it('opens the groups a path crosses when the map shows groups, and marks what arrives later', async () => {
    const cy = cytoscape({ headless: true });
    const props = renderFinder(cy, { isOverview: true });
    await choose('To', 'Prefettura PA');
    fireEvent.click(screen.getByRole('button', { name: 'Find paths' }));
    expect(props.onOpenGroups).toHaveBeenCalledWith([
      'category-group:lazio:prefecture',
      expect.stringMatching(/^category-group:none:/),
      'category-group:sicilia:prefecture',
    ]);
    expect(screen.getByText(/the groups along the path have been opened/)).toBeTruthy();
    cy.add({ data: { id: PALERMO } });
    expect(cy.$id(PALERMO).hasClass(PATH_CLASS)).toBe(true);
  });

  it('refuses the same stakeholder at both ends', async () => {
    renderFinder(null);
    await choose('To', 'Prefettura RM');
    expect(screen.getByText('Choose two different stakeholders.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Find paths' })).toHaveProperty('disabled', true);
  });
});
