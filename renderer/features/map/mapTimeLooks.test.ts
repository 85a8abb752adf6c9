import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../../shared/domain/enums';
import { ciede2000, toLab, type Deficiency } from './colourDistance';
import { AGREEMENT_LOOK, relationshipLook } from './mapPalette';
import { TIE_GAINED_COLOUR, TIE_LOST_COLOUR } from './mapTimeLooks';

// Gained and lost ties must read apart from each other and from every other line on the map,
// for people with full colour vision and with the two common red-green deficiencies.

const VISIONS: ReadonlyArray<[name: string, deficiency: Deficiency | undefined]> = [
  ['full colour vision', undefined],
  ['deuteranopia', 'deuteranopia'],
  ['protanopia', 'protanopia'],
];
const LINE_COLOURS = [
  ...RELATIONSHIP_TYPES.map((type) => relationshipLook(type).colour),
  relationshipLook('a custom type').colour,
  AGREEMENT_LOOK.colour,
];
const distance = (one: string, other: string, deficiency?: Deficiency) =>
  ciede2000(toLab(one, deficiency), toLab(other, deficiency));

describe('the colours of a comparison', () => {
  it.each(VISIONS)('tells gained from lost ties with %s', (_, deficiency) => {
    expect(distance(TIE_GAINED_COLOUR, TIE_LOST_COLOUR, deficiency)).toBeGreaterThanOrEqual(10);
  });

  it.each(VISIONS)('tells gained and lost ties from every other line with %s', (_, deficiency) => {
    for (const colour of LINE_COLOURS) {
      expect(distance(TIE_GAINED_COLOUR, colour, deficiency), `gained and ${colour}`).toBeGreaterThanOrEqual(8);
      expect(distance(TIE_LOST_COLOUR, colour, deficiency), `lost and ${colour}`).toBeGreaterThanOrEqual(8);
    }
  });

  it('draws both dark enough to see on the white map', () => {
    for (const colour of [TIE_GAINED_COLOUR, TIE_LOST_COLOUR]) expect(toLab(colour)[0], colour).toBeLessThan(82);
  });
});
