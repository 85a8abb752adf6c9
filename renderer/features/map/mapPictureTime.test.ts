// @vitest-environment jsdom
import cytoscape, { type EdgeSingular, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/domain/enums';
import type { I18nValue } from '../../i18n/I18nContext';
import { translate, translateOr } from '../../i18n/translate';
import { EMPTY_MAP_FILTERS } from './mapFilters';
import { DEFAULT_MAP_OPTIONS } from './mapModel';
import { mapToSvg } from './mapPicture';
import { MAP_STYLESHEET } from './mapStylesheet';
import { TIE_GAINED_COLOUR, TIE_LOST_COLOUR, TIE_LOST_DASH } from './mapTimeLooks';
import { pictureFrame, shownOnMap, type PictureTime } from './pictureFrame';

// The map's pictures in a time view (issue 18, issue 16 item 6): the SVG draws each line and
// ring as the map's stylesheet does (read back from Cytoscape's own computed style), and the
// frame says the days and lists the comparison's lines.

function parse(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`Not well-formed XML: ${error.textContent}`);
  return document;
}

const stakeholder = (id: string, x: number, y: number, classes = ''): ElementDefinition => ({
  data: { id, parent: 'region:lazio', label: id, colour: '#1f77b4', shape: 'ellipse', size: 30, categoryId: 'asl' },
  position: { x, y },
  classes: `stakeholder ${classes}`,
});
const tie = (id: string, source: string, target: string, classes: string, data: object = {}): ElementDefinition => ({
  data: { id, source, target, colour: '#5b6b7f', width: 2, lineStyle: 'solid', arrow: 'none', type: 'x', ...data },
  classes,
});

/** A comparison as NetworkCanvas marks it: gained, lost, unchanged (an agreement too), a new stakeholder, a path. */
function comparedMap() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: MAP_STYLESHEET,
    layout: { name: 'preset' },
    elements: [
      { data: { id: 'region:lazio', label: 'Lazio' }, classes: 'region-group' },
      stakeholder('a', 0, 0),
      stakeholder('b', 300, 0),
      stakeholder('c', 0, 300),
      stakeholder('d', 300, 300, 'new-since'),
      stakeholder('e', 600, 0, 'on-path'),
      stakeholder('f', 600, 300, 'focused'),
      tie('ab', 'a', 'b', 'relationship tie-gained', { arrow: 'triangle', lineStyle: 'dashed' }),
      tie('ac', 'a', 'c', 'relationship tie-lost', { width: 1 }),
      tie('bc', 'b', 'c', 'relationship time-unchanged inactive', { lineStyle: 'dotted' }),
      tie('ad', 'a', 'd', 'agreement time-unchanged', { colour: '#e31a1c', width: 3, lineStyle: 'dashed' }),
      tie('bd', 'b', 'd', 'relationship tie-gained faded'),
      tie('be', 'b', 'e', 'relationship time-unchanged on-path', { arrow: 'triangle' }),
      tie('ef', 'e', 'f', 'relationship time-unchanged'),
    ],
  });
}

const rgb = (hex: string) => {
  const value = hex.replace('#', '');
  const full = value.length === 3 ? [...value].map((digit) => digit + digit).join('') : value;
  return `rgb(${[0, 2, 4].map((start) => parseInt(full.slice(start, start + 2), 16)).join(',')})`;
};

/** How Cytoscape draws an edge, in the SVG's terms. */
function drawnByCytoscape(edge: EdgeSingular) {
  const style = String(edge.style('line-style'));
  return {
    stroke: String(edge.style('line-color')),
    width: edge.numericStyle('width'),
    opacity: edge.numericStyle('opacity'),
    isDashed: style !== 'solid',
    zIndex: edge.numericStyle('z-index'),
  };
}

