import type { ExportLabels } from './exportData';
import {
  CODE_LABELS,
  EDGE_ATTRIBUTES,
  graphElements,
  NODE_ATTRIBUTES,
  type AttributeType,
  type GraphExportInput,
  type Interval,
} from './graphElements';
import { escapeXml } from './xmlText';

export type { GraphExportInput } from './graphElements';

// The map for Gephi and Cytoscape desktop: GEXF and GraphML, with the attributes a network
// analyst filters and colours by (graphElements.ts). The GEXF graph is dynamic, dated by day
// (mode="dynamic" timeformat="date", start/end on nodes and edges), so Gephi's timeline plays
// the network's growth. That spelling is the same in GEXF 1.2 and 1.3 (1.3/dynamics.xsd: the
// same attributes, the same timeformat values); the file says 1.2 because Gephi reads both
// while readers such as Debian's networkx 2.8 know no 1.3 namespace and find no graph in it.
// GraphML has no time: the dates are plain "start"/"end" data.

const attribute = (value: string) => escapeXml(value);

function intervalAttributes({ start, end }: Interval): string {
  return `${start ? ` start="${start}"` : ''}${end ? ` end="${end}"` : ''}`;
}

function attributeList(kind: 'node' | 'edge', attributes: Readonly<Record<string, AttributeType>>): string[] {
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...Object.entries(attributes).map(
      ([title, type]) => `      <attribute id="${kind[0]}-${title}" title="${title}" type="${type}"/>`,
    ),
    '    </attributes>',
  ];
}

function attributeValues(kind: 'node' | 'edge', values: Readonly<Record<string, string | undefined>>): string[] {
  const present = Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined);
  if (present.length === 0) return [];
  return [
    '        <attvalues>',
    ...present.map(([title, value]) => `          <attvalue for="${kind[0]}-${title}" value="${attribute(value)}"/>`),
    '        </attvalues>',
  ];
}

export function toGexf(input: GraphExportInput, createdOn: string, labels: ExportLabels = CODE_LABELS): string {
  const { nodes, edges } = graphElements(input, labels);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    `  <meta lastmodifieddate="${attribute(createdOn)}"><creator>Trama</creator></meta>`,
    '  <graph defaultedgetype="undirected" mode="dynamic" timeformat="date">',
    ...attributeList('node', NODE_ATTRIBUTES),
    ...attributeList('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
  ];
  for (const node of nodes)
    lines.push(
      `      <node id="${attribute(node.id)}" label="${attribute(node.label)}"${intervalAttributes(node)}>`,
      ...attributeValues('node', node.values),
      '      </node>',
    );
  lines.push('    </nodes>', '    <edges>');
  for (const edge of edges)
    lines.push(
      `      <edge id="${attribute(edge.id)}" source="${attribute(edge.source)}" target="${attribute(edge.target)}" weight="${edge.weight}"${intervalAttributes(edge)}>`,
      ...attributeValues('edge', edge.values),
      '      </edge>',
    );
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

const GRAPHML_TYPES: Readonly<Record<AttributeType, string>> = { string: 'string', integer: 'int', boolean: 'boolean' };

function graphmlData(values: Readonly<Record<string, string | undefined>>, interval: Interval): string[] {
  const all = { ...values, start: interval.start ?? undefined, end: interval.end ?? undefined };
  return Object.entries(all)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `      <data key="${key}">${escapeXml(value)}</data>`);
}

export function toGraphml(input: GraphExportInput, labels: ExportLabels = CODE_LABELS): string {
  const { nodes, edges } = graphElements(input, labels);
  const keys = (kind: 'node' | 'edge', attributes: Readonly<Record<string, AttributeType>>) =>
    Object.entries({ ...attributes, start: 'string', end: 'string' } as Record<string, AttributeType>).map(
      ([name, type]) => `  <key id="${name}" for="${kind}" attr.name="${name}" attr.type="${GRAPHML_TYPES[type]}"/>`,
    );
  // A key's id is one per file: node and edge attributes share the names start and end.
  const edgeKeys = keys('edge', EDGE_ATTRIBUTES).map((line) =>
    line.replace(/key id="(start|end)"/, 'key id="edge_$1"'),
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    ...keys('node', NODE_ATTRIBUTES),
    ...edgeKeys,
    '  <graph id="trama" edgedefault="undirected">',
  ];
  for (const node of nodes)
    lines.push(
      `    <node id="${escapeXml(node.id)}">`,
      `      <data key="label">${escapeXml(node.label)}</data>`,
      ...graphmlData(node.values, node),
      '    </node>',
    );
  for (const edge of edges)
    lines.push(
      // Direction travels as data: many readers refuse graphs that mix directed and undirected edges.
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`,
      ...graphmlData(edge.values, edge).map((line) => line.replace(/data key="(start|end)"/, 'data key="edge_$1"')),
      '    </edge>',
    );
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
