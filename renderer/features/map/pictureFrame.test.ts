// @vitest-environment jsdom
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildSyntheticNetwork } from '../../../shared/sample/syntheticNetwork';
import type { I18nValue } from '../../i18n/I18nContext';
import type { Language } from '../../../shared/domain/enums';
import { translate, translateOr } from '../../i18n/translate';
import { EMPTY_MAP_FILTERS, mapVisibility } from './mapFilters';
import { DEFAULT_MAP_OPTIONS, type MapRecords } from './mapModel';
import { buildOverviewElements } from './mapOverview';
import { pictureFrame, shownOnMap, type PictureFrameInput, type ShownOnMap } from './pictureFrame';
import { buildMapIndex } from './prepareMapIndexes';

// What a picture of the map says it shows must agree with what it draws.

const network = buildSyntheticNetwork({ stakeholders: 3000 });
const records: MapRecords = {
  stakeholders: network.stakeholders,
  relationships: network.relationships,
  agreements: [],
};
const index = buildMapIndex(records);

function frameOf(shown: ShownOnMap, more: Pick<PictureFrameInput, 'neighbourhood'> = {}, language: Language = 'en') {
  const t: I18nValue['t'] = (key, ...params) => translate(language, key, ...params);
  const tOr: I18nValue['tOr'] = (key, fallback, params) => translateOr(language, key, fallback, params);
  return pictureFrame({
    ...more,
    shown,
    filters: EMPTY_MAP_FILTERS,
    options: DEFAULT_MAP_OPTIONS,
    choices: { regionsWithNone: [], categories: [], sectors: [], stages: [] },
    legendLabels: {
      category: (id) => id,
      sector: (id) => id,
      stage: (id) => id,
      relationshipType: (type) => type,
      agreement: 'Agreement',
      directed: 'Directed',
    },
    t,
    tOr,
    date: '7 December 2026',
    formatDate: (day) => String(day),
  });
}

const node = (id: string, x: number): ElementDefinition => ({
  data: { id, label: id, colour: '#1f77b4', shape: 'ellipse', size: 30 },
  position: { x, y: 0 },
  classes: 'stakeholder',
});
const shownLineOf = (frame: ReturnType<typeof frameOf>) => frame.lines.find((line) => /^(Shown|Mostrati):/.test(line))!;

describe('the picture of the map', () => {
  it('does not say "all stakeholders" when "only this neighbourhood" hides the rest', () => {
    const [a, b, c] = records.stakeholders;
    const cy = cytoscape({ headless: true, elements: [node(a!.id, 0), node(b!.id, 100), node(c!.id, 200)] });
    // "Only this neighbourhood" hides the rest as a filter hides it (mapVisibility's onlyIds).
    cy.$id(c!.id).addClass('filtered-out');
    const frame = frameOf(shownOnMap(cy, [a!, b!, c!]));
    const shownLine = shownLineOf(frame);
    expect(shownLine, 'the picture of 2 of 3 stakeholders claims to show everyone').not.toContain(
      'all stakeholders and relationships',
    );
    expect(shownLine).toBe('Shown: 2 stakeholders · part of the network (3 stakeholders in all)');
  });

  it('names the neighbourhood it shows, in English and Italian', () => {
    const [a, b, c] = records.stakeholders;
    const cy = cytoscape({ headless: true, elements: [node(a!.id, 0), node(b!.id, 100), node(c!.id, 200)] });
    cy.$id(c!.id).addClass('filtered-out');
    const shown = shownOnMap(cy, [a!, b!, c!]);
    const neighbourhood = { name: a!.name, depth: 2 };
    expect(shownLineOf(frameOf(shown, { neighbourhood }))).toBe(
      `Shown: 2 stakeholders · only the neighbourhood of ${a!.name}, up to 2 steps`,
    );
    expect(shownLineOf(frameOf(shown, { neighbourhood: { ...neighbourhood, depth: 1 } }, 'it'))).toBe(
      `Mostrati: 2 stakeholder · solo il vicinato di ${a!.name}, fino a 1 passaggio`,
    );
  });

  it('says "all stakeholders and relationships" when it draws every one', () => {
    const [a, b] = records.stakeholders;
    const cy = cytoscape({ headless: true, elements: [node(a!.id, 0), node(b!.id, 100)] });
    expect(shownLineOf(frameOf(shownOnMap(cy, [a!, b!])))).toBe(
      'Shown: 2 stakeholders · all stakeholders and relationships',
    );
  });

  it('counts in an overview only the stakeholders the filters leave in each drawn group', () => {
    const stages = [...new Set(records.stakeholders.map((stakeholder) => stakeholder.guidelinesStage))];
    const filters = {
      ...EMPTY_MAP_FILTERS,
      stakeholders: { ...EMPTY_MAP_FILTERS.stakeholders, stages: stages.slice(1) },
    };
    const visibility = mapVisibility(records, index, filters);
    expect(visibility.stakeholderIds.size).toBeGreaterThan(1000);
    expect(visibility.stakeholderIds.size).toBeLessThan(records.stakeholders.length);
    const elements = buildOverviewElements({
      records,
      index,
      options: DEFAULT_MAP_OPTIONS,
      visibility,
      openGroups: new Set(),
      focusedGroupId: null,
      groupLabel: (group) => group,
      categoryLabel: (id) => id,
      today: '2026-12-07',
    });
    const cy = cytoscape({ headless: true, elements });
    const shown = shownOnMap(cy, records.stakeholders, visibility.stakeholderIds);
    expect(
      shown.stakeholders.length,
      `the picture counts ${shown.stakeholders.length} stakeholders where the map draws ${visibility.stakeholderIds.size} (filtered by stage)`,
    ).toBe(visibility.stakeholderIds.size);
    expect(shown.stakeholders.every((stakeholder) => stages.slice(1).includes(stakeholder.guidelinesStage))).toBe(true);
  });

  it('lists the arrow of a directed relationship in the legend only when the map draws one', () => {
    const [a, b] = records.stakeholders;
    const cy = cytoscape({
      headless: true,
      elements: [
        { data: { id: a!.id, label: 'A', colour: '#1f77b4', shape: 'ellipse', size: 30 }, classes: 'stakeholder' },
        { data: { id: b!.id, label: 'B', colour: '#1f77b4', shape: 'ellipse', size: 30 }, classes: 'stakeholder' },
        {
          data: { id: 'ab', source: a!.id, target: b!.id, type: 'collaboration', arrow: 'none' },
          classes: 'relationship',
        },
      ],
    });
    const frame = frameOf(shownOnMap(cy, [a!, b!]));
    const edges = frame.legend.find((section) => section.heading === 'Lines: relationship type')!;
    expect(
      edges.entries.map((entry) => entry.label),
      'the picture\'s legend shows an arrow for "directed" though no line drawn has one',
    ).not.toContain('Directed');
    cy.$id('ab').data('arrow', 'triangle');
    const directed = frameOf(shownOnMap(cy, [a!, b!])).legend.find(
      (section) => section.heading === 'Lines: relationship type',
    )!;
    expect(directed.entries.map((entry) => entry.label)).toEqual(['collaboration', 'Directed']);
  });
});
