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
});
