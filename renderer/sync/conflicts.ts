import { isSameValue } from '../../shared/io/restoreDiff';
import { fieldDifferences, type FieldDifference } from '../../shared/sync/conflictFields';
import { resolvedRecord, type Resolution, type ResolutionProblem } from '../../shared/sync/resolveConflict';
import {
  parseDocId,
  parseIncomingDoc,
  syncDocBody,
  type Rejection,
  type SyncedRecord,
  type SyncedTable,
} from '../../shared/sync/syncDocs';
import type { UndoableChange } from '../db/undo';
import { withDeletedTallied } from './deletedTallies';
import { readDeletionsOutlived, settledDeletions, type DeletionOutlived } from './deletedVersions';
import { pouchErrorOf, type PouchDatabase, type PouchDocument } from './pouchdb';
import { afterDeletions, referencesHeld, targetStates, type RecordAfterDeletions } from './referencedDocs';

// The records whose document holds conflicting revisions (two laptops changed it before
// either saw the other's change). Every laptop shows the same winner, PouchDB's; the list
// shows each other version field by field. A resolution is the winner's next revision plus
// the deletion of every other one, in one bulkDocs, so that it replicates like any change.
// A record deleted on one laptop and changed on another is listed too (deletedVersions.ts):
// keeping the change or deleting the record settles the deletion with the versions. A
// resolution keeps no reference to a record deleted meanwhile: it loses the id as the deletion
// took it off the version the user saw, or is refused, naming the field, when the record
// cannot be without it.

export interface ConflictVersion {
  rev: string;
  record: SyncedRecord;
  changedBy: string | null;
  changedAt: string;
}

export interface RecordConflict {
  docId: string;
  table: SyncedTable;
  id: string;
  /** The winner first (the version every laptop shows), then the others. */
  versions: ConflictVersion[];
  differences: FieldDifference[];
  /** Revisions that are not a valid record of their table: a resolution removes them too. */
  setAside: Array<{ rev: string; rejection: Rejection }>;
  /** Every revision the resolution replaces, the winner's first. */
  revisions: string[];
  /** Other revisions beyond those read (SHOWN_VERSIONS): a resolution replaces them too. */
  unshown: number;
  /** Deletions of the record made elsewhere that the shown version outlived (deleted on one laptop, changed on another). */
  deletions: DeletionOutlived[];
}

/** What the list offers: a resolution of the versions, or deleting the record (with every version). */
export type ConflictChoice = Resolution | { kind: 'delete' };

/** A reference a resolution would keep to a record that is deleted (or was never here). */
export interface MissingReference {
  /** The record's field that holds it (`participantIds`). */
  field: string;
  /** The table of the record it points at. */
  table: SyncedTable;
}

/** Versions of one record read and shown at most, the winner's among them. */
export const SHOWN_VERSIONS = 10;

export type ResolutionOutcome =
  /**
   * `lessened`: fields that lost ids of records deleted since, as the deletion took them off the version shown.
   * `undo`: a deletion made in this laptop's database (conflictDeletion.ts), for the notice's Undo.
   */
  | { ok: true; lessened?: MissingReference[]; undo?: UndoableChange }
  | { ok: false; reason: 'invalid'; problems: ResolutionProblem[] }
  /** The record would point at records deleted meanwhile: choose a version (or values) without them. */
  | { ok: false; reason: 'missing-references'; references: MissingReference[] }
  /** A revision arrived or went since the conflict was listed: list it again. */
  | { ok: false; reason: 'changed-meanwhile' }
  | { ok: false; reason: 'resolved-already' };

/** A conflict as it stands now, or null when the document has no conflicting revisions (any more). */
export async function readConflict(local: PouchDatabase, docId: string): Promise<RecordConflict | null> {
  const named = parseDocId(docId);
  if (!named) return null;
  let winner: PouchDocument;
  try {
    winner = await local.get(docId, { conflicts: true });
  } catch {
    return null;
  }
  const losers = winner._conflicts ?? [];
  const deletions = await readDeletionsOutlived(local, docId);
  if (losers.length === 0 && deletions.length === 0) return null;
  // A document may hold any number of revisions (a hostile server could make thousands): a few are shown, all are replaced.
  const shown = losers.slice(0, SHOWN_VERSIONS - 1);
  const docs = [winner, ...(await Promise.all(shown.map((rev) => local.get(docId, { rev }))))];
  const versions: ConflictVersion[] = [];
  const setAside: RecordConflict['setAside'] = [];
  for (const doc of docs) {
    const parsed = parseIncomingDoc(doc);
    const rev = String(doc._rev);
    if (parsed.kind === 'record')
      versions.push({ rev, record: parsed.record, changedBy: parsed.body.changedBy, changedAt: parsed.body.changedAt });
    else if (parsed.kind === 'rejected') setAside.push({ rev, rejection: parsed.rejection });
  }
  return {
    docId,
    ...named,
    versions,
    differences: fieldDifferences(
      named.table,
      versions.map((version) => version.record),
    ),
    setAside,
    revisions: [String(winner._rev), ...losers],
    unshown: losers.length - shown.length,
    deletions,
  };
}

