import { eraseFromHistoryEntry, HISTORY_TABLE } from '../domain/history';
import { createMentionMatcher, type MentionMatcher, type PersonIdentity } from '../domain/mentions';
import {
  CONTACT_ID_LISTS,
  COPIES_PENDING_META_KEY,
  ERASED_CONTACTS_META_KEY,
  PERSON_TABLE,
} from '../domain/personalData';
import { isPersonalDataTable, targetsByRecord, type MentionTarget } from '../domain/recordMentions';
import { backupShapeProblem, type BackupShapeProblem } from '../ipc/backupShape';
import { BACKUP_FORMAT, BackupError, parseBackup, type BackupRefusal } from './backup';
import { copyIdentity, holdsId, tracesOf, type SamePerson, type Trace } from './copyIdentity';
import { redactWithinSchema } from './redactWithinSchema';

// Takes one erased person out of a backup's text: their contact record, their id from the
// lists that refer to them and their mentions in the places the user confirmed — nothing
// else. Works on the JSON as stored, never through today's schemas, so a pre-upgrade copy
// stays in its old version's shape; yet the result must stay restorable: a copy of today's
// version is parsed as a restore would, and any copy checked as the desktop checks what it
// stores, before it may replace the original. Pure: runs in a worker for large files
// (renderer/db/eraseFromBackupWorker.ts).

export interface BackupErasureRequest {
  contactId: string;
  /** What the database knew of the person; empty when only the id is known (a pending erasure). */
  person: PersonIdentity;
  /** Emails and phones that are also another contact's: never looked for. */
  sharedDetails?: { emails: readonly string[]; phones: readonly string[] };
  /** The places whose mentions the user confirmed: no other text changes. */
  places: readonly MentionTarget[];
  /** What replaces a mention, e.g. "[erased]". */
  marker: string;
  /** Today's database schema version (renderer/db/schema.ts): a copy of it must still parse after the rewrite. */
  currentSchemaVersion: number;
}

export interface BackupErasureCounts {
  contacts: number;
  /** Records whose list of contact ids lost the person. */
  references: number;
  mentions: number;
}

/** Where the person's id is still found after the rewrite (the first few places, and how many). */
export interface Leftovers {
  count: number;
  places: string[];
}

export { holdsId };
export type { SamePerson, Trace };

export type BackupErasureResult =
  | { status: 'not-present'; samePerson: SamePerson[] }
  | {
      status: 'rewritten';
      json: string;
      counts: BackupErasureCounts;
      leftovers: Leftovers;
      mentionsLeft: MentionTarget[];
      samePerson: SamePerson[];
    }
  /** Nothing Trama knows how to take out, yet the id is there (in places no schema puts it). */
  | { status: 'still-present'; leftovers: Leftovers; samePerson: SamePerson[] }
  /** The rewrite would not restore, or the desktop would refuse to store it: the copy stays as it was. */
  | { status: 'not-rewritten'; reason: BackupShapeProblem | BackupRefusal; detail?: string }
  /** `traces`: what of the person a plain search finds in the text. */
  | { status: 'unreadable'; reason: 'not-json' | 'not-a-backup' | 'too-deep' | 'too-large'; traces: Trace[] };

const MAX_LEFTOVER_PLACES = 20;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withoutId(record: unknown, path: string, contactId: string): unknown {
  const key = path.slice(0, -2);
  if (!isRecord(record) || !Object.hasOwn(record, key)) return record;
  const list = record[key];
  if (!Array.isArray(list) || !list.includes(contactId)) return record;
  return { ...record, [key]: list.filter((id) => id !== contactId) };
}

interface TableErasure {
  request: BackupErasureRequest;
  matcher: MentionMatcher;
  targets: ReturnType<typeof targetsByRecord>;
  counts: BackupErasureCounts;
  mentionsLeft: MentionTarget[];
  /** History entries taken out or scrubbed (every mention, without asking: history is a copy). */
  historyEntries: number;
}

function eraseFromHistory(rows: unknown[], erasure: TableErasure): unknown[] {
  const historyErasure = {
    contactId: erasure.request.contactId,
    personTable: PERSON_TABLE,
    matcher: erasure.matcher,
    marker: erasure.request.marker,
  };
  const kept: unknown[] = [];
  for (const row of rows) {
    const next = eraseFromHistoryEntry(row, historyErasure);
    if (next !== row) erasure.historyEntries += 1;
    if (next !== null) kept.push(next);
  }
  return kept.length === rows.length && erasure.historyEntries === 0 ? rows : kept;
}

function eraseFromTable(table: string, rows: unknown[], erasure: TableErasure): unknown[] {
  if (table === HISTORY_TABLE) return eraseFromHistory(rows, erasure);
  if (!isPersonalDataTable(table)) return rows;
  const { request, counts } = erasure;
  const idLists = CONTACT_ID_LISTS.filter((entry) => entry.table === table);
  const targets = erasure.targets.get(table);
  let isChanged = false;
  const kept: unknown[] = [];
  for (const row of rows) {
    if (table === PERSON_TABLE && isRecord(row) && row.id === request.contactId) {
      counts.contacts += 1;
      isChanged = true;
      continue;
    }
    let next = row;
    for (const { path } of idLists) next = withoutId(next, path, request.contactId);
    if (next !== row) counts.references += 1;
    const fields = isRecord(row) && typeof row.id === 'string' ? targets?.get(row.id) : undefined;
    if (fields) {
      const redacted = redactWithinSchema(table, next, erasure.matcher, request.marker, fields);
      counts.mentions += redacted.count;
      erasure.mentionsLeft.push(
        ...redacted.fieldsLeft.map((field) => ({ table, id: String((row as { id: string }).id), field })),
      );
      next = redacted.record;
    }
    if (next !== row) isChanged = true;
    kept.push(next);
  }
  return isChanged ? kept : rows;
}

