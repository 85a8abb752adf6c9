import cytoscape from 'cytoscape';

// Cytoscape calls `dirtyStyleCache` once for every style property it applies to an element.
// For a node, its own version builds a new collection of the node's edges each time (a
// cached traversal that never hits without a selector); adding a group of 2,000 stakeholders
// built some 30,000 throwaway collections. Without compound nodes (the map uses none in its
// large-network overview) the same work is a loop over the node's own edge list. With
// compound nodes, Cytoscape's version runs unchanged, since it also dirties the family.
// Internals used: `_private.styleCache`, `_private.edges`, `_private.group`, unchanged
// across Cytoscape 3.x; cytoscapeFastPaths.test.ts checks the effect a user would miss.

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

let isInstalled = false;

export function installCytoscapeFastPaths(): void {
  if (isInstalled) return;
  isInstalled = true;
  const prototype = Object.getPrototypeOf(cytoscape({ headless: true, styleEnabled: false }).collection()) as CollectionInternals;
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
}
