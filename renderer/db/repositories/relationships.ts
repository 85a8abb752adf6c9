import {
  relationshipInputSchema,
  type Relationship,
  type RelationshipInput,
} from '../../../shared/domain/relationship';
import { parseOrThrow, ValidationError } from '../../../shared/domain/validation';
import { tieSpan, type TieDates, type TieSpan } from '../../../shared/analysis/activeOnDay';
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

/**
 * Whether two ties' spans (tieSpan) share a day. One marked inactive with no end date is active
 * on no day, so it shares none: it stopped when nobody recorded, and the same tie may start again.
 */
function spansOverlap(one: TieSpan | null, other: TieSpan | null): boolean {
  if (one === null || other === null) return false;
  return (other.end === null || one.start <= other.end) && (one.end === null || other.start <= one.end);
}

/** Whether every day of `inner` is a day of `outer` (a span of no days is within any). */
function isSpanWithin(inner: TieSpan | null, outer: TieSpan | null): boolean {
  if (inner === null) return true;
  if (outer === null) return false;
  const endsInside = outer.end === null || (inner.end !== null && inner.end <= outer.end);
  return inner.start >= outer.start && endsInside;
}

// Each copy of a tie would count again wherever ties are counted (the dashboard's bridges, the
// map's edges, the report). A tie that ended and started again is two periods of it, each read
// "as of a day" on its own: only periods sharing a day are copies. Only the forms' writes are
// checked: a restore or a teammate's records arriving by sync are stored as they come.
async function assertNotStoredYet(db: TramaDatabase, tie: Tie & TieDates, ownId?: string): Promise<void> {
  const span = tieSpan(tie);
  const sameEnds = await db.relationships.where('sourceId').anyOf([tie.sourceId, tie.targetId]).toArray();
  const isCopy = (stored: Relationship) =>
    stored.id !== ownId && isSameTie(stored, tie) && spansOverlap(tieSpan(stored), span);
  if (sameEnds.some(isCopy)) {
    throw new ValidationError([{ field: 'type', reason: 'duplicate-relationship' }]);
  }
}

export async function createRelationship(db: TramaDatabase, input: RelationshipInput): Promise<Relationship> {
  const fields = parseOrThrow(relationshipInputSchema, input);
  return db.transaction('rw', db.relationships, db.stakeholders, async () => {
    await assertEndsExist(db, fields);
    const relationship: Relationship = { ...newRecordBase(), ...fields };
    await assertNotStoredYet(db, relationship);
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
    const relationship: Relationship = { ...before, ...fields, updatedAt: nowIso() };
    // Copies stored before this check (an older backup) can still have their notes edited, and
    // their periods shortened: only a change that could make a new copy is checked.
    const isSameTieAsBefore = isSameTie(before, fields) && before.isDirected === fields.isDirected;
    if (!isSameTieAsBefore || !isSpanWithin(tieSpan(relationship), tieSpan(before))) {
      await assertNotStoredYet(db, relationship, id);
    }
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
