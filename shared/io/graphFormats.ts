import type { Relationship } from '../domain/relationship';
import type { Stakeholder } from '../domain/stakeholder';
import { escapeXml } from './xmlText';

// The map for Gephi and Cytoscape desktop: GEXF 1.2 (the version every reader knows,
// Gephi's and networkx's included) and GraphML, with the attributes a network analyst
// filters and colours by.

export interface GraphExportInput {
  stakeholders: readonly Stakeholder[];
  relationships: readonly Relationship[];
}

const NODE_ATTRIBUTES = ['category', 'region', 'sector', 'stage', 'level', 'influence', 'interest'] as const;
const EDGE_ATTRIBUTES = ['type', 'strength', 'status', 'directed'] as const;

function nodeValues(stakeholder: Stakeholder): Record<(typeof NODE_ATTRIBUTES)[number], string> {
  return {
    category: stakeholder.categoryId,
    region: stakeholder.region ?? '',
    sector: stakeholder.sector,
    stage: stakeholder.guidelinesStage,
    level: stakeholder.level,
    influence: String(stakeholder.influence),
    interest: String(stakeholder.interest),
  };
}

function linkedRelationships({ stakeholders, relationships }: GraphExportInput): Relationship[] {
  const ids = new Set(stakeholders.map((stakeholder) => stakeholder.id));
  return relationships.filter((relationship) => ids.has(relationship.sourceId) && ids.has(relationship.targetId));
}

const NUMERIC = new Set(['influence', 'interest', 'strength']);
const BOOLEAN = new Set(['directed']);

export function toGexf(input: GraphExportInput, createdOn: string): string {
  const attributeType = (name: string) => (NUMERIC.has(name) ? 'integer' : BOOLEAN.has(name) ? 'boolean' : 'string');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    `  <meta lastmodifieddate="${escapeXml(createdOn)}"><creator>Trama</creator></meta>`,
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node">',
    ...NODE_ATTRIBUTES.map(
      (name, index) => `      <attribute id="n${index}" title="${name}" type="${attributeType(name)}"/>`,
    ),
    '    </attributes>',
    '    <attributes class="edge">',
    ...EDGE_ATTRIBUTES.map(
      (name, index) => `      <attribute id="e${index}" title="${name}" type="${attributeType(name)}"/>`,
    ),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const stakeholder of input.stakeholders) {
    const values = nodeValues(stakeholder);
    lines.push(`      <node id="${escapeXml(stakeholder.id)}" label="${escapeXml(stakeholder.name)}"><attvalues>`);
    NODE_ATTRIBUTES.forEach((name, index) =>
      lines.push(`        <attvalue for="n${index}" value="${escapeXml(values[name])}"/>`),
    );
    lines.push('      </attvalues></node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const relationship of linkedRelationships(input)) {
    const values = {
      type: relationship.type,
      strength: String(relationship.strength),
      status: relationship.status,
      directed: String(relationship.isDirected),
    };
    lines.push(
      `      <edge id="${escapeXml(relationship.id)}" source="${escapeXml(relationship.sourceId)}" target="${escapeXml(relationship.targetId)}" weight="${relationship.strength}"><attvalues>`,
    );
    EDGE_ATTRIBUTES.forEach((name, index) =>
      lines.push(`        <attvalue for="e${index}" value="${escapeXml(values[name])}"/>`),
    );
    lines.push('      </attvalues></edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

export function toGraphml(input: GraphExportInput): string {
  const keyType = (name: string) => (NUMERIC.has(name) ? 'int' : BOOLEAN.has(name) ? 'boolean' : 'string');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    ...NODE_ATTRIBUTES.map(
      (name) => `  <key id="${name}" for="node" attr.name="${name}" attr.type="${keyType(name)}"/>`,
    ),
    ...EDGE_ATTRIBUTES.map(
      (name) => `  <key id="${name}" for="edge" attr.name="${name}" attr.type="${keyType(name)}"/>`,
    ),
    '  <graph id="trama" edgedefault="undirected">',
  ];
  for (const stakeholder of input.stakeholders) {
    const values = nodeValues(stakeholder);
    lines.push(
      `    <node id="${escapeXml(stakeholder.id)}">`,
      `      <data key="label">${escapeXml(stakeholder.name)}</data>`,
    );
    for (const name of NODE_ATTRIBUTES) lines.push(`      <data key="${name}">${escapeXml(values[name])}</data>`);
    lines.push('    </node>');
  }
  for (const relationship of linkedRelationships(input)) {
    lines.push(
      // Direction travels as data: many readers refuse graphs that mix directed and undirected edges.
      `    <edge id="${escapeXml(relationship.id)}" source="${escapeXml(relationship.sourceId)}" target="${escapeXml(relationship.targetId)}">`,
      `      <data key="type">${escapeXml(relationship.type)}</data>`,
      `      <data key="strength">${relationship.strength}</data>`,
      `      <data key="status">${relationship.status}</data>`,
      `      <data key="directed">${relationship.isDirected}</data>`,
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
