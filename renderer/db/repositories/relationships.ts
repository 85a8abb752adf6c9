import {
  relationshipInputSchema,
  type Relationship,
  type RelationshipInput,
} from '../../../shared/domain/relationship';
import { parseOrThrow, ValidationError } from '../../../shared/domain/validation';
import type { TramaDatabase } from '../db';
import { RecordGoneError } from '../recordGone';
import { newRecordBase, nowIso } from '../timestamps';
import { emptyChange, recordBefore, type UndoableChange } from '../undo';

type Tie = Pick<Relationship, 'sourceId' | 'targetId' | 'type' | 'isDirected'>;

async function assertEndsExist(db: TramaDatabase, fields: { sourceId: string; targetId: string }): Promise<void> {
  const [source, target] = await db.stakeholders.bulkGet([fields.sourceId, fields.targetId]);
  if (!source) throw new ValidationError([{ field: 'sourceId', reason: 'unknown-stakeholder' }]);
  if (!target) throw new ValidationError([{ field: 'targetId', reason: 'unknown-stakeholder' }]);
}

/**
 * The same tie: the same two stakeholders and the same type (in any case). Only two directed
 * ties pointing opposite ways are two ties (A funds B, B funds A); an undirected one already
 * joins both ways.
 */
export function isSameTie(one: Tie, other: Tie): boolean {
  if (one.type.toLocaleLowerCase() !== other.type.toLocaleLowerCase()) return false;
  if (one.sourceId === other.sourceId && one.targetId === other.targetId) return true;
  const isMirrored = one.sourceId === other.targetId && one.targetId === other.sourceId;
  return isMirrored && !(one.isDirected && other.isDirected);
}

// Each copy of a tie would count again wherever ties are counted (the dashboard's bridges, the
// map's edges, the report). Only the forms' writes are checked: a restore or a teammate's
// records arriving by sync are stored as they come.
async function assertNotStoredYet(db: TramaDatabase, tie: Tie, ownId?: string): Promise<void> {
  const sameEnds = await db.relationships.where('sourceId').anyOf([tie.sourceId, tie.targetId]).toArray();
  if (sameEnds.some((stored) => stored.id !== ownId && isSameTie(stored, tie))) {
    throw new ValidationError([{ field: 'type', reason: 'duplicate-relationship' }]);
  }
}

export async function createRelationship(db: TramaDatabase, input: RelationshipInput): Promise<Relationship> {
  const fields = parseOrThrow(relationshipInputSchema, input);
  return db.transaction('rw', db.relationships, db.stakeholders, async () => {
    await assertEndsExist(db, fields);
    await assertNotStoredYet(db, fields);
    const relationship: Relationship = { ...newRecordBase(), ...fields };
    await db.relationships.add(relationship);
    return relationship;
  });
}

export async function updateRelationship(
  db: TramaDatabase,
  id: string,
  input: RelationshipInput,
): Promise<{ relationship: Relationship; change: UndoableChange }> {
  const fields = parseOrThrow(relationshipInputSchema, input);
  return db.transaction('rw', db.relationships, db.stakeholders, async () => {
    const before = await db.relationships.get(id);
    if (!before) throw new RecordGoneError('relationships', id);
    await assertEndsExist(db, fields);
    // Copies stored before this check (an older backup) can still have their notes edited.
    const isSameTieAsBefore = isSameTie(before, fields) && before.isDirected === fields.isDirected;
    if (!isSameTieAsBefore) await assertNotStoredYet(db, fields, id);
    const relationship: Relationship = { ...before, ...fields, updatedAt: nowIso() };
    await db.relationships.put(relationship);
    const change = emptyChange();
    recordBefore(change, 'relationships', [before]);
    return { relationship, change };
  });
}

/** Changes only the fields given, onto the relationship as it is now (see patchStakeholder). */
export async function patchRelationship(
  db: TramaDatabase,
  id: string,
  patch: Partial<RelationshipInput>,
): Promise<{ relationship: Relationship; change: UndoableChange }> {
  return db.transaction('rw', db.relationships, db.stakeholders, async () => {
    const current = await db.relationships.get(id);
    if (!current) throw new RecordGoneError('relationships', id);
    return updateRelationship(db, id, { ...current, ...patch });
  });
}

export async function deleteRelationship(db: TramaDatabase, id: string): Promise<UndoableChange> {
  return db.transaction('rw', db.relationships, async () => {
    const change = emptyChange();
    const before = await db.relationships.get(id);
    if (before) {
      recordBefore(change, 'relationships', [before]);
      await db.relationships.delete(id);
    }
    return change;
  });
}