/** The conflicts among these documents (the inbound checkpoint's list), in its order. */
export async function listConflicts(local: PouchDatabase, docIds: readonly string[]): Promise<RecordConflict[]> {
  const conflicts = await Promise.all(docIds.map((docId) => readConflict(local, docId)));
  return conflicts.filter((conflict) => conflict !== null);
}

/** Whether two readings of a conflict name the same revisions (versions and deletions). */
export function sameRevisions(a: RecordConflict, b: RecordConflict): boolean {
  const deletedA = a.deletions.map((deletion) => deletion.rev);
  const deletedB = new Set(b.deletions.map((deletion) => deletion.rev));
  return (
    a.revisions.length === b.revisions.length &&
    a.revisions[0] === b.revisions[0] &&
    a.revisions.every((rev) => b.revisions.includes(rev)) &&
    deletedA.length === deletedB.size &&
    deletedA.every((rev) => deletedB.has(rev))
  );
}

/**
 * The record resolved, as the deletions of records it points at leave it (deleted, or never
 * seen here): an id off a list or a field emptied, as the deletion did to the record the user
 * saw; a field it cannot be without (its stakeholder) is refused.
 */
async function withoutDeletedTargets(
  local: PouchDatabase,
  table: SyncedTable,
  record: SyncedRecord,
): Promise<RecordAfterDeletions> {
  const states = await targetStates(
    local,
    referencesHeld(table, record).map((held) => held.docId),
  );
  const after = afterDeletions(table, record, (docId) => states.get(docId) !== 'live');
  return { ...after, record: await withDeletedTallied(local, table, record, after.record) };
}

/**
 * Removes the other versions of a record when every version holds exactly the same record
 * (two laptops wrote the same thing, as after restoring one backup on both): nothing to
 * choose, so nothing to show. Only deletions, which come out the same on every laptop that
 * makes them. Whether it removed any.
 */
export async function dropIdenticalVersions(local: PouchDatabase, docId: string): Promise<boolean> {
  const conflict = await readConflict(local, docId);
  if (!conflict || conflict.setAside.length > 0 || conflict.versions.length !== conflict.revisions.length) return false;
  const [winner, ...others] = conflict.versions;
  if (!winner || others.length === 0 || !others.every((version) => isSameValue(version.record, winner.record)))
    return false;
  const results = await local.bulkDocs(others.map((version) => ({ _id: docId, _rev: version.rev, _deleted: true })));
  return results.every((result) => result.ok);
}

/** Writes a resolution of the conflict as listed; refused if its revisions changed since. */
export async function resolveConflict(
  local: PouchDatabase,
  listed: RecordConflict,
  choice: ConflictChoice,
  member: string | null,
  now: Date,
): Promise<ResolutionOutcome> {
  const current = await readConflict(local, listed.docId);
  if (!current) return { ok: false, reason: 'resolved-already' };
  if (!sameRevisions(current, listed)) return { ok: false, reason: 'changed-meanwhile' };
  const changedAt = now.toISOString();
  const [winnerRev, ...otherRevs] = current.revisions;
  let winnerDoc: PouchDocument;
  let lessened: MissingReference[] = [];
  if (choice.kind === 'delete') {
    // A person's deletion, with its author: a change made meanwhile elsewhere is listed against it.
    winnerDoc = {
      _id: current.docId,
      _rev: winnerRev,
      _deleted: true,
      table: current.table,
      changedBy: member,
      changedAt,
    };
  } else {
    const resolved = resolvedRecord(
      current.table,
      current.versions.map((version) => version.record),
      choice,
      changedAt,
    );
    if (!resolved.ok) return { ok: false, reason: 'invalid', problems: resolved.problems };
    const kept = await withoutDeletedTargets(local, current.table, resolved.record);
    if (kept.cannotLive.length > 0) return { ok: false, reason: 'missing-references', references: kept.cannotLive };
    lessened = kept.lessened;
    winnerDoc = { _id: current.docId, _rev: winnerRev, ...syncDocBody(current.table, kept.record, member, changedAt) };
  }
  const docs: PouchDocument[] = [
    winnerDoc,
    ...otherRevs.map((rev) => ({ _id: current.docId, _rev: rev, _deleted: true })),
    ...settledDeletions(current.docId, current.deletions),
  ];
  const results = await local.bulkDocs(docs);
  const failed = results.find((result) => !result.ok);
  if (!failed) return lessened.length > 0 ? { ok: true, lessened } : { ok: true };
  if (pouchErrorOf(failed).status === 409) return { ok: false, reason: 'changed-meanwhile' };
  throw new Error(
    `The local copy refused the resolution of ${current.docId}: ${failed.reason ?? failed.message ?? ''}`,
  );
}
