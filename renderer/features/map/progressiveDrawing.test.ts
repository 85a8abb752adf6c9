import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { drawingProgress, nextDrawingStep, STAKEHOLDERS_PER_STEP } from './progressiveDrawing';

const frame: ElementDefinition = {
  data: { id: 'category-group:campania:municipality' },
  classes: 'category-group-open',
};
const closedGroup: ElementDefinition = { data: { id: 'group:lazio', count: 900 }, classes: 'region-summary' };
const stakeholder = (index: number): ElementDefinition => ({ data: { id: `s${index}` }, classes: 'stakeholder' });
const tie = (from: number, to: number): ElementDefinition => ({
  data: { id: `r${from}-${to}`, source: `s${from}`, target: `s${to}` },
  classes: 'relationship',
});
const tieToGroup = (from: number): ElementDefinition => ({
  data: { id: `t${from}`, source: `s${from}`, target: 'group:lazio' },
  classes: 'ties',
});

/** A group of `count` members opened: each member tied to the next and to a closed region. */
function openedGroup(count: number): ElementDefinition[] {
  const members = Array.from({ length: count }, (_, index) => stakeholder(index));
  const lines = members.slice(1).map((_, index) => tie(index, index + 1));
  return [closedGroup, frame, ...members, ...lines, ...members.map((_, index) => tieToGroup(index))];
}

const ids = (elements: readonly ElementDefinition[]) => elements.map((element) => String(element.data.id));
const stakeholdersIn = (elements: readonly ElementDefinition[]) =>
  elements.filter((element) => element.classes === 'stakeholder');

describe('nextDrawingStep', () => {
  it('draws an addition that fits one step at once', () => {
    const before = [closedGroup];
    const target = openedGroup(10);
    expect(nextDrawingStep(before, target, null, 10)).toBe(target);
    expect(drawingProgress(target, target)).toBeNull();
  });

  it('draws at once an addition whose last step would hold less than half a step', () => {
    // A region's reception centres at 10,000 stakeholders (340, the map bench's filter): in two
    // steps of 250 and 90, the second cost a frame and a redraw of all 340 for 90 of them.
    const target = openedGroup(14);
    expect(nextDrawingStep([closedGroup], target, null, 10)).toBe(target);
    const reception = openedGroup(340);
    expect(nextDrawingStep([closedGroup], reception)).toBe(reception);
    expect(drawingProgress(reception, reception)).toBeNull();
    // Half a step or more left over keeps its own step.
    expect(stakeholdersIn(nextDrawingStep([closedGroup], openedGroup(15), null, 10))).toHaveLength(10);
    expect(stakeholdersIn(nextDrawingStep([closedGroup], openedGroup(451)))).toHaveLength(STAKEHOLDERS_PER_STEP);
  });

  it('adds a large group a step at a time, frames first, with only the lines between what is drawn', () => {
    const target = openedGroup(25);
    const first = nextDrawingStep([closedGroup], target, null, 10);
    expect(ids(stakeholdersIn(first))).toEqual(ids(target.slice(2, 12)));
    expect(ids(first)).toContain(String(frame.data.id));
    expect(ids(first)).toContain('group:lazio');
    const drawnIds = new Set(ids(first));
    for (const line of first.filter((element) => element.data.source)) {
      expect(drawnIds.has(String(line.data.source)) && drawnIds.has(String(line.data.target))).toBe(true);
    }
    expect(ids(first)).toContain('r8-9');
    expect(ids(first)).not.toContain('r9-10');
    expect(drawingProgress(first, target)).toEqual({ drawn: 10, total: 25 });

    const second = nextDrawingStep(first, target, null, 10);
    expect(stakeholdersIn(second)).toHaveLength(20);
    expect(ids(second)).toEqual(expect.arrayContaining(ids(first)));
    expect(nextDrawingStep(second, target, null, 10)).toBe(target);
  });

  it('draws the selected stakeholder in the first step, wherever it is in the group', () => {
    const target = openedGroup(25);
    const first = nextDrawingStep([closedGroup], target, 's24', 10);
    expect(ids(stakeholdersIn(first))).toEqual(['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's24']);
    expect(ids(first)).toContain('t24');
  });

  it('removes at once what the target no longer has', () => {
    const opened = openedGroup(25);
    const closed = [closedGroup];
    expect(nextDrawingStep(opened, closed, null, 10)).toBe(closed);
  });
});
