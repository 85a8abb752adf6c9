import { createMentionMatcher, type PersonIdentity } from '../domain/mentions';
import { CONTACT_ID_LISTS, ERASED_CONTACTS_META_KEY, PERSON_TABLE } from '../domain/personalData';
import { isPersonalDataTable, redactRecord } from '../domain/recordMentions';
import { BACKUP_FORMAT } from './backup';

// Takes one erased person out of a backup's text: their contact record, their id from the
// lists that refer to them and, when the user chose so, their mentions in free text. Works
// on the JSON as stored — never through today's schemas — so a pre-upgrade copy stays in its
// old version's shape and nothing but the person changes. Pure: runs in a worker for large
// files (renderer/db/eraseFromBackupWorker.ts).

export interface BackupErasureRequest {
  contactId: string;
  person: PersonIdentity;
  redactMentions: boolean;
  /** What replaces a mention, e.g. "[erased]". */
  marker: string;
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

export type BackupErasureResult =
  | { status: 'not-present' }
  | { status: 'rewritten'; json: string; counts: BackupErasureCounts; leftovers: Leftovers }
  /** Nothing Trama knows how to take out, yet the id is there (in places no schema puts it). */
  | { status: 'still-present'; leftovers: Leftovers }
  | { status: 'unreadable'; reason: 'not-json' | 'not-a-backup' | 'too-deep' };

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

function eraseFromTable(table: string, rows: unknown[], request: BackupErasureRequest, counts: BackupErasureCounts, matcher: ReturnType<typeof createMentionMatcher>): unknown[] {
  if (!isPersonalDataTable(table)) return rows;
  const idLists = CONTACT_ID_LISTS.filter((entry) => entry.table === table);
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
    if (request.redactMentions) {
      const redacted = redactRecord(table, next, matcher, request.marker);
      counts.mentions += redacted.count;
      next = redacted.record;
    }
    if (next !== row) isChanged = true;
    kept.push(next);
  }
  return isChanged ? kept : rows;
}

const ID_CHARACTER = /[\p{L}\p{N}_-]/u;

/** Whether the text holds the id as a whole ("sample-contact-1" is not in "sample-contact-12"). */
export function holdsId(text: string, id: string): boolean {
  for (let at = text.indexOf(id); at !== -1; at = text.indexOf(id, at + 1)) {
    const before = text[at - 1];
    const after = text[at + id.length];
    if ((before === undefined || !ID_CHARACTER.test(before)) && (after === undefined || !ID_CHARACTER.test(after))) return true;
  }
  return false;
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
  for (let at: WalkEntry | null = entry; at; at = at.parent) steps.push(typeof at.step === 'number' ? `[${at.step}]` : at.parent ? `.${at.step}` : at.step);
  return steps.reverse().join('');
}

/** Every place (path) where a string or key still holds the id, outside the record of erased ids. */
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
      for (let index = value.length - 1; index >= 0; index -= 1) stack.push({ value: value[index], parent: entry, step: index });
    } else if (isRecord(value)) {
      if (entry.parent?.step === 'meta' && entry.parent.parent?.parent === null && value.key === ERASED_CONTACTS_META_KEY) continue;
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

export function eraseFromBackup(text: string, request: BackupErasureRequest): BackupErasureResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 'unreadable', reason: 'not-json' };
  }
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT || !isRecord(raw.tables)) return { status: 'unreadable', reason: 'not-a-backup' };
  const counts: BackupErasureCounts = { contacts: 0, references: 0, mentions: 0 };
  const matcher = createMentionMatcher(request.person);
  const tables = Object.fromEntries(
    Object.entries(raw.tables).map(([table, rows]) => [table, Array.isArray(rows) ? eraseFromTable(table, rows, request, counts, matcher) : rows]),
  );
  const isChanged = counts.contacts + counts.references + counts.mentions > 0;
  // Quoted as JSON writes it, so an id with odd characters is still found in the text.
  const idInJson = JSON.stringify(request.contactId).slice(1, -1);
  const mayHoldId = text.includes(idInJson);
  const leftovers = mayHoldId ? findLeftovers(tables, request.contactId) : { count: 0, places: [] };
  if (!isChanged) return leftovers.count === 0 ? { status: 'not-present' } : { status: 'still-present', leftovers };
  let json: string;
  try {
    json = JSON.stringify({ ...raw, tables });
  } catch {
    // Only nesting deeper than the call stack makes JSON.stringify throw.
    return { status: 'unreadable', reason: 'too-deep' };
  }
  return { status: 'rewritten', json, counts, leftovers };
}
