import { isTieActiveOn } from '../../../shared/analysis/activeOnDay';
import type { ElementDefinition } from 'cytoscape';
import type { Agreement } from '../../../shared/domain/agreement';
import type { MapColourBy, MapLayoutName, MapSizeBy } from '../../../shared/domain/organisation';
import { REGION_IDS } from '../../../shared/domain/regions';
import type { Relationship } from '../../../shared/domain/relationship';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import type { MapRecords } from '../../data/mapQueries';
import { NO_REGION } from '../stakeholders/stakeholderQuery';
import type { MapIndex } from './mapIndex';
import {
  AGREEMENT_LOOK,
  categoryColour,
  categoryShape,
  relationshipLook,
  sectorColour,
  sectorShape,
  stageColour,
} from './mapPalette';

// Turns records into Cytoscape elements. Pure: the same records and options always give
// equal element data, so react-cytoscapejs' shallow diff patches only what changed.

export const MAP_SHAPE_BY = ['sector', 'category'] as const;
export type MapShapeBy = (typeof MAP_SHAPE_BY)[number];

export interface MapOptions {
  layout: MapLayoutName;
  colourBy: MapColourBy;
  shapeBy: MapShapeBy;
  sizeBy: MapSizeBy;
  showAgreements: boolean;
}

export const DEFAULT_MAP_OPTIONS: MapOptions = {
  layout: 'regions',
  colourBy: 'category',
  shapeBy: 'sector',
  sizeBy: 'influence',
  showAgreements: true,
};

/** The groups drawn around stakeholders: the five regions, then everyone without one. */
export const MAP_GROUPS = [...REGION_IDS, NO_REGION] as const;
export type MapGroup = (typeof MAP_GROUPS)[number];

export const groupNodeId = (group: MapGroup): string => `group:${group}`;
export const groupOf = (stakeholder: Pick<Stakeholder, 'region'>): MapGroup => stakeholder.region ?? NO_REGION;
export const agreementEdgeId = (agreementId: string, partyId: string): string => `agreement:${agreementId}:${partyId}`;
export const isAgreementEdgeId = (edgeId: string): boolean => edgeId.startsWith('agreement:');

const MIN_SIZE = 22;
/** About what fits in 120 px at 11 px: longer names end in an ellipsis on the map. */
const LABEL_LENGTH = 24;

/**
 * A node's label, shortened here rather than by Cytoscape's 'text-wrap: ellipsis', which
 * measures the text again for every character it drops (most of the label cost of
 * drawing a few hundred stakeholders at once). The side panel shows the full name.
 */
export function mapLabel(text: string): string {
  if (text.length <= LABEL_LENGTH) return text;
  const characters = [...text];
  return characters.length <= LABEL_LENGTH
    ? text
    : `${characters
        .slice(0, LABEL_LENGTH - 1)
        .join('')
        .trimEnd()}…`;
}

const MAX_SIZE = 58;

export function nodeColour(stakeholder: Stakeholder, colourBy: MapColourBy): string {
  if (colourBy === 'sector') return sectorColour(stakeholder.sector);
  if (colourBy === 'stage') return stageColour(stakeholder.guidelinesStage);
  return categoryColour(stakeholder.categoryId);
}

export function nodeShape(stakeholder: Stakeholder, shapeBy: MapShapeBy): string {
  return shapeBy === 'category' ? categoryShape(stakeholder.categoryId) : sectorShape(stakeholder.sector);
}

/** Influence 1–5 or degree (relative to the best-connected stakeholder) mapped to a size. */
export function nodeSize(influence: number, degree: number, maxDegree: number, sizeBy: MapSizeBy): number {
  const share = sizeBy === 'degree' ? (maxDegree > 0 ? degree / maxDegree : 0) : (influence - 1) / 4;
  return Math.round(MIN_SIZE + share * (MAX_SIZE - MIN_SIZE));
}

export type { MapRecords };

/**
 * Where a node first appears, before the layout places it: spread out by a hash of its id,
 * so no two nodes start on top of each other (Cytoscape cannot draw an edge between
 * overlapping nodes) and the value never changes, so react-cytoscapejs never re-applies it.
 */
