// @vitest-environment jsdom
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORY_IDS } from '../../../shared/domain/categories';
import { categoryShape } from './mapPalette';
import { mapToSvg } from './mapPicture';
import { MAP_STYLESHEET } from './mapStylesheet';
import { shapeOutline } from './nodeShapes';

// The SVG picture of the map: well-formed XML whatever the names hold, the map's own shapes
// and arrowheads, and only what the map shows.

function parse(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`Not well-formed XML: ${error.textContent}`);
  return document;
}

const stakeholder = (
  id: string,
  label: string,
  x: number,
  y: number,
  shape = 'ellipse',
  parent = 'region:lazio',
): ElementDefinition => ({
  data: { id, parent, label, colour: '#1f77b4', shape, size: 30 },
  position: { x, y },
  classes: 'stakeholder',
});

function mapOf(elements: ElementDefinition[], hidden: string[] = []) {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: MAP_STYLESHEET,
    elements,
    layout: { name: 'preset' },
  });
  for (const id of hidden) cy.$id(id).addClass('filtered-out');
  return cy;
}

const HOSTILE = 'A&B <ASL> "Roma" \'1\' \u0001\u0008\u000b\uFFFE\uFFFF\uD800 end\uDC00 🙂';

describe('the SVG picture of the map', () => {
  it('is well-formed XML whatever a name holds, and says the name less the characters XML forbids', () => {
    const cy = mapOf([
      { data: { id: 'region:lazio', label: `Lazio ${HOSTILE}`, group: 'lazio' }, classes: 'region-group' },
      stakeholder('a', HOSTILE, 0, 0),
      stakeholder('b', 'Plain', 200, 100),
      {
        data: {
          id: 'ab',
          source: 'a',
          target: 'b',
          colour: '"/><script>',
          width: 2,
          lineStyle: 'solid',
          arrow: 'none',
        },
        classes: 'relationship',
      },
    ]);
    const document = parse(mapToSvg(cy));
    const texts = [...document.getElementsByTagName('text')].map((text) => text.textContent);
    expect(texts).toContain('A&B <ASL> "Roma" \'1\'  end 🙂');
    expect(texts).toContain(`Lazio A&B <ASL> "Roma" '1'  end 🙂`);
    expect(document.getElementsByTagName('script')).toHaveLength(0);
  });

  it('draws each stakeholder with the shape the map gives it', () => {
    const shapes = [...new Set(DEFAULT_CATEGORY_IDS.map(categoryShape))];
    const cy = mapOf([
      { data: { id: 'region:lazio', label: 'Lazio' }, classes: 'region-group' },
      ...shapes.map((shape, index) => stakeholder(shape, shape, index * 80, 0, shape)),
    ]);
    const document = parse(mapToSvg(cy));
    expect(document.getElementsByTagName('polygon').length).toBe(
      shapes.filter((shape) => shapeOutline(shape).kind === 'polygon').length,
    );
    const drawn = [...document.querySelectorAll('.node')];
    expect(drawn.map((node) => node.getAttribute('data-shape'))).toEqual(shapes);
    drawn.forEach((node, index) => {
      const outline = shapeOutline(shapes[index]!);
      const expected = outline.kind === 'polygon' ? 'polygon' : outline.kind === 'ellipse' ? 'circle' : 'rect';
      expect(node.tagName).toBe(expected);
      if (outline.kind === 'polygon')
        expect(node.getAttribute('points')?.split(' ')).toHaveLength(outline.points.length);
      if (outline.kind === 'rectangle') expect(Number(node.getAttribute('rx') ?? 0) > 0).toBe(outline.isRounded);
    });
    expect(shapes.filter((shape) => shapeOutline(shape).kind === 'polygon').length).toBeGreaterThan(10);
  });

  it('draws an arrowhead at the end of each directed relationship, and none on the others', () => {
    const cy = mapOf([
      { data: { id: 'region:lazio', label: 'Lazio' }, classes: 'region-group' },
      stakeholder('a', 'A', 0, 0),
      stakeholder('b', 'B', 300, 0),
      stakeholder('c', 'C', 0, 300),
      {
        data: {
          id: 'ab',
          source: 'a',
          target: 'b',
          colour: '#333333',
          width: 2,
          lineStyle: 'solid',
          arrow: 'triangle',
        },
        classes: 'relationship',
      },
      {
        data: { id: 'ac', source: 'a', target: 'c', colour: '#333333', width: 2, lineStyle: 'dashed', arrow: 'none' },
        classes: 'relationship',
      },
    ]);
    const document = parse(mapToSvg(cy));
    const arrows = [...document.querySelectorAll('.arrow')];
    expect(arrows).toHaveLength(1);
    // The tip touches B's left side (B is 30 wide, at x = 300): to the right of A, left of B's centre.
    const xs = arrows[0]!
      .getAttribute('points')!
      .split(' ')
      .map((point) => Number(point.split(',')[0]));
    const lines = [...document.querySelectorAll('.edge')];
    const centreB = Number(lines[0]!.getAttribute('x1')) + 300;
    expect(Math.max(...xs)).toBeCloseTo(centreB - 15, 0);
    expect(lines[1]!.getAttribute('stroke-dasharray')).toBe('6 4');
  });

  it('draws only the lines whose two ends are shown, inside the picture', () => {
    const cy = mapOf(
      [
        { data: { id: 'region:lazio', label: 'Lazio' }, classes: 'region-group' },
        { data: { id: 'region:sicilia', label: 'Sicilia' }, classes: 'region-group' },
        stakeholder('a', 'A', 0, 0),
        stakeholder('b', 'B', 200, 0),
        stakeholder('far', 'Far away', 9000, 9000, 'ellipse', 'region:sicilia'),
        {
          data: { id: 'ab', source: 'a', target: 'b', colour: '#333', width: 1, lineStyle: 'solid', arrow: 'none' },
          classes: 'relationship',
        },
        // An agreement's line stays unfiltered while its far end is filtered out.
        {
          data: {
            id: 'agreement:far',
            source: 'a',
            target: 'far',
            colour: '#6a3d9a',
            width: 3,
            lineStyle: 'solid',
            arrow: 'none',
          },
          classes: 'agreement',
        },
      ],
      ['far', 'region:sicilia'],
    );
    const svg = parse(mapToSvg(cy)).documentElement;
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    const lines = [...svg.querySelectorAll('line')];
    expect(lines).toHaveLength(1);
    expect(width).toBeLessThan(600);
    for (const line of lines) {
      for (const [x, y] of [
        ['x1', 'y1'],
        ['x2', 'y2'],
      ] as const) {
        expect(Number(line.getAttribute(x))).toBeGreaterThanOrEqual(0);
        expect(Number(line.getAttribute(x))).toBeLessThanOrEqual(width);
        expect(Number(line.getAttribute(y))).toBeGreaterThanOrEqual(0);
        expect(Number(line.getAttribute(y))).toBeLessThanOrEqual(height);
      }
    }
    expect([...svg.querySelectorAll('text')].map((text) => text.textContent)).toEqual(['Lazio', 'A', 'B']);
  });

  it('frames the picture for a report: title, date, what is shown, and a legend of what is visible', () => {
    const cy = mapOf(
      [
        { data: { id: 'region:lazio', label: 'Lazio' }, classes: 'region-group' },
        stakeholder('a', 'ASL Roma 1', 0, 0),
        stakeholder('b', 'CAS Roma', 200, 0),
        stakeholder('c', 'Hidden one', 0, 200),
        {
          data: { id: 'ab', source: 'a', target: 'b', colour: '#5b6b7f', width: 2, lineStyle: 'solid', arrow: 'none' },
          classes: 'relationship',
        },
        {
          data: { id: 'ac', source: 'a', target: 'c', colour: '#5b6b7f', width: 2, lineStyle: 'solid', arrow: 'none' },
          classes: 'relationship',
        },
      ],
      [],
    );
    // Hidden from the legend: not drawn, nor its lines.
    cy.$id('c').addClass('legend-hidden');
    const document = parse(
      mapToSvg(cy, {
        title: `Trama – network map ${HOSTILE}`,
        lines: ['Date: 6 December 2026', 'Shown: Region: Lazio'],
        legend: [
          {
            heading: 'Colour: Category',
            entries: [{ label: 'Local health authority', colour: '#276385', shape: 'ellipse' }],
          },
          { heading: 'Shape: Sector', entries: [{ label: 'Health', colour: '#6b7785', shape: 'triangle' }] },
          {
            heading: 'Lines',
            entries: [{ label: 'Coordination', colour: '#5b6b7f', lineStyle: 'dashed', hasArrow: true }],
          },
        ],
      }),
    );
    const texts = [...document.getElementsByTagName('text')].map((text) => text.textContent);
    expect(texts).toContain('Trama – network map A&B <ASL> "Roma" \'1\'  end 🙂');
    expect(texts).toContain('Date: 6 December 2026');
    expect(texts).toContain('Shown: Region: Lazio');
    expect(texts).toEqual(
      expect.arrayContaining(['Colour: Category', 'Local health authority', 'Health', 'Coordination']),
    );
    expect(texts).not.toContain('Hidden one');
    expect(document.querySelectorAll('.edge')).toHaveLength(1);
    expect(document.querySelectorAll('.legend .arrow')).toHaveLength(1);
    expect(document.querySelector('.legend [data-shape="triangle"]')?.tagName).toBe('polygon');
  });

  it('draws labels no smaller than the map would on screen, at the size the map gives each node', () => {
    const big = { ...stakeholder('big', 'Big', 0, 0), data: { ...stakeholder('big', 'Big', 0, 0).data, size: 58 } };
    const cy = mapOf([
      { data: { id: 'region:lazio', label: 'Lazio' }, classes: 'region-group' },
      big,
      { ...stakeholder('small', 'Small', 200, 0), data: { ...stakeholder('small', 'Small', 200, 0).data, size: 22 } },
    ]);
    const document = parse(mapToSvg(cy));
    const sizeOf = (label: string) =>
      Number(
        [...document.getElementsByTagName('text')]
          .find((text) => text.textContent === label)
          ?.getAttribute('font-size'),
      );
    expect(sizeOf('Big')).toBeGreaterThan(sizeOf('Small'));
    expect(sizeOf('Lazio')).toBeGreaterThanOrEqual(48);
  });

  it('names the largest stakeholders legibly in a picture scaled down for a page, with no two names overlapping', () => {
    // A wide map (scaled to about a third for the page) of big and small stakeholders close together.
    const elements: ElementDefinition[] = [{ data: { id: 'region:lazio', label: 'Lazio' }, classes: 'region-group' }];
    for (let index = 0; index < 60; index += 1) {
      const node = stakeholder(
        `s${index}`,
        `Stakeholder number ${index}`,
        (index % 20) * 200,
        Math.floor(index / 20) * 60,
      );
      elements.push({ ...node, data: { ...node.data, size: index % 3 === 0 ? 58 : 22 } });
    }
    const document = parse(mapToSvg(mapOf(elements), { title: 'Map', lines: [], legend: [] }));
    const scale = Number(/scale\(([\d.]+)\)/.exec(document.querySelector('g.map')!.getAttribute('transform')!)?.[1]);
    expect(scale).toBeLessThan(0.5);
    const names = [...document.querySelectorAll('g.map text')].filter((text) => text.textContent !== 'Lazio');
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(Number(name.getAttribute('font-size')) * scale).toBeGreaterThanOrEqual(8);
    // The largest are named first.
    expect(names.map((name) => name.textContent)).toContain('Stakeholder number 0');
    const boxes = names.map((name) => {
      const size = Number(name.getAttribute('font-size'));
      const width = size * 0.6 * (name.textContent ?? '').length;
      const x = Number(name.getAttribute('x'));
      const y = Number(name.getAttribute('y'));
      return { x1: x - width / 2, x2: x + width / 2, y1: y - size, y2: y };
    });
    boxes.forEach((box, index) =>
      boxes.slice(index + 1).forEach((other) => {
        const overlaps = box.x1 < other.x2 && other.x1 < box.x2 && box.y1 < other.y2 && other.y1 < box.y2;
        expect(overlaps).toBe(false);
      }),
    );
  });
});
