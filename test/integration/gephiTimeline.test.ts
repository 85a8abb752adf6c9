import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoryLabel } from '../../shared/domain/categories';
import { toGexf, toGraphml } from '../../shared/io/graphFormats';
import { buildSampleNetwork } from '../../shared/sample/sampleNetwork';
import { exportLabels } from '../../renderer/features/import-export/exportLabels';
import { runPython } from './readBack';

// The network files as Gephi's timeline and an analyst's script see them (Debian's networkx
// 2.8, which reads GEXF 1.2 but no 1.3 namespace): GEXF with dates, spelled as in 1.2 and 1.3 (graph mode="dynamic", timeformat="date", start/end on nodes and edges), names in
// the interface language beside the codes, agreements as nodes tied to their parties.

const PYTHON = process.env.TRAMA_PYTHON ?? '/usr/bin/python3';

const READ = `
import json, sys
import networkx as nx
path, form, node_id, edge_source, edge_target, agreement_id = sys.argv[1:7]
graph = nx.read_gexf(path) if form == "gexf" else nx.read_graphml(path)
def first_edge(u, v):
    data = graph.get_edge_data(u, v) or graph.get_edge_data(v, u)
    if data is None: return None
    return dict(next(iter(data.values()))) if graph.is_multigraph() else dict(data)
print(json.dumps({
    "mode": graph.graph.get("mode"),
    "node": dict(graph.nodes[node_id]),
    "edge": first_edge(edge_source, edge_target),
    "agreement": dict(graph.nodes[agreement_id]) if agreement_id in graph else None,
    "agreementDegree": graph.degree(agreement_id) if agreement_id in graph else 0,
}, default=str))
`;

interface ReadGraph {
  mode: string | null;
  node: Record<string, unknown>;
  edge: Record<string, unknown> | null;
  agreement: Record<string, unknown> | null;
  agreementDegree: number;
}

const sample = buildSampleNetwork('2026-12-06');
const labels = exportLabels('it', (id) => categoryLabel(id, 'it'));
const input = { stakeholders: sample.stakeholders, relationships: sample.relationships, agreements: sample.agreements };
const centre = sample.stakeholders.find((stakeholder) => stakeholder.categoryId === 'reception-centre')!;
const dated = sample.relationships.find((relationship) => relationship.since !== null)!;
const agreement = sample.agreements[0]!;
const folder = mkdtempSync(path.join(tmpdir(), 'trama-gephi-'));

function read(form: 'gexf' | 'graphml', text: string): ReadGraph {
  const file = path.join(folder, `network.${form}`);
  writeFileSync(file, text, 'utf8');
  return runPython<ReadGraph>(READ, file, form, centre.id, dated.sourceId, dated.targetId, `agreement:${agreement.id}`);
}

describe('GEXF for Gephi', () => {
  const gexf = toGexf(input, '2026-12-06', labels);

  it('is a dynamic graph dated by day', () => {
    expect(gexf).toContain('<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">');
    expect(gexf).toMatch(/<graph [^>]*mode="dynamic" timeformat="date"/);
  });

  it.skipIf(!existsSync(PYTHON))('reads back in networkx with names beside codes, dates and agreements', () => {
    const graph = read('gexf', gexf);
    expect(graph.mode).toBe('dynamic');
    expect(graph.node).toMatchObject({
      category: 'reception-centre',
      category_name: 'Centro di accoglienza (CAS, SAI, CPA, hotspot)',
      sector: 'reception',
      sector_name: 'Accoglienza',
      start: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(graph.edge).toMatchObject({ start: dated.since, type: dated.type, type_name: expect.any(String) });
    expect(graph.edge!.type_name).not.toBe(dated.type);
    expect(graph.agreement).toMatchObject({ label: agreement.title, node_type: 'agreement' });
    expect(graph.agreementDegree).toBe(agreement.parties.length);
  });
});

describe('GraphML', () => {
  it.skipIf(!existsSync(PYTHON))('reads back in networkx with names beside codes, dates and agreements', () => {
    const graph = read('graphml', toGraphml(input, labels));
    expect(graph.node).toMatchObject({ category: 'reception-centre', sector_name: 'Accoglienza' });
    expect(graph.edge).toMatchObject({ start: dated.since });
    expect(graph.agreement).toMatchObject({ label: agreement.title, node_type: 'agreement' });
    expect(graph.agreementDegree).toBe(agreement.parties.length);
  });
});

if (!existsSync(PYTHON)) console.warn(`${PYTHON} is missing: the networkx read-back of GEXF and GraphML was skipped.`);
