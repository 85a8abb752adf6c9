import {
  relationshipInputSchema,
  type Relationship,
  type RelationshipInput,
} from '../../../shared/domain/relationship';
import { parseOrThrow, ValidationError } from '../../../shared/domain/validation';
import type { TramaDatabase } from '../db';
import { newRecordBase, nowIso } from '../timestamps';
import { emptyChange, recordBefore, type UndoableChange } from '../undo';

async function assertEndsExist(db: TramaDatabase, fields: { sourceId: string; targetId: string }): Promise<void> {
  const [source, target] = await db.stakeholders.bulkGet([fields.sourceId, fields.targetId]);
  if (!source) throw new ValidationError([{ field: 'sourceId', reason: 'unknown-stakeholder' }]);
  if (!target) throw new ValidationError([{ field: 'targetId', reason: 'unknown-stakeholder' }]);
}

export async function createRelationship(db: TramaDatabase, input: RelationshipInput): Promise<Relationship> {
  const fields = parseOrThrow(relationshipInputSchema, input);
  return db.transaction('rw', db.relationships, db.stakeholders, async () => {
    await assertEndsExist(db, fields);
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
    if (!before) throw new Error(`Relationship ${id} no longer exists`);
    await assertEndsExist(db, fields);
    const relationship: Relationship = { ...before, ...fields, updatedAt: nowIso() };
    await db.relationships.put(relationship);
    const change = emptyChange();
    recordBefore(change, 'relationships', [before]);
    return { relationship, change };
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
