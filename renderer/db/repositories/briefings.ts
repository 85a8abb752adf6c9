import { followUpInputSchema, type FollowUp } from '../../../shared/domain/action';
import { briefingFieldsSchema, type Briefing, type BriefingInput } from '../../../shared/domain/briefing';
import { isoDateSchema } from '../../../shared/domain/common';
import { parseOrThrow } from '../../../shared/domain/validation';
import type { TramaDatabase } from '../db';
import { newRecordBase, nowIso } from '../timestamps';
import { emptyChange, recordBefore, recordCreated, type UndoableChange } from '../undo';

export async function createBriefing(db: TramaDatabase, input: BriefingInput): Promise<Briefing> {
  const briefing: Briefing = { ...newRecordBase(), ...parseOrThrow(briefingFieldsSchema, input) };
  await db.briefings.add(briefing);
  return briefing;
}

/** Saves the coordinator's edits (title, sections, agenda); the rest of a briefing is derived. */
export async function updateBriefing(db: TramaDatabase, id: string, patch: Partial<BriefingInput>): Promise<Briefing> {
  return db.transaction('rw', db.briefings, async () => {
    const before = await db.briefings.get(id);
    if (!before) throw new Error(`Briefing ${id} no longer exists`);
    const fields = parseOrThrow(briefingFieldsSchema, { ...before, ...patch });
    const briefing: Briefing = { ...before, ...fields, updatedAt: nowIso() };
    await db.briefings.put(briefing);
    return briefing;
  });
}

export async function deleteBriefing(db: TramaDatabase, id: string): Promise<UndoableChange> {
  return db.transaction('rw', db.briefings, async () => {
    const change = emptyChange();
    const before = await db.briefings.get(id);
    if (before) recordBefore(change, 'briefings', [before]);
    await db.briefings.delete(id);
    return change;
  });
}

/** Briefings built from one of these actions: they cannot outlive it. */
export function briefingsStartedFrom(db: TramaDatabase, isGone: (actionId: string) => boolean): Promise<Briefing[]> {
  return db.briefings.filter((row) => row.source.kind === 'action' && isGone(row.source.actionId)).toArray();
}

export interface NewFollowUp {
  text: string;
  dueDate: string | null;
  ownerId: string | null;
}

export interface MeetingRecord {
  actionId: string;
  /** The contacts who came: they replace the planned participants. */
  attendedContactIds: string[];
  outcome: string;
  /** The meeting's day, YYYY-MM-DD (it may differ from the planned one). */
  date: string;
  followUps: NewFollowUp[];
}

/**
 * Records a meeting as held: the action becomes done with its attendance and outcome, and
 * the new follow-ups are added to it, all or nothing. Undo puts the action back as planned
 * and removes the follow-ups.
 */
export async function recordMeetingDone(db: TramaDatabase, record: MeetingRecord): Promise<UndoableChange> {
  const date = parseOrThrow(isoDateSchema, record.date);
  const followUpFields = record.followUps.map((followUp) => parseOrThrow(followUpInputSchema, { ...followUp, actionId: record.actionId, doneOn: null }));
  return db.transaction('rw', db.actions, db.followUps, async () => {
    const before = await db.actions.get(record.actionId);
    if (!before) throw new Error(`Action ${record.actionId} no longer exists`);
    const change = emptyChange();
    recordBefore(change, 'actions', [before]);
    await db.actions.put({ ...before, status: 'done', date, outcome: record.outcome.trim(), participantIds: [...new Set(record.attendedContactIds)], updatedAt: nowIso() });
    const followUps: FollowUp[] = followUpFields.map((fields) => ({ ...newRecordBase(), ...fields }));
    await db.followUps.bulkAdd(followUps);
    recordCreated(change, 'followUps', followUps.map((followUp) => followUp.id));
    return change;
  });
}
