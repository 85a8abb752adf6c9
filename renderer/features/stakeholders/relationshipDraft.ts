import { RELATIONSHIP_TYPES } from '../../../shared/domain/enums';
import type { Relationship, RelationshipInput } from '../../../shared/domain/relationship';

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

export function inputFromRelationshipDraft(draft: RelationshipDraft, viewpointId: string): RelationshipInput {
  const isIncoming = draft.direction === 'incoming';
  return {
    sourceId: isIncoming ? draft.otherId : viewpointId,
    targetId: isIncoming ? viewpointId : draft.otherId,
    type: draft.type === CUSTOM_TYPE ? draft.customType : draft.type,
    isDirected: draft.direction !== 'none',
    strength: Number(draft.strength),
    status: draft.status,
    since: draft.since || null,
    until: draft.until || null,
    notes: draft.notes,
  };
}