export function initialPosition(id: string): { x: number; y: number } {
  let hash = 2166136261;
  for (let index = 0; index < id.length; index += 1) hash = Math.imul(hash ^ id.charCodeAt(index), 16777619);
  const unsigned = hash >>> 0;
  return { x: (unsigned % 4001) - 2000, y: (Math.floor(unsigned / 4001) % 4001) - 2000 };
}

/**
 * One stakeholder's node; `parent` is its region group (a compound node). The overview
 * draws its frames as plain nodes instead and passes the frame's id as `frame`.
 */
export function stakeholderElement(
  stakeholder: Stakeholder,
  options: MapOptions,
  size: number,
  parent: string,
  position: { x: number; y: number },
  frame?: string,
): ElementDefinition {
  return {
    data: {
      id: stakeholder.id,
      ...(frame ? { frame } : { parent }),
      label: mapLabel(stakeholder.shortName || stakeholder.name),
      colour: nodeColour(stakeholder, options.colourBy),
      shape: nodeShape(stakeholder, options.shapeBy),
      size,
    },
    position,
    classes: 'stakeholder',
  };
}

/** `today`: YYYY-MM-DD; a tie not active then (ended, or not yet begun) is drawn faint, as its page calls it inactive. */
export function relationshipElement(relationship: Relationship, today: string): ElementDefinition {
  const look = relationshipLook(relationship.type);
  return {
    data: {
      id: relationship.id,
      source: relationship.sourceId,
      target: relationship.targetId,
      type: relationship.type,
      colour: look.colour,
      lineStyle: look.lineStyle,
      width: relationship.strength * 1.2,
      arrow: relationship.isDirected ? 'triangle' : 'none',
    },
    classes: isTieActiveOn(relationship, today) ? 'relationship' : 'relationship inactive',
  };
}

export function regionGroupElement(group: MapGroup, label: string): ElementDefinition {
  return {
    data: { id: groupNodeId(group), label, group },
    classes: 'region-group',
    selectable: false,
    grabbable: false,
  };
}

/** `index` is the one built with these records (prepareMapIndexes.ts): nodes sized by degree read it. */
export function buildMapElements(
  records: MapRecords,
  index: Pick<MapIndex, 'degrees' | 'maxDegree'>,
  options: MapOptions,
  groupLabel: (group: MapGroup) => string,
  today: string,
): ElementDefinition[] {
  const ids = new Set(records.stakeholders.map((stakeholder) => stakeholder.id));
  const { degrees, maxDegree } = index;
  const usedGroups = new Set(records.stakeholders.map(groupOf));
  const elements: ElementDefinition[] = MAP_GROUPS.filter((group) => usedGroups.has(group)).map((group) =>
    regionGroupElement(group, groupLabel(group)),
  );
  for (const stakeholder of records.stakeholders) {
    const size = nodeSize(stakeholder.influence, degrees.get(stakeholder.id) ?? 0, maxDegree, options.sizeBy);
    elements.push(
      stakeholderElement(
        stakeholder,
        options,
        size,
        groupNodeId(groupOf(stakeholder)),
        initialPosition(stakeholder.id),
      ),
    );
  }
  for (const relationship of records.relationships) {
    if (!ids.has(relationship.sourceId) || !ids.has(relationship.targetId)) continue;
    elements.push(relationshipElement(relationship, today));
  }
  if (options.showAgreements) elements.push(...agreementEdges(records.agreements, ids));
  return elements;
}

/** An agreement drawn as a star from its first promoter (or first party) to the others. */
export function agreementEdges(agreements: readonly Agreement[], ids: ReadonlySet<string>): ElementDefinition[] {
  const edges: ElementDefinition[] = [];
  for (const agreement of agreements) {
    const parties = agreement.parties.filter((party) => ids.has(party.stakeholderId));
    const hub = parties.find((party) => party.role === 'promoter') ?? parties[0];
    if (!hub) continue;
    for (const party of parties) {
      if (party === hub) continue;
      edges.push({
        data: {
          id: agreementEdgeId(agreement.id, party.stakeholderId),
          source: hub.stakeholderId,
          target: party.stakeholderId,
          agreementId: agreement.id,
          status: agreement.status,
          kind: agreement.kind,
          colour: AGREEMENT_LOOK.colour,
          lineStyle: AGREEMENT_LOOK.lineStyle,
          width: 3,
          arrow: 'none',
        },
        classes: 'agreement',
      });
    }
  }
  return edges;
}
