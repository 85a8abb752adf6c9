import { DEFAULT_CATEGORY_IDS } from '../../../shared/domain/categories';
import { SECTORS, type DefaultRelationshipType } from '../../../shared/domain/enums';

// Colours and shapes of the map. Colours are distinguishable for the common colour-vision
// deficiencies as far as 19 categories allow; shape is a second cue, and the legend
// names both.

const CATEGORY_PALETTE = [
  '#1f77b4',
  '#2ca02c',
  '#17becf',
  '#9467bd',
  '#d62728',
  '#8c564b',
  '#e377c2',
  '#ff7f0e',
  '#bcbd22',
  '#006d5b',
  '#7f3c8d',
  '#3969ac',
  '#e68310',
  '#a5aa99',
  '#11a579',
  '#f2b701',
  '#cf1c90',
  '#4b4b8f',
  '#7f7f7f',
];
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

const SECTOR_COLOURS: Readonly<Record<string, string>> = {
  health: '#2ca02c',
  reception: '#d62728',
  social: '#ff7f0e',
  'public-order-and-asylum': '#5a5a8f',
  'civil-society': '#1f77b4',
  'academic-professional': '#9467bd',
  funder: '#b8860b',
  other: '#7f7f7f',
};

/** From not engaged (pale) to implementing (dark): an ordered scale reads as progress. */
const STAGE_COLOURS: Readonly<Record<string, string>> = {
  'not-engaged': '#d9d9d9',
  aware: '#c6dbef',
  engaged: '#6baed6',
  committed: '#2171b5',
  implementing: '#08306b',
};

const FALLBACK_COLOUR = '#7f7f7f';

function indexed<T>(ids: readonly string[], values: readonly T[]): (id: string) => T {
  return (id) => {
    const index = ids.indexOf(id);
    return values[(index < 0 ? ids.length : index) % values.length] as T;
  };
}

export const categoryColour = indexed(DEFAULT_CATEGORY_IDS, CATEGORY_PALETTE);
export const categoryShape = indexed(DEFAULT_CATEGORY_IDS, SHAPES);
export const sectorShape = indexed(SECTORS, SHAPES);
export const sectorColour = (sector: string): string => SECTOR_COLOURS[sector] ?? FALLBACK_COLOUR;
export const stageColour = (stage: string): string => STAGE_COLOURS[stage] ?? FALLBACK_COLOUR;

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
  return (RELATIONSHIP_LOOKS as Readonly<Record<string, EdgeLook>>)[type] ?? { colour: '#757575', lineStyle: 'solid' };
}

export const AGREEMENT_LOOK: EdgeLook = { colour: '#c62828', lineStyle: 'dashed' };
