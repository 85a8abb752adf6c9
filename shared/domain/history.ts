import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './common';
import type { MentionMatcher } from './mentions';
import { redactSpans } from './mentions';

// The history of the team's records (issue 18): one append-only entry per record written,
// saying who wrote it, when, and each field's value before and after. The data layer writes
// it in the write's own transaction (renderer/db/historyMiddleware.ts); nobody edits an entry
// afterwards, except a GDPR erasure, which takes the erased person out of every value.

/** The table of the history, in the registry (shared/domain/entities.ts; entityTables.test.ts holds the two together). */
export const HISTORY_TABLE = 'history';

export const HISTORY_KINDS = ['created', 'changed', 'deleted'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** Where the write came from: this laptop, or a teammate's laptop through team sync. */
export const HISTORY_SOURCES = ['here', 'team'] as const;

/** Fields that change with every write and say nothing by themselves. */
export const UNTRACKED_FIELDS: readonly string[] = ['updatedAt', 'createdAt', 'id', 'partyIds'];

/** A written record's fields beyond this many are not diffed one by one (no schema has this many). */
const MAX_FIELDS = 200;
/** Records created or deleted by one write (an import's chunk, a clear()): one entry names them all. */
export const MAX_RECORDS_PER_ENTRY = 100_000;

const fieldChangeSchema = z.object({
  field: z.string().min(1).max(200),
  /** Absent: the field did not exist before. */
  before: z.json().optional(),
  /** Absent: the field is gone after. */
  after: z.json().optional(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const historyEntrySchema = z.object({
  /** A random id, not a counter: backups of two laptops merge without two entries sharing one. */
  id: idSchema,
  at: isoDateTimeSchema,
  /** The registry's table of the record (only tables a team shares keep history). */
  table: z.string().min(1).max(64),
  /**
   * The records it is about: one for a change; for a creation or a deletion, every record one
   * write created or deleted (an import writes one entry per chunk, not one per row).
   */
  recordIds: z.array(idSchema).min(1).max(MAX_RECORDS_PER_ENTRY),
  kind: z.enum(HISTORY_KINDS),
  /** The team member who wrote it; null when this laptop is in no team. */
  by: z.string().max(200).nullable(),
  source: z.enum(HISTORY_SOURCES),
  /** Field by field, for a change; empty for a creation or a deletion (the record says it, or is gone). */
  changes: z.array(fieldChangeSchema).max(MAX_FIELDS),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep equality of two JSON values (records hold nothing else). */
export function isSameJson(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (Array.isArray(left)) {
    if (!Array.isArray(right) || left.length !== right.length) return false;
    return left.every((item, index) => isSameJson(item, right[index]));
  }
  if (isPlainRecord(left) && isPlainRecord(right)) {
    const keys = Object.keys(left);
    if (keys.length !== Object.keys(right).length) return false;
    return keys.every((key) => Object.hasOwn(right, key) && isSameJson(left[key], right[key]));
  }
  return false;
}

/** A stored value as history keeps it: JSON only (undefined fields are absent). */
function asJson(value: unknown): z.core.util.JSONType | undefined {
  return value === undefined ? undefined : (value as z.core.util.JSONType);
}

/** The fields a write changed, top-level, in the record's own order; bookkeeping fields left out. */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const previous = isPlainRecord(before) ? before : {};
  const next = isPlainRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(previous), ...Object.keys(next)])].filter(
    (field) => !UNTRACKED_FIELDS.includes(field),
  );
  const changes: FieldChange[] = [];
  for (const field of fields.slice(0, MAX_FIELDS)) {
    const was = Object.hasOwn(previous, field) ? previous[field] : undefined;
    const is = Object.hasOwn(next, field) ? next[field] : undefined;
    if (isSameJson(was, is)) continue;
    const change: FieldChange = { field };
    if (was !== undefined) change.before = asJson(was);
    if (is !== undefined) change.after = asJson(is);
    changes.push(change);
  }
  return changes;
}

/** What a person's erasure takes out of history: their own record's entries, their id, and every mention. */
export interface HistoryErasure {
  contactId: string;
  /** The table of contact persons: their own entries there go whole. */
  personTable: string;
  matcher: MentionMatcher;
  marker: string;
}

/** A value without the person: mentions replaced by the marker, their id taken out of lists, or replaced. */
function scrubValue(value: unknown, erasure: HistoryErasure): unknown {
  if (typeof value === 'string') {
    if (value === erasure.contactId) return erasure.marker;
    const spans = erasure.matcher.find(value);
    return spans.length === 0 ? value : redactSpans(value, spans, erasure.marker);
  }
  if (Array.isArray(value)) {
    const kept = value.filter((item) => item !== erasure.contactId);
    const scrubbed = kept.map((item) => scrubValue(item, erasure));
    return kept.length === value.length && scrubbed.every((item, index) => item === value[index]) ? value : scrubbed;
  }
  if (isPlainRecord(value)) {
    let isChanged = false;
    const next: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const scrubbed = scrubValue(item, erasure);
      if (scrubbed !== item) isChanged = true;
      // defineProperty: a "__proto__" key stays a plain key, never the prototype.
      Object.defineProperty(next, key, { value: scrubbed, enumerable: true, writable: true, configurable: true });
    }
    return isChanged ? next : value;
  }
  return value;
}

/**
 * An entry without the person: null when it must go (an entry of their own record), the
 * same object when nothing of them is in it, otherwise a scrubbed copy.
 */
export function eraseFromHistoryEntry(entry: unknown, erasure: HistoryErasure): unknown {
  if (!isPlainRecord(entry)) return entry;
  if (entry.table === erasure.personTable && Array.isArray(entry.recordIds)) {
    // Their own record's entries go; one that also names others keeps them, without the person.
    const others = entry.recordIds.filter((id) => id !== erasure.contactId);
    if (others.length === 0) return null;
    if (others.length < entry.recordIds.length) return { ...entry, recordIds: others };
  }
  const changes = entry.changes;
  if (!Array.isArray(changes)) return entry;
  const scrubbed = changes.map((change: unknown) => {
    if (!isPlainRecord(change)) return change;
    const next = { ...change };
    if (Object.hasOwn(change, 'before')) next.before = scrubValue(change.before, erasure);
    if (Object.hasOwn(change, 'after')) next.after = scrubValue(change.after, erasure);
    return next.before === change.before && next.after === change.after ? change : next;
  });
  return scrubbed.every((change, index) => change === changes[index]) ? entry : { ...entry, changes: scrubbed };
}
