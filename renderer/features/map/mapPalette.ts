import { DEFAULT_CATEGORY_IDS } from '../../../shared/domain/categories';
import type { DefaultRelationshipType } from '../../../shared/domain/enums';

// Colours and shapes of the map. Related categories share a family of hues (health
// services blue, reception orange, public order red, institutions green, civil society
// purple, academia olive), and every two colours stay apart for people with full colour
// vision and with deuteranopia or protanopia (mapPalette.test.ts measures it). Shape is a
// second cue, and the legend names both.

/** In the order of DEFAULT_CATEGORY_IDS. */
const CATEGORY_PALETTE = [
  '#276385', // local health authority
  '#73b3fb', // mental health service
  '#3f89a4', // hospital
  '#2d5639', // regional government
  '#bf6d0a', // prefecture
  '#741e1e', // police immigration office
  '#bd1a10', // territorial commission
  '#066a00', // municipality
  '#e5b182', // reception centre
  '#a72dba', // NGO
  '#631386', // cultural mediation
  '#756ef3', // legal aid
  '#55b7c6', // international organisation
  '#a4a844', // professional body
  '#9e8954', // university
  '#47805b', // national government
  '#77a580', // EU body
  '#e2c14b', // funder
  '#707171', // other
];
/** Shapes per category: every one a different Cytoscape shape. */
const SHAPES = [
  'ellipse',
  'round-rectangle',
  'diamond',
  'triangle',
  'hexagon',
  'star',
  'round-triangle',
  'pentagon',
  'octagon',
  'rhomboid',
  'barrel',
  'vee',
  'tag',
  'round-diamond',
  'heptagon',
  'concave-hexagon',
  'cut-rectangle',
  'round-pentagon',
  'rectangle',
] as const;
export type NodeShape = (typeof SHAPES)[number];

/** Shapes per sector: outlines that differ at a glance (no triangle beside a rounded triangle). */
const SECTOR_SHAPES: Readonly<Record<string, NodeShape>> = {
  health: 'ellipse',
  reception: 'round-rectangle',
  social: 'diamond',
  'public-order-and-asylum': 'triangle',
  'civil-society': 'hexagon',
  'academic-professional': 'star',
  funder: 'vee',
  other: 'pentagon',
};

/** Each sector in its family's colour, taken from the category palette so they stay apart too. */
const SECTOR_COLOURS: Readonly<Record<string, string>> = {
  health: '#276385',
  reception: '#bf6d0a',
  social: '#066a00',
  'public-order-and-asylum': '#bd1a10',
  'civil-society': '#a72dba',
  'academic-professional': '#a4a844',
  funder: '#e2c14b',
  other: '#707171',
};

/** From not engaged (pale) to implementing (dark): an ordered scale reads as progress. */
const STAGE_COLOURS: Readonly<Record<string, string>> = {
  'not-engaged': '#d9d9d9',
  aware: '#c6dbef',
  engaged: '#6baed6',
  committed: '#2171b5',
  implementing: '#08306b',
};

const FALLBACK_COLOUR = '#707171';

/** Own keys only: a sector or stage named "__proto__" or "constructor" is no colour. */
const lookUp = <T>(table: Readonly<Record<string, T>>, key: string, fallback: T): T =>
  Object.hasOwn(table, key) ? table[key]! : fallback;

function indexed<T>(ids: readonly string[], values: readonly T[]): (id: string) => T {
  return (id) => {
    const index = ids.indexOf(id);
    return values[(index < 0 ? ids.length : index) % values.length] as T;
  };
}

export const categoryColour = indexed(DEFAULT_CATEGORY_IDS, CATEGORY_PALETTE);
export const categoryShape = indexed(DEFAULT_CATEGORY_IDS, SHAPES);
export const sectorShape = (sector: string): NodeShape => lookUp(SECTOR_SHAPES, sector, 'pentagon');
export const sectorColour = (sector: string): string => lookUp(SECTOR_COLOURS, sector, FALLBACK_COLOUR);
export const stageColour = (stage: string): string => lookUp(STAGE_COLOURS, stage, FALLBACK_COLOUR);

export interface EdgeLook {
  colour: string;
  lineStyle: 'solid' | 'dashed' | 'dotted';
}

const RELATIONSHIP_LOOKS: Readonly<Record<DefaultRelationshipType, EdgeLook>> = {
  coordination: { colour: '#5b6b7f', lineStyle: 'solid' },
  'referral-pathway': { colour: '#2e7d32', lineStyle: 'solid' },
  funding: { colour: '#b8860b', lineStyle: 'dashed' },
  oversight: { colour: '#37474f', lineStyle: 'solid' },
  advocacy: { colour: '#7b1fa2', lineStyle: 'dotted' },
  training: { colour: '#00838f', lineStyle: 'dashed' },
  informal: { colour: '#9e9e9e', lineStyle: 'dotted' },
};

export function relationshipLook(type: string): EdgeLook {
  return lookUp<EdgeLook>(RELATIONSHIP_LOOKS, type, { colour: '#757575', lineStyle: 'solid' });
}

export const AGREEMENT_LOOK: EdgeLook = { colour: '#c62828', lineStyle: 'dashed' };
