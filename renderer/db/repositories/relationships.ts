import {
  relationshipInputSchema,
  type Relationship,
  type RelationshipInput,
} from '../../../shared/domain/relationship';
import { parseOrThrow, ValidationError } from '../../../shared/domain/validation';
import type { TramaDatabase } from '../db';
import { RecordGoneError } from '../recordGone';
import { newRecordBase, nowIso } from '../timestamps';
import { isWithinTie, storedCopiesOf } from '../tieCopies';
import { emptyChange, recordBefore, recordCreated, type UndoableChange } from '../undo';

async function assertEndsExist(db: TramaDatabase, fields: { sourceId: string; targetId: string }): Promise<void> {
  const [source, target] = await db.stakeholders.bulkGet([fields.sourceId, fields.targetId]);
  if (!source) throw new ValidationError([{ field: 'sourceId', reason: 'unknown-stakeholder' }]);
  if (!target) throw new ValidationError([{ field: 'targetId', reason: 'unknown-stakeholder' }]);
}

/** Refuses a tie already stored over a shared day (tieCopies.ts), apart from the record itself. */
async function assertNotStoredYet(db: TramaDatabase, tie: Relationship, ownId?: string): Promise<void> {
  if ((await storedCopiesOf(db, tie, (stored) => stored.id === ownId)).length > 0) {
    throw new ValidationError([{ field: 'type', reason: 'duplicate-relationship' }]);
  }
}

export async function createRelationship(db: TramaDatabase, input: RelationshipInput): Promise<Relationship> {
  return (await createRelationshipWithChange(db, input)).relationship;
}

/** Creates a relationship, with the change that takes it back (the form's notice offers Undo). */
export async function createRelationshipWithChange(
  db: TramaDatabase,
  input: RelationshipInput,
): Promise<{ relationship: Relationship; change: UndoableChange }> {
  const fields = parseOrThrow(relationshipInputSchema, input);
  return db.transaction('rw', db.relationships, db.stakeholders, async () => {
    await assertEndsExist(db, fields);
    const relationship: Relationship = { ...newRecordBase(), ...fields };
    await assertNotStoredYet(db, relationship);
    await db.relationships.add(relationship);
    const change = emptyChange();
    recordCreated(change, 'relationships', [relationship.id]);
    return { relationship, change };
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
    const relationship: Relationship = { ...before, ...fields, updatedAt: nowIso() };
    // Only a change that could make a new copy is checked (isWithinTie).
    if (!isWithinTie(relationship, before)) await assertNotStoredYet(db, relationship, id);
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
