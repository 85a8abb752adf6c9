import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORY_IDS } from '../../../shared/domain/categories';
import { SECTORS } from '../../../shared/domain/enums';
import { categoryShape, sectorShape } from './mapPalette';
import { SWATCH_POLYGONS, shapeOutline } from './nodeShapes';
import { ShapeSwatch } from './ShapeSwatch';

// One geometry for the legend and the SVG picture. The legend's swatches must stay the ones
// it always drew: LEGEND_POLYGONS_BEFORE_SHARING is what ShapeSwatch.tsx drew before it took
// its points from nodeShapes.ts (its generator at 85b7868^, run once, pasted here as text),
// so a change to the shared geometry shows up here.

const LEGEND_POLYGONS_BEFORE_SHARING: Readonly<Record<string, string>> = {
  triangle: '8.0,1.0 14.1,11.5 1.9,11.5',
  'round-triangle': '8.0,1.0 14.1,11.5 1.9,11.5',
  diamond: '8.0,1.0 15.0,8.0 8.0,15.0 1.0,8.0',
  'round-diamond': '8.0,1.0 15.0,8.0 8.0,15.0 1.0,8.0',
  pentagon: '8.0,1.0 14.7,5.8 12.1,13.7 3.9,13.7 1.3,5.8',
  'round-pentagon': '8.0,1.0 14.7,5.8 12.1,13.7 3.9,13.7 1.3,5.8',
  hexagon: '15.0,8.0 11.5,14.1 4.5,14.1 1.0,8.0 4.5,1.9 11.5,1.9',
  'concave-hexagon': '15.0,8.0 11.5,14.1 4.5,14.1 1.0,8.0 4.5,1.9 11.5,1.9',
  heptagon: '8.0,1.0 13.5,3.6 14.8,9.6 11.0,14.3 5.0,14.3 1.2,9.6 2.5,3.6',
  octagon: '14.5,10.7 10.7,14.5 5.3,14.5 1.5,10.7 1.5,5.3 5.3,1.5 10.7,1.5 14.5,5.3',
  star: '8.0,0.5 9.9,5.4 15.1,5.7 11.0,9.0 12.4,14.1 8.0,11.2 3.6,14.1 5.0,9.0 0.9,5.7 6.1,5.4',
  rhomboid: '4,3 15,3 12,13 1,13',
  vee: '1,2 8,7 15,2 8,15',
  tag: '1,3 11,3 15,8 11,13 1,13',
  'cut-rectangle': '4,2 12,2 15,5 15,11 12,14 4,14 1,11 1,5',
};

const numbers = (points: string) => points.split(/[ ,]/).map(Number);
const mapShapes = [...new Set([...DEFAULT_CATEGORY_IDS.map(categoryShape), ...SECTORS.map(sectorShape)])];

describe('node shapes', () => {
  it('has a polygon for exactly the shapes the legend drew as polygons', () => {
    expect(Object.keys(SWATCH_POLYGONS).sort()).toEqual(Object.keys(LEGEND_POLYGONS_BEFORE_SHARING).sort());
  });

  it.each(Object.entries(LEGEND_POLYGONS_BEFORE_SHARING))('keeps the legend’s swatch of %s', (shape, before) => {
    const ours = numbers(SWATCH_POLYGONS[shape] ?? '');
    expect(ours).toHaveLength(numbers(before).length);
    numbers(before).forEach((value, index) => expect(ours[index]).toBeCloseTo(value, 1));
  });

  it.each(mapShapes)('draws %s in the legend from the shared geometry', (shape) => {
    const markup = renderToStaticMarkup(createElement(ShapeSwatch, { shape }));
    const outline = shapeOutline(shape);
    if (outline.kind === 'polygon') {
      expect(markup).toContain(`<polygon points="${SWATCH_POLYGONS[shape]}"`);
    } else {
      expect(markup).not.toContain('<polygon');
      expect(markup).toContain(outline.kind === 'ellipse' ? '<circle' : '<rect');
    }
  });

  it('gives every sector a shape that differs at a glance from the others', () => {
    // Shapes that look alike at the size of a node: a rounded one and its sharp twin, the
    // many-sided ones and a circle, the rectangles.
    const LOOK_ALIKES = [
      ['ellipse', 'heptagon', 'octagon', 'round-pentagon'],
      ['triangle', 'round-triangle'],
      ['diamond', 'round-diamond'],
      ['pentagon', 'round-pentagon'],
      ['hexagon', 'concave-hexagon'],
      ['rectangle', 'round-rectangle', 'cut-rectangle', 'barrel'],
    ];
    const silhouette = (shape: string) => LOOK_ALIKES.find((group) => group.includes(shape))?.[0] ?? shape;
    const shapes = SECTORS.map(sectorShape);
    expect(new Set(shapes.map(silhouette)).size).toBe(SECTORS.length);
  });

  it('gives every category its own shape', () => {
    expect(new Set(DEFAULT_CATEGORY_IDS.map(categoryShape)).size).toBe(DEFAULT_CATEGORY_IDS.length);
  });
});
