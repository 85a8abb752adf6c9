import { COPY_STORE_NAMES, type CopyStoreName } from '../../shared/domain/personalData';
import type { MentionTarget } from '../../shared/domain/recordMentions';
import type {
  BackupErasureRequest,
  BackupErasureResult,
  Leftovers,
  SamePerson,
  Trace,
} from '../../shared/io/eraseFromBackup';
import { backupFailureReason } from '../../shared/ipc/backupFailure';
import { withCopiesLock } from './copiesLock';
import { COPY_STORE_HANDLERS, type KeptCopy, type KeptCopyStores } from './copyStores';

export type { KeptCopyStores } from './copyStores';
import type { PersonalDataReport } from './privacy';
import { CURRENT_SCHEMA_VERSION } from './schema';

// The copies of the data the app keeps outside the live database, one store per entry of
// shared/domain/personalData.ts PERSONAL_DATA_COPIES (copyStores.ts). After an erasure each
// is read, rewritten without the person (in a worker: eraseFromBackupInWorker.ts) and put
// back; what could not be rewritten, or not even checked, is listed, and deleted when the
// user asks.

export { COPY_STORE_HANDLERS, type KeptCopy };

export interface KeptCopyList {
  copies: KeptCopy[];
  /** Stores that could not be listed, with the reason: the copies in them were not checked. */
  unlisted: Array<{ store: CopyStoreName; reason: CopyFailureReason }>;
}

/**
 * - rewritten / not-present: the copy no longer holds the person;
 * - still-present, not-rewritten (the rewrite would not restore), replace-failed: it does;
 * - unreadable: not a backup Trama can read; `traces` says what of the person its text holds;
 * - not-checked: it could not be read, or the check failed or was stopped.
 */
export type CopyErasureStatus =
  'rewritten' | 'not-present' | 'still-present' | 'not-rewritten' | 'unreadable' | 'replace-failed' | 'not-checked';

/** Why: a backup's refusal or shape problem, a file error's kind, or what stopped the check. */
export type CopyFailureReason = string;

export interface CopyErasureOutcome {
  copy: KeptCopy;
  status: CopyErasureStatus;
  /** A code the dialog words in the user's language (erasureLabels.ts); raw messages go to the console only. */
  reason?: CopyFailureReason;
  leftovers?: Leftovers;
  traces?: Trace[];
  mentionsLeft?: MentionTarget[];
  /** Other records in the copy with one of the person's emails or phones: not erased. */
  samePerson?: SamePerson[];
}

export type BackupRewriter = (json: string, request: BackupErasureRequest) => Promise<BackupErasureResult>;

/** What the worker needs to take the person out of a copy: the same places the database lost. */
export function erasureRequestFor(
  report: Pick<PersonalDataReport, 'contact' | 'sharedDetails'>,
  { places, marker }: { places: readonly MentionTarget[]; marker: string },
): BackupErasureRequest {
  const { contact, sharedDetails } = report;
  const shared = (kind: 'email' | 'phone') =>
    sharedDetails.filter((entry) => entry.kind === kind).map((entry) => entry.detail);
  return {
    contactId: contact.id,
    person: { name: contact.name, emails: contact.emails, phones: contact.phones },
    sharedDetails: { emails: shared('email'), phones: shared('phone') },
    places: places.map(({ table, id, field }) => ({ table, id, field })),
    marker,
    currentSchemaVersion: CURRENT_SCHEMA_VERSION,
  };
}

/** A pending erasure after a restart: only the id and the places are known; each copy says the rest. */
export function pendingRequestFor(
  contactId: string,
  places: readonly MentionTarget[],
  marker: string,
): BackupErasureRequest {
  return {
    contactId,
    person: { name: '', emails: [], phones: [] },
    places,
    marker,
    currentSchemaVersion: CURRENT_SCHEMA_VERSION,
  };
}

/** The error's kind, never its English text: the dialog words it. */
export function failureReasonOf(error: unknown): CopyFailureReason {
  console.error(error);
  if (error instanceof CopyCheckError) return error.reason;
  return backupFailureReason(error);
}

/** A check that did not finish: the worker timed out, crashed or could not take the message. */
export class CopyCheckError extends Error {
  constructor(readonly reason: 'timeout' | 'worker-failed' | 'message-failed' | 'stopped') {
    super(`Copy not checked: ${reason}`);
  }
}

export async function listKeptCopies(stores: KeptCopyStores): Promise<KeptCopyList> {
  const list: KeptCopyList = { copies: [], unlisted: [] };
  for (const store of COPY_STORE_NAMES) {
    try {
      list.copies.push(...(await COPY_STORE_HANDLERS[store].list(stores)));
    } catch (error) {
      list.unlisted.push({ store, reason: failureReasonOf(error) });
    }
  }
  return list;
}

