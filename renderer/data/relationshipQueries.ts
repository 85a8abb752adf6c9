import type { Relationship } from '../../shared/domain/relationship';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import type { TramaDatabase } from '../db/db';
import { readInPages } from '../db/readInPages';
import { stakeholdersByIds } from './stakeholderQueries';

// Reads of the relationships table; the screens use the hooks of useRelationshipQueries.ts.

/** Every relationship, in key order, read a page at a time: 250,000 at once froze the window (readInPages). */
export function allRelationships(db: TramaDatabase): Promise<Relationship[]> {
  return readInPages(db.relationships);
}

/** Relationships with the stakeholder at either end, each once. */
export async function listRelationshipsOf(db: TramaDatabase, stakeholderId: string): Promise<Relationship[]> {
  const [outgoing, incoming] = await Promise.all([
    db.relationships.where('sourceId').equals(stakeholderId).toArray(),
    db.relationships.where('targetId').equals(stakeholderId).toArray(),
  ]);
  return [...new Map([...outgoing, ...incoming].map((row) => [row.id, row])).values()];
}

/** A relationship seen from one of its ends: the stakeholder at the other end (undefined if gone). */
export interface RelationshipFromOneEnd {
  relationship: Relationship;
  other: Stakeholder | undefined;
}

/** A stakeholder's relationships, each with the stakeholder at its other end, by that one's name. */
export async function relationshipsFrom(db: TramaDatabase, stakeholderId: string): Promise<RelationshipFromOneEnd[]> {
  const relationships = await listRelationshipsOf(db, stakeholderId);
  const others = await stakeholdersByIds(
    db,
    relationships.map((row) => (row.sourceId === stakeholderId ? row.targetId : row.sourceId)),
  );
  return relationships
    .map((relationship, index) => ({ relationship, other: others[index] }))
    .sort((a, b) => (a.other?.name ?? '').localeCompare(b.other?.name ?? ''));
}
