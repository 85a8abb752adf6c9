// Centrality measures on the stakeholder network, treated as undirected and unweighted
// (a coordination tie counts the same either way; strengths are not distances).

export interface GraphEdge {
  sourceId: string;
  targetId: string;
}

interface IndexedGraph {
  ids: readonly string[];
  neighbours: readonly number[][];
}

function indexGraph(nodeIds: readonly string[], edges: readonly GraphEdge[]): IndexedGraph {
  const indexById = new Map<string, number>();
  nodeIds.forEach((id, index) => indexById.set(id, index));
  const neighbourSets = nodeIds.map(() => new Set<number>());
  for (const edge of edges) {
    const source = indexById.get(edge.sourceId);
    const target = indexById.get(edge.targetId);
    // Parallel edges and self-loops do not add paths; edges to unknown nodes are ignored.
    if (source === undefined || target === undefined || source === target) continue;
    neighbourSets[source]!.add(target);
    neighbourSets[target]!.add(source);
  }
  return { ids: nodeIds, neighbours: neighbourSets.map((set) => [...set]) };
}

/** Number of distinct neighbours of each node. */
export function degreeCentrality(nodeIds: readonly string[], edges: readonly GraphEdge[]): Map<string, number> {
  const graph = indexGraph(nodeIds, edges);
  return new Map(graph.ids.map((id, index) => [id, graph.neighbours[index]!.length]));
}

export interface BetweennessOptions {
  /** Divide by (n-1)(n-2)/2 so values lie in [0, 1]. */
  isNormalised?: boolean;
  /**
   * Use only these many evenly spread source nodes and scale up (Brandes & Pich):
   * an estimate for very large networks. Exact when omitted or ≥ node count.
   */
  sourceSampleSize?: number;
}

/** Brandes' algorithm for unweighted undirected graphs, O(V·E). */
export function betweennessCentrality(
  nodeIds: readonly string[],
  edges: readonly GraphEdge[],
  options: BetweennessOptions = {},
): Map<string, number> {
  const graph = indexGraph(nodeIds, edges);
  const nodeCount = graph.ids.length;
  const centrality = new Float64Array(nodeCount);
  const sources = pickSources(nodeCount, options.sourceSampleSize);

  const stack = new Int32Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  const distance = new Int32Array(nodeCount);
  const pathCount = new Float64Array(nodeCount);
  const dependency = new Float64Array(nodeCount);
  const predecessors: number[][] = graph.ids.map(() => []);

  for (const source of sources) {
    distance.fill(-1);
    pathCount.fill(0);
    dependency.fill(0);
    for (const list of predecessors) list.length = 0;
    distance[source] = 0;
    pathCount[source] = 1;
    let head = 0;
    let tail = 0;
    let stackSize = 0;
    queue[tail++] = source;
    while (head < tail) {
      const current = queue[head++]!;
      stack[stackSize++] = current;
      for (const neighbour of graph.neighbours[current]!) {
        if (distance[neighbour] === -1) {
          distance[neighbour] = distance[current]! + 1;
          queue[tail++] = neighbour;
        }
        if (distance[neighbour] === distance[current]! + 1) {
          pathCount[neighbour]! += pathCount[current]!;
          predecessors[neighbour]!.push(current);
        }
      }
    }
    while (stackSize > 0) {
      const node = stack[--stackSize]!;
      for (const predecessor of predecessors[node]!) {
        dependency[predecessor]! += (pathCount[predecessor]! / pathCount[node]!) * (1 + dependency[node]!);
      }
      if (node !== source) centrality[node]! += dependency[node]!;
    }
  }

  // Each undirected path was counted from both ends.
  let scale = 0.5 * (nodeCount / Math.max(sources.length, 1));
  if (options.isNormalised && nodeCount > 2) scale /= ((nodeCount - 1) * (nodeCount - 2)) / 2;
  return new Map(graph.ids.map((id, index) => [id, centrality[index]! * scale]));
}

function pickSources(nodeCount: number, sampleSize: number | undefined): number[] {
  if (sampleSize === undefined || sampleSize >= nodeCount) {
    return Array.from({ length: nodeCount }, (_, index) => index);
  }
  const step = nodeCount / Math.max(sampleSize, 1);
  return Array.from({ length: sampleSize }, (_, index) => Math.floor(index * step));
}
