import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from '../domain/common';
import { PERSON_TABLE } from '../domain/personalData';
import type { MentionTarget } from '../domain/recordMentions';
import { issuesOf, type Rejection } from './syncDocs';

// The document that makes a GDPR erasure travel: a deletion alone looks the same as any
// other, so the other laptops would keep the person in their history and kept copies, and
// the coordinator would not know which documents to purge from the server. It holds no
// personal data: the erased contact's id, the revision that deleted it, when, who erased
// (a team member, as every document names its author) and the places (table, id, field,
// never text) whose mentions the user confirmed. Its id is not '<table>:<id>' of a synced
// table, so nothing reads it as a record. Like every document it comes from other laptops
// and is checked strictly: an unknown field is refused, not dropped.

export const ERASURE_MARKER_PREFIX = 'erasure:';

/** Places of confirmed mentions one marker may carry; an erasure confirming more sends none (said in its copies' check). */
export const MAX_MARKER_PLACES = 1_000;

/** A revision id: generation, '-', a hash (PouchDB and CouchDB both write 32 hex digits). */
const revisionSchema = z.string().regex(/^[1-9]\d{0,9}-[0-9a-zA-Z]{1,64}$/);

const placeSchema = z.strictObject({
  table: z.string().min(1).max(64),
  id: idSchema,
  field: z.string().min(1).max(200),
});

const markerSchema = z.strictObject({
  kind: z.literal('erasure'),
  table: z.literal(PERSON_TABLE),
  id: idSchema,
  /** The revision of the person's document that deleted them: a version made on top of it brought them back. */
  deletedRev: revisionSchema,
  places: z.array(placeSchema).max(MAX_MARKER_PLACES),
  changedBy: z.string().max(200).nullable(),
  changedAt: isoDateTimeSchema,
});

export type ErasureMarker = z.infer<typeof markerSchema>;

export const erasureMarkerDocId = (contactId: string): string => `${ERASURE_MARKER_PREFIX}${PERSON_TABLE}:${contactId}`;

/** A version's path of revisions, newest first, as CouchDB and PouchDB give it (`_revisions`). */
export interface RevisionPath {
  start: number;
  ids: readonly string[];
}

/**
 * Whether a version (its path of revisions) went on past the deletion an erasure's marker names:
 * the erasure was taken back (Undo, or a restore bringing the person back on purpose), whatever
 * happened to the record since. The erasure's own deletion, and a version made without seeing
 * it (a teammate offline), did not.
 */
export function isPastErasure(path: RevisionPath | undefined, deletedRev: string): boolean {
  if (!path) return false;
  const index = path.start - Number.parseInt(deletedRev, 10);
  return index > 0 && index < path.ids.length && `${path.start - index}-${path.ids[index]}` === deletedRev;
}

export function isErasureMarkerDocId(docId: unknown): docId is string {
  return typeof docId === 'string' && docId.startsWith(ERASURE_MARKER_PREFIX);
}

export function erasureMarkerBody(
  contactId: string,
  deletedRev: string,
  places: readonly MentionTarget[],
  changedBy: string | null,
  changedAt: string,
): ErasureMarker {
  const sent = places.length <= MAX_MARKER_PLACES ? places.map(({ table, id, field }) => ({ table, id, field })) : [];
  return { kind: 'erasure', table: PERSON_TABLE, id: contactId, deletedRev, places: sent, changedBy, changedAt };
}

export type IncomingMarker =
  | { kind: 'marker'; marker: ErasureMarker }
  /** A withdrawn marker: nothing to do (an erasure is never taken back on other laptops). */
  | { kind: 'withdrawn' }
  | { kind: 'rejected'; rejection: Rejection };

/** What CouchDB and PouchDB add to a document they hand over. */
const COUCH_FIELDS = new Set(['_rev', '_revisions', '_conflicts', '_deleted_conflicts', '_revs_info', '_attachments']);
const SHOWN_ID_LENGTH = 200;

function rejected(docId: unknown, issues: string[]): IncomingMarker {
  const shownId = typeof docId === 'string' ? docId.slice(0, SHOWN_ID_LENGTH) : '';
  return { kind: 'rejected', rejection: { docId: shownId, reason: 'invalid-marker', issues } };
}

/** A marker document as the team's database gives it: CouchDB's own `_` fields aside, exactly the marker, naming its own id. */
export function parseErasureMarker(doc: unknown): IncomingMarker {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return rejected(undefined, ['not an object']);
  const { _id: docId, _deleted: isDeleted, ...rest } = doc as Record<string, unknown>;
  if (!isErasureMarkerDocId(docId)) return rejected(docId, ['not a marker id']);
  if (isDeleted === true) return { kind: 'withdrawn' };
  const body = Object.fromEntries(Object.entries(rest).filter(([key]) => !COUCH_FIELDS.has(key)));
  const parsed = markerSchema.safeParse(body);
  if (!parsed.success) return rejected(docId, issuesOf(parsed.error));
  if (docId !== erasureMarkerDocId(parsed.data.id)) return rejected(docId, ['id: not the id the document names']);
  return { kind: 'marker', marker: parsed.data };
}
