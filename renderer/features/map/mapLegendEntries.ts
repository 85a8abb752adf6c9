import { GUIDELINES_STAGES, RELATIONSHIP_TYPES, SECTORS } from '../../../shared/domain/enums';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import type { MapOptions } from './mapModel';
import {
  AGREEMENT_LOOK,
  categoryColour,
  categoryShape,
  relationshipLook,
  sectorColour,
  sectorShape,
  stageColour,
  type EdgeLook,
} from './mapPalette';
import { TIE_GAINED_COLOUR, TIE_GAINED_WIDTH, TIE_LOST_COLOUR, TIE_LOST_DASH, TIE_LOST_WIDTH } from './mapTimeLooks';

// What the legend lists, for the legend beside the map and for the map's pictures: only
// what is on the map (a legend of 19 categories when 4 are used helps no one).

export interface LegendEntry {
  /** The category, sector or stage id. */
  key: string;
  label: string;
  colour: string;
  shape: string;
}

export interface LegendLine extends EdgeLook {
  key: string;
  label: string;
  hasArrow?: boolean;
}

export interface LegendEntries {
  colours: LegendEntry[];
  shapes: LegendEntry[];
  lines: LegendLine[];
}

export interface LegendLabels {
  category(id: string): string;
  sector(id: string): string;
  stage(id: string): string;
  relationshipType(type: string): string;
  agreement: string;
  directed: string;
}

const orderOf = (list: readonly string[]) => (a: string, b: string) => {
  const rank = (value: string) => (list.includes(value) ? list.indexOf(value) : list.length);
  return rank(a) - rank(b);
};

export function legendEntries(
  stakeholders: readonly Pick<Stakeholder, 'categoryId' | 'sector' | 'guidelinesStage'>[],
  relationshipTypes: Iterable<string>,
  options: Pick<MapOptions, 'colourBy' | 'shapeBy' | 'showAgreements'>,
  labels: LegendLabels,
  hasAgreements = options.showAgreements,
  /** Whether a line drawn has an arrow: else the arrow explained in the legend is nowhere on the map. */
  hasDirected = false,
): LegendEntries {
  const categories = new Set(stakeholders.map((stakeholder) => stakeholder.categoryId));
  const sectors = new Set(stakeholders.map((stakeholder) => stakeholder.sector));
  const stages = new Set(stakeholders.map((stakeholder) => stakeholder.guidelinesStage));
  const byCategory = [...categories].map((id) => ({
    key: id,
    label: labels.category(id),
    colour: categoryColour(id),
    shape: categoryShape(id),
  }));
  const bySector = SECTORS.filter((sector) => sectors.has(sector)).map((sector) => ({
    key: sector,
    label: labels.sector(sector),
    colour: sectorColour(sector),
    shape: sectorShape(sector),
  }));
  const byStage = GUIDELINES_STAGES.filter((stage) => stages.has(stage)).map((stage) => ({
    key: stage,
    label: labels.stage(stage),
    colour: stageColour(stage),
    shape: 'ellipse',
  }));
  const colours = options.colourBy === 'sector' ? bySector : options.colourBy === 'stage' ? byStage : byCategory;
  const shapes = options.shapeBy === 'category' ? byCategory : bySector;
  const types = [...new Set(relationshipTypes)].sort(orderOf(RELATIONSHIP_TYPES));
  const lines: LegendLine[] = types.map((type) => ({
    key: type,
    label: labels.relationshipType(type),
    ...relationshipLook(type),
  }));
  if (hasAgreements) lines.push({ key: 'agreement', label: labels.agreement, ...AGREEMENT_LOOK });
  if (hasDirected)
    lines.push({ key: 'directed', label: labels.directed, colour: '#37474f', lineStyle: 'solid', hasArrow: true });
  return { colours, shapes, lines };
}

/** The lines of a comparison of two days (mapTime.ts), listed while the map compares, as thick and dashed as drawn. */
export function comparisonLines(labels: {
  gained: string;
  lost: string;
}): Array<LegendLine & { width: number; dash: readonly number[] | null }> {
  return [
    {
      key: 'tie-gained',
      label: labels.gained,
      colour: TIE_GAINED_COLOUR,
      lineStyle: 'solid',
      width: TIE_GAINED_WIDTH,
      dash: null,
    },
    {
      key: 'tie-lost',
      label: labels.lost,
      colour: TIE_LOST_COLOUR,
      lineStyle: 'dashed',
      width: TIE_LOST_WIDTH,
      dash: TIE_LOST_DASH,
    },
  ];
}
