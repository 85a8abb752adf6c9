import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { MapColourBy } from '../../../shared/domain/organisation';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { applyLegendChoice, legendKeyOf, NO_LEGEND_CHOICE, type LegendChoice } from './legendChoice';

// The legend's choice (a colour highlighted, some hidden) belongs to the map, not to the
// legend drawn beside it: the side panel takes the legend's place while a stakeholder is
// selected, and the map keeps showing the choice, which a stakeholder chosen in a hidden
// colour then lifts (liftFor).

export interface LegendChoiceState {
  choice: LegendChoice;
  setChoice(choice: LegendChoice): void;
  /** Shows the colour a stakeholder is drawn in again if the legend hides it; its key, or null when it was not hidden. */
  liftFor(stakeholder: Stakeholder): string | null;
}

export function useLegendChoice(
  getMap: () => Core | null,
  stakeholders: readonly Stakeholder[],
  colourBy: MapColourBy,
): LegendChoiceState {
  const [choice, setChoice] = useState<LegendChoice>(NO_LEGEND_CHOICE);
  // A choice made for one "colour by" means nothing for another.
  const [choiceBy, setChoiceBy] = useState(colourBy);
  if (choiceBy !== colourBy) {
    setChoiceBy(colourBy);
    setChoice(NO_LEGEND_CHOICE);
  }

  const getMapRef = useRef(getMap);
  useEffect(function keepLatestGetMap() {
    getMapRef.current = getMap;
  });
  const hasChoice = choice.highlighted !== null || choice.hidden.length > 0;
  useEffect(
    function showChoiceOnMap() {
      const cy = getMapRef.current();
      if (!cy) return;
      applyLegendChoice(cy, stakeholders, colourBy, choice);
      if (!hasChoice) return;
      // Nodes drawn later (a group opened, a step of a large drawing) follow the choice too,
      // once per batch of additions rather than once per node.
      let pending: ReturnType<typeof setTimeout> | null = null;
      const applyLater = () => {
        pending ??= setTimeout(() => {
          pending = null;
          applyLegendChoice(cy, stakeholders, colourBy, choice);
        }, 0);
      };
      cy.on('add', 'node', applyLater);
      return () => {
        cy.removeListener('add', 'node', applyLater);
        if (pending) clearTimeout(pending);
      };
    },
    [stakeholders, colourBy, choice, hasChoice],
  );

  function liftFor(stakeholder: Stakeholder): string | null {
    const key = legendKeyOf(stakeholder, colourBy);
    if (!choice.hidden.includes(key)) return null;
    setChoice({ ...choice, hidden: choice.hidden.filter((hidden) => hidden !== key) });
    return key;
  }
  return { choice, setChoice, liftFor };
}
