import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { placeLabels } from './labelDetail';
import { MAP_STYLESHEET } from './mapStylesheet';

// Labels by level of detail: region titles readable at the zoom that shows the whole map,
// the largest (most influential or most connected) stakeholders named first as one zooms
// in, and a selected stakeholder's label that keeps the size it was measured at.

/** The zoom at which the sample network (five regions) fits a 1360×880 window. */
const OVERVIEW_ZOOM = 0.25;
const READABLE_PX = 12;

function sampleMap() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: MAP_STYLESHEET,
    elements: [
      { data: { id: 'group:lazio', label: 'Lazio' }, classes: 'region-group' },
      {
        data: { id: 'big', parent: 'group:lazio', label: 'ASL NA1', colour: '#276385', shape: 'ellipse', size: 58 },
        classes: 'stakeholder',
      },
      {
        data: { id: 'small', parent: 'group:lazio', label: 'CAS 3', colour: '#276385', shape: 'ellipse', size: 22 },
        classes: 'stakeholder',
      },
    ],
  });
}

const px = (value: string) => parseFloat(value);

describe('labels by level of detail', () => {
  it('draws region titles readable at the overview zoom', () => {
    const cy = sampleMap();
    expect(px(cy.$id('group:lazio').style('font-size')) * OVERVIEW_ZOOM).toBeGreaterThanOrEqual(READABLE_PX);
  });

  it('names the largest stakeholders first as one zooms in', () => {
    const cy = sampleMap();
    const shownFrom = (id: string) => px(cy.$id(id).style('min-zoomed-font-size')) / px(cy.$id(id).style('font-size'));
    expect(shownFrom('big')).toBeLessThan(shownFrom('small'));
    // Never smaller on screen than the threshold at which it appears.
    expect(px(cy.$id('small').style('min-zoomed-font-size'))).toBeGreaterThanOrEqual(8);
  });

  it('keeps the selected stakeholder’s label the size it was measured at, so it is never clipped', () => {
    const cy = sampleMap();
    const metrics = [
      'font-size',
      'font-weight',
      'font-family',
      'font-style',
      'text-background-padding',
      'text-max-width',
    ];
    const before = metrics.map((property) => cy.$id('big').style(property));
    cy.$id('big').addClass('focused');
    expect(metrics.map((property) => cy.$id('big').style(property))).toEqual(before);
  });
});

describe('placing the names of a picture', () => {
  const candidate = (id: string, x: number, rank: number) => ({ id, x, top: 0, text: 'A name', fontSize: 10, rank });

  it('keeps the higher ranked of two overlapping names, and both when apart', () => {
    const placed = placeLabels([candidate('small', 0, 22), candidate('big', 5, 58), candidate('far', 900, 22)], 1);
    expect([...placed.keys()].sort()).toEqual(['big', 'far']);
  });

  it('enlarges names so that they stay readable once scaled, whatever the scale given', () => {
    expect(placeLabels([candidate('a', 0, 1)], 0.25).get('a')?.fontSize).toBe(32);
    for (const scale of [0, -1, Number.NaN, Infinity])
      expect(placeLabels([candidate('a', 0, 1)], scale).get('a')?.fontSize).toBe(10);
  });
});
