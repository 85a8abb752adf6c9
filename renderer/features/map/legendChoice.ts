import type { Core } from 'cytoscape';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import type { MapColourBy } from '../../../shared/domain/organisation';

// What the legend's colour entries ask of the map: one highlighted (the others dimmed) and
// some hidden. Shown with classes, like the filters, so nothing is redrawn or moved; the
// stylesheet draws them and the pictures of the map read them.

export interface LegendChoice {
  highlighted: string | null;
  hidden: readonly string[];
}

export const NO_LEGEND_CHOICE: LegendChoice = { highlighted: null, hidden: [] };
export const LEGEND_HIDDEN = 'legend-hidden';
export const LEGEND_DIMMED = 'legend-dimmed';

/** The legend's colour entry a stakeholder is drawn in. */
export const legendKeyOf = (stakeholder: Stakeholder, colourBy: MapColourBy): string =>
  colourBy === 'sector'
    ? stakeholder.sector
    : colourBy === 'stage'
      ? stakeholder.guidelinesStage
      : stakeholder.categoryId;

export function applyLegendChoice(
  cy: Core,
  stakeholders: readonly Stakeholder[],
  colourBy: MapColourBy,
  choice: LegendChoice,
): void {
  const keys = new Map(stakeholders.map((stakeholder) => [stakeholder.id, legendKeyOf(stakeholder, colourBy)]));
  const hidden = new Set(choice.hidden);
  cy.batch(() => {
    cy.nodes('node.stakeholder, node.category-group').forEach((node) => {
      // A category group stands for its category; under another "colour by" it has no one key.
      const key = node.hasClass('category-group')
        ? colourBy === 'category'
          ? String(node.data('categoryId'))
          : undefined
        : keys.get(node.id());
      const isHidden = key !== undefined && hidden.has(key);
      const isDimmed = !isHidden && choice.highlighted !== null && key !== choice.highlighted;
      if (node.hasClass(LEGEND_HIDDEN) !== isHidden) node.toggleClass(LEGEND_HIDDEN, isHidden);
      if (node.hasClass(LEGEND_DIMMED) !== isDimmed) node.toggleClass(LEGEND_DIMMED, isDimmed);
    });
    // A hidden node's lines go with it (display: none); a dimmed node's lines dim with it.
    cy.edges().forEach((edge) => {
      const isDimmed = edge.source().hasClass(LEGEND_DIMMED) || edge.target().hasClass(LEGEND_DIMMED);
      if (edge.hasClass(LEGEND_DIMMED) !== isDimmed) edge.toggleClass(LEGEND_DIMMED, isDimmed);
    });
  });
}
