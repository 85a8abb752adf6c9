import type { z } from 'zod';
import {
  advocacyActionInputSchema,
  followUpInputSchema,
  type AdvocacyAction,
  type FollowUp,
} from '../../../shared/domain/action';
import {
  BRIEFING_SECTIONS,
  briefingFieldsSchema,
  type Briefing,
  type BriefingInput,
} from '../../../shared/domain/briefing';
import { parseOrThrow, toFieldIssues, ValidationError, type FieldIssue } from '../../../shared/domain/validation';
import { rebaseTyping } from '../../../shared/domain/rebaseTyping';
import type { TramaDatabase } from '../db';
import { RecordGoneError } from '../recordGone';
import { newRecordBase, nowIso } from '../timestamps';
import { emptyChange, recordBefore, recordCreated, type UndoableChange } from '../undo';

export async function createBriefing(db: TramaDatabase, input: BriefingInput): Promise<Briefing> {
  const briefing: Briefing = { ...newRecordBase(), ...parseOrThrow(briefingFieldsSchema, input) };
  await db.briefings.add(briefing);
  return briefing;
}

export type TypedBriefingField = 'title' | 'agenda' | 'meetingPlace';

/**
 * Saves the coordinator's edits (title, sections, agenda); the rest of a briefing is derived.
 * `typedOver` gives, for text typed in the editor, the stored value it was typed over: when the
 * stored value changed meanwhile (an erasure a teammate made, arriving by sync), the typing is
 * moved onto it, so that a name erased meanwhile is not written back.
 */
export async function updateBriefing(
  db: TramaDatabase,
  id: string,
  patch: Partial<BriefingInput>,
  typedOver: Partial<Record<TypedBriefingField, string>> = {},
): Promise<Briefing> {
  return db.transaction('rw', db.briefings, async () => {
    const before = await db.briefings.get(id);
    if (!before) throw new RecordGoneError('briefings', id);
    const rebased = { ...patch };
    for (const field of ['title', 'agenda', 'meetingPlace'] as const) {
      const typed = patch[field];
      const base = typedOver[field];
      if (typeof typed === 'string' && base !== undefined)
        rebased[field] = rebaseTyping(base, typed, before[field] ?? '');
    }
    const fields = parseOrThrow(briefingFieldsSchema, { ...before, ...rebased });
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

/**
 * The briefing already made for an action, or a new one: in one transaction, so that a
 * double click on "Prepare briefing" cannot make two.
 */
export async function briefingForAction(db: TramaDatabase, action: AdvocacyAction): Promise<Briefing> {
  return db.transaction('rw', db.briefings, async () => {
    const existing = await db.briefings
      .filter((briefing) => briefing.source.kind === 'action' && briefing.source.actionId === action.id)
      .first();
    if (existing) return existing;
    return createBriefing(db, {
      title: action.title,
      source: { kind: 'action', actionId: action.id },
      sections: [...BRIEFING_SECTIONS],
      programmeId: action.programmeId,
      agenda: '',
    });
  });
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

const meetingFieldsSchema = advocacyActionInputSchema.pick({ date: true, outcome: true });

function issuesOf(schema: z.ZodType, value: unknown, fieldPrefix = ''): FieldIssue[] {
  const result = schema.safeParse(value);
  return result.success
    ? []
    : toFieldIssues(result.error).map((issue) => ({ ...issue, field: fieldPrefix + issue.field }));
}

/**
 * Records a meeting as held: the action becomes done with its attendance and outcome, and
 * the new follow-ups are added to it, all or nothing. Undo puts the action back as planned
 * and removes the follow-ups.
 */
export async function recordMeetingDone(db: TramaDatabase, record: MeetingRecord): Promise<UndoableChange> {
  // Checked before anything is written, all at once, so that the form can mark every wrong field.
  const outcome = record.outcome.trim();
  const issues = [
    ...issuesOf(meetingFieldsSchema, { date: record.date, outcome }),
    ...record.followUps.flatMap((followUp, index) =>
      issuesOf(followUpInputSchema, { ...followUp, actionId: record.actionId, doneOn: null }, `followUps.${index}.`),
    ),
  ];
  if (issues.length > 0) throw new ValidationError(issues);
  const followUpFields = record.followUps.map((followUp) =>
    parseOrThrow(followUpInputSchema, { ...followUp, actionId: record.actionId, doneOn: null }),
  );
  return db.transaction('rw', [db.actions, db.followUps, db.contacts], async () => {
    const before = await db.actions.get(record.actionId);
    if (!before) throw new RecordGoneError('actions', record.actionId);
    // A contact deleted while the dialog was open cannot be among those who came.
    const attended = (await db.contacts.bulkGet([...new Set(record.attendedContactIds)])).flatMap((contact) =>
      contact ? [contact.id] : [],
    );
    const fields = parseOrThrow(advocacyActionInputSchema, {
      ...before,
      status: 'done',
      date: record.date,
      outcome,
      participantIds: attended,
    });
    const change = emptyChange();
    recordBefore(change, 'actions', [before]);
    await db.actions.put({ ...before, ...fields, updatedAt: nowIso() });
    const followUps: FollowUp[] = followUpFields.map((parsed) => ({ ...newRecordBase(), ...parsed }));
    await db.followUps.bulkAdd(followUps);
    recordCreated(
      change,
      'followUps',
      followUps.map((followUp) => followUp.id),
    );
    return change;
  });
}
