import cytoscape, {
  type Core,
  type CytoscapeOptions,
  type ElementDefinition,
  type StylesheetJsonBlock,
} from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { installCytoscapeFastPaths, setPictureWhileMoving } from './cytoscapeFastPaths';

// The patch replaces a method of Cytoscape's collections, written against its internals in
// one release: another release keeps the library's own method.
const collectionPrototype = (): { dirtyStyleCache: unknown } =>
  Object.getPrototypeOf(cytoscape({ headless: true, styleEnabled: false }).collection());
/** Read before anything here installs the patch. */
const libraryOwnMethod = collectionPrototype().dirtyStyleCache;
const releasedAs = (version: unknown) => Object.assign((options?: CytoscapeOptions) => cytoscape(options), { version });

describe('installCytoscapeFastPaths, by Cytoscape version', () => {
  it.each(['3.35.0', '4.0.0', '3.34.4-beta', undefined])(
    'leaves the library’s own code in place for version %s',
    (version) => {
      const isInstalled = installCytoscapeFastPaths(releasedAs(version));
      expect(collectionPrototype().dirtyStyleCache).toBe(libraryOwnMethod);
      expect(isInstalled).toBe(false);
    },
  );

  it('patches the version it was written for, the one installed here, once', () => {
    expect(installCytoscapeFastPaths(releasedAs('3.34.4'))).toBe(true);
    const patched = collectionPrototype().dirtyStyleCache;
    expect(patched).not.toBe(libraryOwnMethod);
    expect(installCytoscapeFastPaths()).toBe(true);
    expect(collectionPrototype().dirtyStyleCache).toBe(patched);
  });
});

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

// Large maps move as a picture while the user pans or zooms (Cytoscape's textureOnViewport).
describe('setPictureWhileMoving', () => {
  const withRenderer = (renderer: object | undefined) => ({ renderer: () => renderer }) as unknown as Core;

  it('switches the renderer’s picture on and off for the release it was written for', () => {
    const renderer = { textureOnViewport: false };
    expect(setPictureWhileMoving(withRenderer(renderer), true)).toBe(true);
    expect(renderer.textureOnViewport).toBe(true);
    expect(setPictureWhileMoving(withRenderer(renderer), false)).toBe(true);
    expect(renderer.textureOnViewport).toBe(false);
  });

  it.each(['3.35.0', '4.0.0', undefined])('leaves release %s as it is', (version) => {
    const renderer = { textureOnViewport: false };
    expect(setPictureWhileMoving(withRenderer(renderer), true, releasedAs(version))).toBe(false);
    expect(renderer.textureOnViewport).toBe(false);
  });

  it('leaves a renderer without the setting alone (headless, or one that renamed it)', () => {
    const renamed: Record<string, unknown> = { textureOnViewport: 'yes' };
    expect(setPictureWhileMoving(withRenderer(undefined), true)).toBe(false);
    expect(setPictureWhileMoving(withRenderer(renamed), true)).toBe(false);
    expect(renamed.textureOnViewport).toBe('yes');
    expect(setPictureWhileMoving(cytoscape({ headless: true }), true)).toBe(false);
  });
});
