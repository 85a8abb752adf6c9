import type { Stakeholder } from '../../../shared/domain/stakeholder';

// The power–interest grid as data: five rows of influence (5 at the top) by five columns
// of interest / support (1 on the left).

export const SCORES = [1, 2, 3, 4, 5] as const;
export const INFLUENCE_ROWS = [...SCORES].reverse();

export interface Scores {
  influence: number;
  interest: number;
}

export function isScored(stakeholder: Scores): boolean {
  return [stakeholder.influence, stakeholder.interest].every(
    (score) => Number.isInteger(score) && score >= 1 && score <= 5,
  );
}

export function cellKey(scores: Scores): string {
  return `${scores.influence}:${scores.interest}`;
}

/** Stakeholders per cell, the most advanced on the guidelines first, then by name. */
export function groupByCell<S extends Pick<Stakeholder, 'name' | 'influence' | 'interest' | 'guidelinesStage'>>(
  stakeholders: readonly S[],
  stageRank: (stage: S['guidelinesStage']) => number,
): Map<string, S[]> {
  const cells = new Map<string, S[]>();
  for (const stakeholder of stakeholders) {
    const key = cellKey(stakeholder);
    cells.set(key, [...(cells.get(key) ?? []), stakeholder]);
  }
  for (const members of cells.values()) {
    members.sort(
      (left, right) =>
        stageRank(right.guidelinesStage) - stageRank(left.guidelinesStage) || left.name.localeCompare(right.name),
    );
  }
  return cells;
}

const clamp = (score: number) => Math.min(5, Math.max(1, score));

/** Where an arrow key moves a stakeholder (up: more influence, right: more interest), or null. */
export function scoresAfterKey(key: string, from: Scores): Scores | null {
  const step: Record<string, Scores> = {
    ArrowUp: { influence: 1, interest: 0 },
    ArrowDown: { influence: -1, interest: 0 },
    ArrowRight: { influence: 0, interest: 1 },
    ArrowLeft: { influence: 0, interest: -1 },
  };
  const delta = step[key];
  if (!delta) return null;
  const to = { influence: clamp(from.influence + delta.influence), interest: clamp(from.interest + delta.interest) };
  return to.influence === from.influence && to.interest === from.interest ? null : to;
}

/** The grid cell under a point on screen, read from the cells' data attributes. */
export function cellAtPoint(x: number, y: number): Scores | null {
  const cell = document
    .elementsFromPoint(x, y)
    .find((element) => element instanceof HTMLElement && element.dataset.cellInfluence);
  if (!(cell instanceof HTMLElement)) return null;
  return { influence: Number(cell.dataset.cellInfluence), interest: Number(cell.dataset.cellInterest) };
}
