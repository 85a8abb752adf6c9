import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';

// Cytoscape calls `dirtyStyleCache` once for every style property it applies to an element.
// For a node, its own version builds a new collection of the node's edges each time (a
// cached traversal that never hits without a selector); adding a group of 2,000 stakeholders
// built some 30,000 throwaway collections. Without compound nodes (the map uses none in its
// large-network overview) the same work is a loop over the node's own edge list. With
// compound nodes, Cytoscape's version runs unchanged, since it also dirties the family.
// Internals used: `_private.styleCache`, `_private.edges`, `_private.group`. They are no
// public interface, so the patch goes in only for the release it was read and tested
// against (package.json pins it); any other keeps Cytoscape's own method, slower on large
// overviews but right. cytoscapeFastPaths.test.ts checks the effect a user would miss.

/** The Cytoscape release whose internals the patch was written for. */
export const PATCHED_CYTOSCAPE_VERSION = '3.34.4';

interface ElementPrivate {
  group: 'nodes' | 'edges';
  styleCache: unknown;
  edges: Array<{ _private: ElementPrivate }>;
}

interface CollectionInternals {
  length: number;
  [index: number]: { _private: ElementPrivate };
  cy(): { hasCompoundNodes(): boolean };
  dirtyStyleCache(this: CollectionInternals): CollectionInternals;
}

/** Cytoscape's factory, with the version it says it is (`cytoscape.version`). */
type CytoscapeLibrary = ((options?: CytoscapeOptions) => Core) & { version?: unknown };

let isInstalled = false;

/** Whether the patch is in place: false when the library is not the release it was written for. */
export function installCytoscapeFastPaths(library: CytoscapeLibrary = cytoscape): boolean {
  if (library.version !== PATCHED_CYTOSCAPE_VERSION) return false;
  if (isInstalled) return true;
  isInstalled = true;
  const prototype = Object.getPrototypeOf(
    library({ headless: true, styleEnabled: false }).collection(),
  ) as CollectionInternals;
  const dirtyWithFamily = prototype.dirtyStyleCache;
  prototype.dirtyStyleCache = function dirtyStyleCache(this: CollectionInternals) {
    if (this.cy().hasCompoundNodes()) return dirtyWithFamily.call(this);
    for (let index = 0; index < this.length; index += 1) {
      const element = this[index]!._private;
      element.styleCache = null;
      if (element.group === 'nodes') for (const edge of element.edges) edge._private.styleCache = null;
    }
    return this;
  };
  return true;
}

/**
 * Above this many elements drawn, panning and zooming move a picture of the map instead of
 * drawing every element each frame: at 2,000 stakeholders drawn one by one (10,000 lines)
 * a single frame takes longer than a second on a busy two-core laptop, so a drag stuttered.
 */
export const PICTURE_WHILE_MOVING_FROM = 2_000;

/**
 * Whether Cytoscape moves a picture of the map while the user pans or zooms (its
 * `textureOnViewport`, read on every frame): the parts that come into view appear, and the
 * picture sharpens, once the gesture ends. Small maps keep being drawn in full while they
 * move. The option is public only as a start-up setting, so it is changed here only for the
 * release it was read against; false when left unchanged.
 */
export function setPictureWhileMoving(cy: Core, isOn: boolean, library: CytoscapeLibrary = cytoscape): boolean {
  if (library.version !== PATCHED_CYTOSCAPE_VERSION) return false;
  const renderer = (cy as unknown as { renderer(): { textureOnViewport?: unknown } | undefined }).renderer();
  if (!renderer || typeof renderer.textureOnViewport !== 'boolean') return false;
  renderer.textureOnViewport = isOn;
  return true;
}
