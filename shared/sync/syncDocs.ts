import { z } from 'zod';
import { isoDateTimeSchema } from '../domain/common';
import { ENTITIES, SYNCED_TABLES, type EntityTable } from '../domain/entities';

// A synced record as a CouchDB document: `_id` is '<table>:<id>', the body says the table
// again, holds the record exactly as the domain has it, and who changed it last and when.
// Documents come from other laptops through the team's server: each is untrusted and is
// checked against its table's schema before anything touches the database; one that fails
// is set aside with the reason, never applied.

/** A table whose records a team shares (its registry entry says `syncs: true`). */
export type SyncedTable = {
  [Table in EntityTable]: (typeof ENTITIES)[Table]['syncs'] extends true ? Table : never;
}[EntityTable];

/** A record of a synced table, as its schema gives it. */
export type SyncedRecord = Record<string, unknown> & { id: string };

export interface SyncDocBody {
  table: SyncedTable;
  record: SyncedRecord;
  /** The team member (the server's user name) who wrote this revision; null before a team was joined. */
  changedBy: string | null;
  changedAt: string;
}

/** The longest reason's text kept about a document set aside (its id may be anything). */
const SHOWN_ID_LENGTH = 200;
const MAX_ISSUES = 5;
const MEMBER_NAME_LENGTH = 200;

export function isSyncedTable(name: unknown): name is SyncedTable {
  return (
    typeof name === 'string' && Object.hasOwn(ENTITIES, name) && (SYNCED_TABLES as readonly string[]).includes(name)
  );
}

export function docIdOf(table: SyncedTable, id: string): string {
  return `${table}:${id}`;
}

/** The table and id a document's `_id` names, split at the first ':' (ids may hold ':' themselves); null if it names no synced record. */
export function parseDocId(docId: unknown): { table: SyncedTable; id: string } | null {
  if (typeof docId !== 'string') return null;
  const colon = docId.indexOf(':');
  if (colon < 0) return null;
  const table = docId.slice(0, colon);
  const id = docId.slice(colon + 1);
  return isSyncedTable(table) && id !== '' && id.length <= 64 ? { table, id } : null;
}

export function syncDocBody(table: SyncedTable, record: SyncedRecord, changedBy: string | null, changedAt: string) {
  return { table, record, changedBy, changedAt } satisfies SyncDocBody;
}

export type RejectionReason =
  | 'not-an-object'
  | 'not-a-record'
  | 'table-mismatch'
  | 'invalid-record'
  | 'id-mismatch'
  | 'invalid-author'
  /** An erasure marker (erasureMarker.ts) that is not exactly one. */
  | 'invalid-marker';

/** What a document from the team's database is, once checked. */
export type IncomingDoc =
  | { kind: 'record'; docId: string; table: SyncedTable; id: string; record: SyncedRecord; body: SyncDocBody }
  | { kind: 'deleted'; docId: string; table: SyncedTable; id: string }
  | { kind: 'rejected'; rejection: Rejection };

/** A document set aside, as the screens and the log may show it. */
export interface Rejection {
  /** The document's id, cut to a safe length ('' when it had none). */
  docId: string;
  reason: RejectionReason;
  /** For an invalid record: the fields and what is wrong with them, a few at most. */
  issues: string[];
}

const authorSchema = z.object({
  changedBy: z.string().max(MEMBER_NAME_LENGTH).nullable(),
  changedAt: isoDateTimeSchema,
});

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rejected(docId: unknown, reason: RejectionReason, issues: string[] = []): IncomingDoc {
  const shownId = typeof docId === 'string' ? docId.slice(0, SHOWN_ID_LENGTH) : '';
  return { kind: 'rejected', rejection: { docId: shownId, reason, issues } };
}

export function issuesOf(error: z.ZodError): string[] {
  return error.issues
    .slice(0, MAX_ISSUES)
    .map((issue) => `${issue.path.map(String).join('.').slice(0, 100)}: ${issue.message.slice(0, 200)}`);
}

/**
 * A document of the team's database (the winning revision, or a deletion), checked: its id
 * must name a synced table and the body must be that table's record, with the same id.
 */
export function parseIncomingDoc(doc: unknown): IncomingDoc {
  if (!isObject(doc)) return rejected(undefined, 'not-an-object');
  const docId = doc._id;
  const named = parseDocId(docId);
  if (!named || typeof docId !== 'string') return rejected(docId, 'not-a-record');
  if (doc._deleted === true) return { kind: 'deleted', docId, ...named };
  if (doc.table !== named.table) return rejected(docId, 'table-mismatch');
  const parsed = ENTITIES[named.table].schema.safeParse(doc.record);
  if (!parsed.success) return rejected(docId, 'invalid-record', issuesOf(parsed.error));
  const record = parsed.data as SyncedRecord;
  if (record.id !== named.id) return rejected(docId, 'id-mismatch');
  const author = authorSchema.safeParse({ changedBy: doc.changedBy ?? null, changedAt: doc.changedAt });
  if (!author.success) return rejected(docId, 'invalid-author', issuesOf(author.error));
  return {
    kind: 'record',
    docId,
    ...named,
    record,
    body: syncDocBody(named.table, record, author.data.changedBy, author.data.changedAt),
  };
}