async function eraseFromCopy(
  copy: KeptCopy,
  request: BackupErasureRequest,
  stores: KeptCopyStores,
  rewrite: BackupRewriter,
): Promise<CopyErasureOutcome> {
  const handler = COPY_STORE_HANDLERS[copy.store];
  let result: BackupErasureResult;
  try {
    const json = await handler.read(copy, stores);
    if (json === null) return { copy, status: 'not-present', reason: 'gone' };
    result = await rewrite(json, request);
  } catch (error) {
    return { copy, status: 'not-checked', reason: failureReasonOf(error) };
  }
  switch (result.status) {
    case 'not-present':
      return { copy, status: 'not-present', samePerson: result.samePerson };
    case 'unreadable':
      return { copy, status: 'unreadable', reason: result.reason, traces: result.traces };
    case 'not-rewritten':
      return { copy, status: 'not-rewritten', reason: result.reason };
    case 'still-present':
      return { copy, status: 'still-present', leftovers: result.leftovers, samePerson: result.samePerson };
    case 'rewritten': {
      try {
        await handler.replace(copy, result.json, stores);
      } catch (error) {
        return { copy, status: 'replace-failed', reason: failureReasonOf(error) };
      }
      const found = { samePerson: result.samePerson, mentionsLeft: result.mentionsLeft };
      return result.leftovers.count === 0
        ? { copy, status: 'rewritten', ...found }
        : { copy, status: 'still-present', leftovers: result.leftovers, ...found };
    }
  }
}

export interface CopiesRun {
  onProgress?: (done: number, total: number) => void;
  /** Stops after the copy being checked; the rest are reported not checked. */
  signal?: AbortSignal;
}

/**
 * Lists the copies again — after the erasure's transaction, so that a backup written in
 * between is among them — and takes the person out of each, one at a time (each may be a
 * whole backup of 90 MB), while no automatic backup is written (copiesLock.ts).
 */
export function eraseFromCopies(
  request: BackupErasureRequest,
  stores: KeptCopyStores,
  rewrite: BackupRewriter,
  { onProgress, signal }: CopiesRun = {},
): Promise<KeptCopyList & { outcomes: CopyErasureOutcome[] }> {
  return withCopiesLock(async () => {
    const list = await listKeptCopies(stores);
    onProgress?.(0, list.copies.length);
    const outcomes: CopyErasureOutcome[] = [];
    for (const copy of list.copies) {
      outcomes.push(
        signal?.aborted
          ? { copy, status: 'not-checked', reason: 'stopped' }
          : await eraseFromCopy(copy, request, stores, rewrite),
      );
      onProgress?.(outcomes.length, list.copies.length);
    }
    return { ...list, outcomes };
  });
}

/** Whether the copy still holds the person after the erasure. */
export const holdsPerson = (outcome: CopyErasureOutcome) =>
  outcome.status === 'still-present' ||
  outcome.status === 'not-rewritten' ||
  outcome.status === 'replace-failed' ||
  (outcome.status === 'unreadable' && (outcome.traces?.length ?? 0) > 0);

/** Whether the copy could not be checked at all (it may or may not hold the person). */
export const isUnchecked = (outcome: CopyErasureOutcome) => outcome.status === 'not-checked';

/** The copy that will be the newest once `deleting` are gone; null when none is left. */
export function newestRemaining(copies: readonly KeptCopy[], deleting: readonly KeptCopy[]): KeptCopy | null {
  const dateOf = (copy: KeptCopy) => (copy.store === 'desktop' ? copy.date : copy.createdAt);
  const left = copies.filter((copy) => !deleting.includes(copy));
  return left.reduce<KeptCopy | null>(
    (newest, copy) => (newest === null || dateOf(copy) > dateOf(newest) ? copy : newest),
    null,
  );
}

export function deleteKeptCopies(
  copies: readonly KeptCopy[],
  stores: KeptCopyStores,
): Promise<{ deleted: KeptCopy[]; failed: Array<{ copy: KeptCopy; reason: CopyFailureReason }> }> {
  return withCopiesLock(async () => {
    const result: { deleted: KeptCopy[]; failed: Array<{ copy: KeptCopy; reason: CopyFailureReason }> } = {
      deleted: [],
      failed: [],
    };
    for (const copy of copies) {
      try {
        await COPY_STORE_HANDLERS[copy.store].remove(copy, stores);
        result.deleted.push(copy);
      } catch (error) {
        result.failed.push({ copy, reason: failureReasonOf(error) });
      }
    }
    return result;
  });
}