/** A node of the walk: its path is only spelled out when the id is found there. */
interface WalkEntry {
  value: unknown;
  parent: WalkEntry | null;
  /** A key, or an index into a list. */
  step: string | number;
  isKeyHit?: true;
}

function pathOf(entry: WalkEntry): string {
  const steps: string[] = [];
  for (let at: WalkEntry | null = entry; at; at = at.parent)
    steps.push(typeof at.step === 'number' ? `[${at.step}]` : at.parent ? `.${at.step}` : at.step);
  return steps.reverse().join('');
}

/** The installation's own lists of erased and pending ids hold the id by design. */
const BOOKKEEPING_KEYS: readonly unknown[] = [ERASED_CONTACTS_META_KEY, COPIES_PENDING_META_KEY];

/** Every place (path) where a string or key still holds the id, outside the privacy bookkeeping. */
function findLeftovers(tables: Record<string, unknown>, contactId: string): Leftovers {
  const leftovers: Leftovers = { count: 0, places: [] };
  // An explicit stack, pushed in reverse so places come out in document order: a hostile
  // file may nest deeper than the call stack allows. A key holding the id is its own entry.
  const stack: WalkEntry[] = [{ value: tables, parent: null, step: 'tables' }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { value } = entry;
    if (entry.isKeyHit || (typeof value === 'string' && holdsId(value, contactId))) {
      leftovers.count += 1;
      if (leftovers.places.length < MAX_LEFTOVER_PLACES) leftovers.places.push(pathOf(entry));
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1)
        stack.push({ value: value[index], parent: entry, step: index });
    } else if (isRecord(value)) {
      if (entry.parent?.step === 'meta' && entry.parent.parent?.parent === null && BOOKKEEPING_KEYS.includes(value.key))
        continue;
      const keys = Object.keys(value);
      for (let index = keys.length - 1; index >= 0; index -= 1) {
        const key = keys[index]!;
        stack.push({ value: value[key], parent: entry, step: key });
        if (holdsId(key, contactId)) stack.push({ value: null, parent: entry, step: key, isKeyHit: true });
      }
    }
  }
  return leftovers;
}

/** Why the rewritten text may not replace the copy, or null. */
function refusalOf(
  json: string,
  schemaVersion: unknown,
  currentSchemaVersion: number,
): Extract<BackupErasureResult, { status: 'not-rewritten' }> | null {
  const shape = backupShapeProblem(json);
  if (shape) return { status: 'not-rewritten', reason: shape };
  // Older versions are upgraded as they are restored: today's schemas do not describe them.
  if (schemaVersion !== currentSchemaVersion) return null;
  try {
    parseBackup(json, currentSchemaVersion);
    return null;
  } catch (error) {
    if (error instanceof BackupError)
      return { status: 'not-rewritten', reason: error.reason, ...(error.detail ? { detail: error.detail } : {}) };
    throw error;
  }
}

export function eraseFromBackup(text: string, request: BackupErasureRequest): BackupErasureResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 'unreadable', reason: 'not-json', traces: tracesOf(text, request) };
  }
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT || !isRecord(raw.tables))
    return { status: 'unreadable', reason: 'not-a-backup', traces: tracesOf(text, request) };
  const { person, samePerson } = copyIdentity(raw.tables, request);
  const erasure: TableErasure = {
    request,
    matcher: createMentionMatcher(person),
    targets: targetsByRecord(request.places),
    counts: { contacts: 0, references: 0, mentions: 0 },
    mentionsLeft: [],
    historyEntries: 0,
  };
  const tables = Object.fromEntries(
    Object.entries(raw.tables).map(([table, rows]) => [
      table,
      Array.isArray(rows) ? eraseFromTable(table, rows, erasure) : rows,
    ]),
  );
  const { counts } = erasure;
  const isChanged = counts.contacts + counts.references + counts.mentions + erasure.historyEntries > 0;
  // Quoted as JSON writes it, so an id with odd characters is still found in the text.
  const idInJson = JSON.stringify(request.contactId).slice(1, -1);
  const leftovers = text.includes(idInJson) ? findLeftovers(tables, request.contactId) : { count: 0, places: [] };
  if (!isChanged)
    return leftovers.count === 0
      ? { status: 'not-present', samePerson }
      : { status: 'still-present', leftovers, samePerson };
  let json: string;
  try {
    json = JSON.stringify({ ...raw, tables });
  } catch (error) {
    // Longer than a string may be, or nested deeper than the call stack allows.
    const reason = error instanceof RangeError && /string length/i.test(error.message) ? 'too-large' : 'too-deep';
    return { status: 'unreadable', reason, traces: tracesOf(text, request) };
  }
  return (
    refusalOf(json, raw.schemaVersion, request.currentSchemaVersion) ?? {
      status: 'rewritten',
      json,
      counts,
      leftovers,
      mentionsLeft: erasure.mentionsLeft,
      samePerson,
    }
  );
}
