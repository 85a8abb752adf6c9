import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORY_IDS } from '../../../shared/domain/categories';
import { SECTORS } from '../../../shared/domain/enums';
import { ciede2000, closestPair, toLab, type Deficiency } from './colourDistance';
import { categoryColour, sectorColour, sectorShape } from './mapPalette';

// Colours people can tell apart, with full colour vision and with the two common red-green
// deficiencies (simulated), measured in CIEDE2000: about 2 is just noticeable, 10 clearly different.

const VISIONS: ReadonlyArray<[name: string, deficiency: Deficiency | undefined, threshold: number]> = [
  ['full colour vision', undefined, 12],
  ['deuteranopia', 'deuteranopia', 8],
  ['protanopia', 'protanopia', 8],
];

const hueOf = (colour: string) => {
  const [, a, b] = toLab(colour);
  return ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;
};

describe('the map palette', () => {
  it('computes CIEDE2000 as its reference pairs do', () => {
    // Sharma, Wu & Dalal (2005), table 1, pairs 1 and 7.
    expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(ciede2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
  });

  it.each(VISIONS)('gives the categories colours far enough apart with %s', (_, deficiency, threshold) => {
    const colours = DEFAULT_CATEGORY_IDS.map(categoryColour);
    expect(new Set(colours).size).toBe(colours.length);
    const closest = closestPair(colours, deficiency);
    expect(closest.distance, `${closest.first} and ${closest.second}`).toBeGreaterThanOrEqual(threshold);
  });

  it.each(VISIONS)('gives the sectors colours far enough apart with %s', (_, deficiency, threshold) => {
    const closest = closestPair(SECTORS.map(sectorColour), deficiency);
    expect(closest.distance, `${closest.first} and ${closest.second}`).toBeGreaterThanOrEqual(threshold);
  });

  it('colours related categories as a family: health services blue, reception orange', () => {
    for (const id of ['local-health-authority', 'mental-health-service', 'hospital'])
      expect(hueOf(categoryColour(id))).toSatisfy((hue: number) => hue > 200 && hue < 290);
    for (const id of ['prefecture', 'reception-centre'])
      expect(hueOf(categoryColour(id))).toSatisfy((hue: number) => hue > 40 && hue < 80);
    for (const id of ['regional-government', 'municipality', 'national-government', 'eu-body'])
      expect(hueOf(categoryColour(id))).toSatisfy((hue: number) => hue > 120 && hue < 160);
  });

  it('draws every colour dark enough to see on the white map', () => {
    for (const colour of [...DEFAULT_CATEGORY_IDS.map(categoryColour), ...SECTORS.map(sectorColour)])
      expect(toLab(colour)[0], colour).toBeLessThan(82);
  });

  it('gives unknown categories and sectors a colour and shape, whatever the id', () => {
    for (const id of ['', '__proto__', 'constructor', 'x'.repeat(10_000)]) {
      expect(categoryColour(id)).toMatch(/^#[0-9a-f]{6}$/);
      expect(sectorColour(id)).toMatch(/^#[0-9a-f]{6}$/);
      expect(typeof sectorShape(id)).toBe('string');
    }
  });
});
