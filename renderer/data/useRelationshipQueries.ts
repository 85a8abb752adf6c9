import { relationshipsFrom, type RelationshipFromOneEnd } from './relationshipQueries';
import { useLiveRead } from './useLiveRead';

/** A stakeholder's relationships with the stakeholder at each other end, by name; undefined while loading. */
export function useRelationshipsFrom(stakeholderId: string): RelationshipFromOneEnd[] | undefined {
  return useLiveRead((db) => relationshipsFrom(db, stakeholderId), [stakeholderId]);
}
