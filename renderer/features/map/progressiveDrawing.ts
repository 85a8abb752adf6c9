import type { ElementDefinition } from 'cytoscape';
import { useEffect, useState } from 'react';

// Opening a category group of 2,000 stakeholders at 50,000 meant adding them all in one
// task: the window froze for over a second. Large additions to the overview are drawn in
// steps instead, one per frame, with their progress shown; smaller ones at once.

/** The most stakeholders added in one step: a step stays well under 200 ms on a 2-core laptop. */
export const STAKEHOLDERS_PER_STEP = 250;

const idOf = (element: ElementDefinition): string => String(element.data.id);
const isEdge = (element: ElementDefinition): boolean => element.data.source !== undefined;
const isStakeholder = (element: ElementDefinition): boolean => element.classes === 'stakeholder';

/**
 * What to draw next on the way from `drawn` to `target`: `target` itself when what it adds
 * fits one step, or one step and less than half another (a last step that small costs a
 * frame and a redraw of all that is drawn for few stakeholders: a region's 340 reception
 * centres at 10,000 took a third longer as 250 then 90); else everything `drawn` keeps,
 * every frame and group, `first` (the selected stakeholder), the next new stakeholders in
 * order, and the lines between them.
 */
export function nextDrawingStep(
  drawn: readonly ElementDefinition[],
  target: ElementDefinition[],
  first: string | null = null,
  perStep = STAKEHOLDERS_PER_STEP,
): ElementDefinition[] {
  if (drawn === target) return target;
  const drawnIds = new Set(drawn.map(idOf));
  const isNew = (element: ElementDefinition) => isStakeholder(element) && !drawnIds.has(idOf(element));
  if (target.filter(isNew).length < perStep + perStep / 2) return target;
  const admitted = new Set<string>();
  let room = perStep;
  if (first && target.some((element) => isNew(element) && idOf(element) === first)) {
    admitted.add(first);
    room -= 1;
  }
  for (const element of target) {
    if (isEdge(element)) continue;
    const id = idOf(element);
    if (!isNew(element)) admitted.add(id);
    else if (room > 0 && !admitted.has(id)) {
      admitted.add(id);
      room -= 1;
    }
  }
  return target.filter((element) =>
    isEdge(element)
      ? admitted.has(String(element.data.source)) && admitted.has(String(element.data.target))
      : admitted.has(idOf(element)),
  );
}

export interface DrawingProgress {
  drawn: number;
  total: number;
}

const countStakeholders = (elements: readonly ElementDefinition[]): number => elements.filter(isStakeholder).length;

/** How far the drawing is, or null once `drawn` is the target. */
export function drawingProgress(
  drawn: readonly ElementDefinition[],
  target: readonly ElementDefinition[],
): DrawingProgress | null {
  return drawn === target ? null : { drawn: countStakeholders(drawn), total: countStakeholders(target) };
}

const stepTowards = (
  drawn: readonly ElementDefinition[],
  target: ElementDefinition[],
  first: string | null,
  isStepped: boolean,
) => (isStepped ? nextDrawingStep(drawn, target, first) : target);

/**
 * The elements to hand to Cytoscape now: `target`, reached in steps when `isStepped`.
 * Each step waits for the previous one to be painted, so the window keeps answering.
 */
export function useProgressiveElements(target: ElementDefinition[], first: string | null, isStepped: boolean) {
  const step = (drawn: readonly ElementDefinition[]) => stepTowards(drawn, target, first, isStepped);
  const [drawn, setDrawn] = useState<ElementDefinition[]>(() => step([]));
  const [seenTarget, setSeenTarget] = useState(target);
  let current = drawn;
  if (seenTarget !== target) {
    current = step(drawn);
    setSeenTarget(target);
    setDrawn(current);
  }

  useEffect(
    function drawNextStep() {
      if (drawn === target) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => {
        timer = setTimeout(() => setDrawn((now) => stepTowards(now, target, first, isStepped)), 0);
      });
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      };
    },
    [drawn, target, first, isStepped],
  );

  return { elements: current, progress: drawingProgress(current, target) };
}
