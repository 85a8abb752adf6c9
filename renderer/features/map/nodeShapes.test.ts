import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORY_IDS } from '../../../shared/domain/categories';
import { categoryShape } from './mapPalette';
import { SWATCH_POLYGONS, shapeOutline } from './nodeShapes';
import { ShapeSwatch } from './ShapeSwatch';

// One geometry for the legend and the SVG picture: the legend's swatches, drawn from it,
// are the ones the legend always drew.

const numbers = (points: string) => points.split(/[ ,]/).map(Number);

describe('node shapes', () => {
  it.each([...new Set(DEFAULT_CATEGORY_IDS.map(categoryShape))])('gives the legend its swatch of %s', (shape) => {
    const markup = renderToStaticMarkup(createElement(ShapeSwatch, { shape }));
    const legendPoints = /<polygon points="([^"]+)"/.exec(markup)?.[1];
    const outline = shapeOutline(shape);
    if (outline.kind !== 'polygon') {
      expect(legendPoints).toBeUndefined();
      expect(markup).toContain(outline.kind === 'ellipse' ? '<circle' : '<rect');
      return;
    }
    const ours = numbers(SWATCH_POLYGONS[shape]!);
    expect(ours).toHaveLength(numbers(legendPoints!).length);
    numbers(legendPoints!).forEach((value, index) => expect(ours[index]).toBeCloseTo(value, 1));
  });
});