describe('the SVG picture of a map compared between two days', () => {
  it('draws every line in the colour, width, dashes and opacity the map draws it, changes on top', () => {
    const cy = comparedMap();
    const lines = [...parse(mapToSvg(cy)).querySelectorAll('.edge')];
    const inSvg = lines.map((line) => ({
      stroke: rgb(line.getAttribute('stroke')!),
      width: Number(line.getAttribute('stroke-width')),
      opacity: Number(line.getAttribute('stroke-opacity')),
      isDashed: line.hasAttribute('stroke-dasharray'),
    }));
    const onMap = cy
      .edges()
      .map(drawnByCytoscape)
      .sort((one, other) => one.zIndex - other.zIndex)
      .map(({ zIndex: _zIndex, ...look }) => look);
    expect(inSvg).toEqual(onMap);
    expect(
      lines.find((line) => line.getAttribute('stroke') === TIE_LOST_COLOUR)?.getAttribute('stroke-dasharray'),
    ).toBe(TIE_LOST_DASH.join(' '));
    // An arrowhead takes its line's colour, as target-arrow-color does on the map.
    const arrows = [...parse(mapToSvg(cy)).querySelectorAll('.arrow')].map((arrow) => arrow.getAttribute('fill'));
    expect(arrows.sort()).toEqual([TIE_GAINED_COLOUR, '#c2410c'].sort());
  });

  it('rings each stakeholder as the map does: new since the earlier day, on a path, selected', () => {
    const cy = comparedMap();
    const nodes = [...parse(mapToSvg(cy)).querySelectorAll('.node')];
    const inSvg = nodes.map((node) => [rgb(node.getAttribute('stroke')!), Number(node.getAttribute('stroke-width'))]);
    const onMap = cy
      .nodes('.stakeholder')
      .map((node) => [String(node.style('border-color')), node.numericStyle('border-width')]);
    expect(inSvg).toEqual(onMap);
    expect(inSvg[3]).toEqual([rgb(TIE_GAINED_COLOUR), 4]);
  });
});

function i18n(language: Language) {
  const t: I18nValue['t'] = (key, ...params) => translate(language, key, ...params);
  const tOr: I18nValue['tOr'] = (key, fallback, params) => translateOr(language, key, fallback, params);
  const formatDate: I18nValue['formatDate'] = (day) => `«${day ?? ''}»`;
  return { t, tOr, formatDate };
}

function frameOf(language: Language, time: PictureTime | null) {
  const cy = comparedMap();
  return pictureFrame({
    shown: shownOnMap(cy, []),
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
    ...i18n(language),
    date: '6 December 2026',
    time,
  });
}

describe('the frame of a picture of the map over time', () => {
  const compared: PictureTime = { day: '2026-03-01', from: '2025-03-01', gained: 3, lost: 1 };

  it('says the day shown and the day compared with, and lists the comparison in the legend', () => {
    const frame = frameOf('en', compared);
    const words = frame.lines.join('\n');
    expect(words).toContain('As of «2026-03-01»');
    expect(words).toContain('Compared with «2025-03-01»: 3 ties gained, 1 lost');
    expect(words).toContain('6 December 2026');
    const section = frame.legend.find((part) => part.heading === 'Changes since «2025-03-01»');
    expect(section?.entries.map((entry) => entry.label)).toEqual([
      'Tie gained',
      'Tie lost',
      'Ringed: stakeholder new since «2025-03-01»',
      'Faint line: no change',
    ]);
    const legend = parse(mapToSvg(comparedMap(), frame)).querySelector('.legend')!;
    const gained = [...legend.querySelectorAll('line')].find(
      (line) => line.getAttribute('stroke') === TIE_GAINED_COLOUR,
    );
    const lost = [...legend.querySelectorAll('line')].find((line) => line.getAttribute('stroke') === TIE_LOST_COLOUR);
    expect(Number(gained?.getAttribute('stroke-width'))).toBeGreaterThan(Number(lost?.getAttribute('stroke-width')));
    expect(lost?.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(legend.querySelector(`circle[stroke="${TIE_GAINED_COLOUR}"]`)).not.toBeNull();
  });

  it('says the day alone when nothing is compared, in Italian too, and nothing of time for today', () => {
    const asOf = frameOf('it', { day: '2026-03-01', from: null, gained: 0, lost: 0 });
    expect(asOf.lines.join('\n')).toContain('Al «2026-03-01»');
    expect(asOf.lines.join('\n')).not.toContain('Confronto');
    expect(asOf.legend.some((part) => part.heading.startsWith('Cambiamenti'))).toBe(false);
    expect(frameOf('it', compared).lines.join('\n')).toContain(
      'Confronto con il «2025-03-01»: 3 relazioni iniziate, 1 finita',
    );
    const today = frameOf('en', null);
    expect(today.lines).toEqual(['Date: 6 December 2026', expect.stringMatching(/^Shown: /)]);
  });
});
