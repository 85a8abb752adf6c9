import cytoscape, { type Core, type ElementDefinition, type StylesheetJsonBlock } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { installCytoscapeFastPaths } from './cytoscapeFastPaths';

// Cytoscape caches whether an element is visible; a line must follow its ends when they
// are hidden and shown again (the map's filters), with and without compound nodes.

const STYLE: StylesheetJsonBlock[] = [{ selector: '.filtered-out', style: { display: 'none' } }];

/** Whether each line is drawn, once Cytoscape has applied pending styles as it does before drawing. */
function drawn(cy: Core, ...edgeIds: string[]): boolean[] {
  cy.nodes().forEach((node) => void node.style('display'));
  return edgeIds.map((id) => cy.$id(id).visible());
}

function network(withParent: boolean) {
  const elements: ElementDefinition[] = [
    ...(withParent ? [{ data: { id: 'frame' } }] : []),
    ...['a', 'b', 'c'].map((id) => ({ data: { id, ...(withParent ? { parent: 'frame' } : {}) } })),
    { data: { id: 'ab', source: 'a', target: 'b' } },
    { data: { id: 'bc', source: 'b', target: 'c' } },
  ];
  return cytoscape({ headless: true, styleEnabled: true, style: STYLE, elements });
}

describe.each([false, true])('installCytoscapeFastPaths (compound nodes: %s)', (withParent) => {
  it('hides a line with either of its ends and shows it again with both', () => {
    installCytoscapeFastPaths();
    const cy = network(withParent);
    expect(drawn(cy, 'ab', 'bc')).toEqual([true, true]);

    cy.$id('a').addClass('filtered-out');
    expect(drawn(cy, 'ab', 'bc')).toEqual([false, true]);

    cy.batch(() => {
      cy.$id('a').removeClass('filtered-out');
      cy.$id('c').addClass('filtered-out');
    });
    expect(drawn(cy, 'ab', 'bc')).toEqual([true, false]);

    cy.$id('c').removeClass('filtered-out');
    expect(drawn(cy, 'ab', 'bc')).toEqual([true, true]);
  });

  it('keeps a node’s own looks up to date', () => {
    installCytoscapeFastPaths();
    const cy = network(withParent);
    const a = cy.$id('a');
    expect(a.visible()).toBe(true);
    a.style('opacity', 0);
    expect(a.visible()).toBe(false);
    a.style('opacity', 1);
    expect(a.visible()).toBe(true);
  });
});
