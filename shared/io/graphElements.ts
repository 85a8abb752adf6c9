import { localDayOf } from '../domain/common';
import type { Agreement } from '../domain/agreement';
import type { Relationship } from '../domain/relationship';
import type { Stakeholder } from '../domain/stakeholder';
import type { ExportLabels } from './exportData';

// The network as nodes and edges with dated intervals and attributes, for the GEXF and
// GraphML writers (graphFormats.ts). Every coded value travels with its name in the interface
// language ("reception-centre" beside "Centro di accoglienza (CAS, SAI, CPA, hotspot)"): the
// code for scripts and filters that must not depend on the language, the name for people.
//
// Agreements are nodes, each tied to its parties by one edge carrying the party's role. As
// edges they would have to join every pair of parties: an agreement of 12 parties would
// become 66 ties that nobody has, inflating every centrality, and the roles (promoter,
// signatory, adherent) and the agreement's own dates and status would have nowhere to go.

export interface GraphExportInput {
  stakeholders: readonly Stakeholder[];
  relationships: readonly Relationship[];
  /** Agreements among the stakeholders; their parties outside `stakeholders` are left out. */
  agreements?: readonly Agreement[];
}

export type AttributeType = 'string' | 'integer' | 'boolean';

export const NODE_ATTRIBUTES = {
  node_type: 'string',
  node_type_name: 'string',
  category: 'string',
  category_name: 'string',
  region: 'string',
  region_name: 'string',
  sector: 'string',
  sector_name: 'string',
  stage: 'string',
  stage_name: 'string',
  level: 'string',
  level_name: 'string',
  influence: 'integer',
  interest: 'integer',
  agreement_kind: 'string',
  agreement_kind_name: 'string',
  agreement_status: 'string',
  agreement_status_name: 'string',
} as const satisfies Record<string, AttributeType>;

export const EDGE_ATTRIBUTES = {
  link: 'string',
  type: 'string',
  type_name: 'string',
  strength: 'integer',
  status: 'string',
  status_name: 'string',
  directed: 'boolean',
  role: 'string',
  role_name: 'string',
} as const satisfies Record<string, AttributeType>;

type NodeAttribute = keyof typeof NODE_ATTRIBUTES;
type EdgeAttribute = keyof typeof EDGE_ATTRIBUTES;

/** An interval of days (yyyy-mm-dd), as Gephi's timeline reads it; null ends are open. */
export interface Interval {
  start: string | null;
  end: string | null;
}

export interface GraphNode extends Interval {
  id: string;
  label: string;
  values: Partial<Record<NodeAttribute, string>>;
}

export interface GraphEdge extends Interval {
  id: string;
  source: string;
  target: string;
  weight: number;
  values: Partial<Record<EdgeAttribute, string>>;
}

/** Codes as they are: for callers (and tests) without the interface's words. */
export const CODE_LABELS: ExportLabels = {
  header: (key) => key,
  sheet: (key) => key,
  value: (_kind, value) => value,
  category: (id) => id,
  yes: 'yes',
  no: 'no',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The day of a date or date-time (on the user's calendar), or null when it is not one (a damaged record). */
function day(value: string | null | undefined): string | null {
  const date = value ? localDayOf(value) : null;
  return date !== null && ISO_DATE.test(date) ? date : null;
}

function earliest(dates: ReadonlyArray<string | null>): string | null {
  return dates.reduce<string | null>(
    (first, date) => (date !== null && (first === null || date < first) ? date : first),
    null,
  );
}

export const agreementNodeId = (agreementId: string) => `agreement:${agreementId}`;

export function graphElements(
  input: GraphExportInput,
  labels: ExportLabels,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const ids = new Set(input.stakeholders.map((stakeholder) => stakeholder.id));
  const edges: GraphEdge[] = [];
  for (const relationship of input.relationships) {
    if (!ids.has(relationship.sourceId) || !ids.has(relationship.targetId)) continue;
    edges.push({
      id: relationship.id,
      source: relationship.sourceId,
      target: relationship.targetId,
      weight: relationship.strength,
      start: day(relationship.since) ?? day(relationship.createdAt),
      end: day(relationship.until),
      values: {
        link: 'relationship',
        type: relationship.type,
        type_name: labels.value('relationshipType', relationship.type),
        strength: String(relationship.strength),
        status: relationship.status,
        status_name: labels.value('relationshipStatus', relationship.status),
        directed: String(relationship.isDirected),
      },
    });
  }
  const agreementNodes: GraphNode[] = [];
  for (const agreement of input.agreements ?? []) {
    const parties = agreement.parties.filter((party) => ids.has(party.stakeholderId));
    if (parties.length === 0) continue;
    const interval = {
      start: day(agreement.inForceFrom) ?? day(agreement.signedOn) ?? day(agreement.createdAt),
      end: day(agreement.expiresOn),
    };
    const node = agreementNodeId(agreement.id);
    agreementNodes.push({
      id: node,
      label: agreement.title,
      ...interval,
      values: {
        node_type: 'agreement',
        node_type_name: labels.header('agreement'),
        agreement_kind: agreement.kind,
        agreement_kind_name: labels.value('agreementKind', agreement.kind),
        agreement_status: agreement.status,
        agreement_status_name: labels.value('agreementStatus', agreement.status),
      },
    });
    for (const party of parties)
      edges.push({
        id: `${node}~${party.stakeholderId}`,
        source: party.stakeholderId,
        target: node,
        weight: 1,
        ...interval,
        values: {
          link: 'party',
          status: agreement.status,
          status_name: labels.value('agreementStatus', agreement.status),
          directed: 'false',
          role: party.role,
          role_name: labels.value('partyRole', party.role),
        },
      });
  }
  // A stakeholder is on the timeline from its first tie if that is older than its record:
  // Gephi hides an edge whose ends are not there yet.
  const firstTie = new Map<string, string | null>();
  for (const edge of edges)
    for (const end of [edge.source, edge.target]) firstTie.set(end, earliest([firstTie.get(end) ?? null, edge.start]));
  const stakeholderNodes = input.stakeholders.map((stakeholder): GraphNode => ({
    id: stakeholder.id,
    label: stakeholder.name,
    start: earliest([day(stakeholder.createdAt), firstTie.get(stakeholder.id) ?? null]),
    end: null,
    values: {
      node_type: 'stakeholder',
      node_type_name: labels.header('stakeholder'),
      category: stakeholder.categoryId,
      category_name: labels.category(stakeholder.categoryId),
      region: stakeholder.region ?? '',
      region_name: stakeholder.region ? labels.value('region', stakeholder.region) : '',
      sector: stakeholder.sector,
      sector_name: labels.value('sector', stakeholder.sector),
      stage: stakeholder.guidelinesStage,
      stage_name: labels.value('stage', stakeholder.guidelinesStage),
      level: stakeholder.level,
      level_name: labels.value('level', stakeholder.level),
      influence: String(stakeholder.influence),
      interest: String(stakeholder.interest),
    },
  }));
  return { nodes: [...stakeholderNodes, ...agreementNodes], edges };
}
