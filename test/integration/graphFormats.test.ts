import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGexf, toGraphml } from '../../shared/io/graphFormats';
import { buildSampleNetwork } from '../../shared/sample/sampleNetwork';
import { runPython } from './readBack';

const READ_GRAPH = `
import json, sys
import networkx as nx
graph = nx.read_gexf(sys.argv[1]) if sys.argv[2] == "gexf" else nx.read_graphml(sys.argv[1])
node = dict(graph.nodes[sys.argv[3]])
edge = next(iter(graph.edges(data=True)))
print(json.dumps({"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "node": node, "edgeData": edge[2]}))
`;

interface GraphSummary {
  nodes: number;
  edges: number;
  node: Record<string, unknown>;
  edgeData: Record<string, unknown>;
}

const sample = buildSampleNetwork('2026-11-22');
const tricky = {
  ...sample.stakeholders[0]!,
  id: 'tricky',
  name: 'Cooperativa "Ponti & Parole" <test> – Città 🙂\u0001',
};
const input = { stakeholders: [tricky, ...sample.stakeholders], relationships: sample.relationships };
const folder = mkdtempSync(path.join(tmpdir(), 'trama-graph-'));

function readBack(format: 'gexf' | 'graphml', text: string): GraphSummary {
  const file = path.join(folder, `map.${format}`);
  writeFileSync(file, text, 'utf8');
  return runPython<GraphSummary>(READ_GRAPH, file, format, 'tricky');
}

describe('network files read back by networkx', () => {
  it('GEXF keeps every node and edge with their attributes', () => {
    const graph = readBack('gexf', toGexf(input, '2026-11-22'));
    expect(graph.nodes).toBe(input.stakeholders.length);
    // The sample has one relationship per pair, so every relationship is one edge.
    expect(graph.edges).toBe(sample.relationships.length);
    expect(graph.node).toMatchObject({
      label: 'Cooperativa "Ponti & Parole" <test> – Città 🙂',
      category: tricky.categoryId,
      region: tricky.region ?? '',
      stage: tricky.guidelinesStage,
    });
    expect(graph.edgeData).toHaveProperty('type');
    expect(graph.edgeData).toHaveProperty('strength');
  });

  it('GraphML keeps every node and edge with their attributes', () => {
    const graph = readBack('graphml', toGraphml(input));
    expect(graph.nodes).toBe(input.stakeholders.length);
    expect(graph.edges).toBe(sample.relationships.length);
    expect(graph.node).toMatchObject({
      label: 'Cooperativa "Ponti & Parole" <test> – Città 🙂',
      sector: tricky.sector,
      influence: tricky.influence,
    });
    expect(graph.edgeData).toMatchObject({ type: expect.any(String), strength: expect.any(Number) });
  });
});
