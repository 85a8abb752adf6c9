import { RELATIONSHIP_TYPES } from '../../../shared/domain/enums';
import type { Relationship, RelationshipInput } from '../../../shared/domain/relationship';
import { changedFields } from './changedFields';

export type Direction = 'none' | 'outgoing' | 'incoming';

/** A relationship seen from one of its ends: the form edits it that way. */
export interface RelationshipDraft {
  otherId: string;
  /** A default type, or CUSTOM_TYPE when `customType` holds the user's own. */
  type: string;
  customType: string;
  direction: Direction;
  strength: string;
  status: Relationship['status'];
  since: string;
  until: string;
  notes: string;
}

export const CUSTOM_TYPE = '__custom__';

function isDefaultType(type: string): boolean {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(type);
}

export function draftFromRelationship(relationship: Relationship | undefined, viewpointId: string): RelationshipDraft {
  if (!relationship) {
    return {
      otherId: '',
      type: 'coordination',
      customType: '',
      direction: 'none',
      strength: '2',
      status: 'active',
      since: '',
      until: '',
      notes: '',
    };
  }
  const isSource = relationship.sourceId === viewpointId;
  return {
    otherId: isSource ? relationship.targetId : relationship.sourceId,
    type: isDefaultType(relationship.type) ? relationship.type : CUSTOM_TYPE,
    customType: isDefaultType(relationship.type) ? '' : relationship.type,
    direction: !relationship.isDirected ? 'none' : isSource ? 'outgoing' : 'incoming',
    strength: String(relationship.strength),
    status: relationship.status,
    since: relationship.since ?? '',
    until: relationship.until ?? '',
    notes: relationship.notes,
  };
}

/**
 * `original` is the relationship the form opened on: an undirected one keeps its ends as stored
 * when edited from its target's side, since which end is the "source" is then no change of the
 * user's.
 */
export function inputFromRelationshipDraft(
  draft: RelationshipDraft,
  viewpointId: string,
  original?: Relationship,
): RelationshipInput {
  const isIncoming = draft.direction === 'incoming';
  const isSamePairUndirected =
    draft.direction === 'none' && original?.sourceId === draft.otherId && original.targetId === viewpointId;
  const isOtherTheSource = isIncoming || isSamePairUndirected;
  return {
    sourceId: isOtherTheSource ? draft.otherId : viewpointId,
    targetId: isOtherTheSource ? viewpointId : draft.otherId,
    type: draft.type === CUSTOM_TYPE ? draft.customType : draft.type,
    isDirected: draft.direction !== 'none',
    strength: Number(draft.strength),
    status: draft.status,
    since: draft.since || null,
    until: draft.until || null,
    notes: draft.notes,
  };
}

/**
 * What a save writes: the fields the user changed, with the two ends and the direction
 * together, since any one of them alone means something else on the relationship as it is now.
 */
export function relationshipPatch(opened: RelationshipInput, edited: RelationshipInput): Partial<RelationshipInput> {
  const patch = changedFields(opened, edited);
  const isTieChanged = 'sourceId' in patch || 'targetId' in patch || 'isDirected' in patch;
  if (!isTieChanged) return patch;
  return { ...patch, sourceId: edited.sourceId, targetId: edited.targetId, isDirected: edited.isDirected };
}
