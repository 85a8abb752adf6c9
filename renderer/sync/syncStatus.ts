import { pouchErrorOf } from './pouchdb';

// What the sync status shows, always: synced, sending N, offline since a time, or an error.
// Kept from the replication's events and the count of changes not yet on the server.

export type SyncErrorKind =
  /** Wrong user name or password (401). */
  | 'unauthorized'
  /** Not a member of the team's database (403), or the server refused a document. */
  | 'forbidden'
  /** No such team database at that address (404). */
  | 'not-found'
  /** A change could not be written to this laptop's own copy. */
  | 'local'
  | 'other';

export type SyncStatus =
  | { kind: 'stopped' }
  /** Started, and the server not heard from yet. */
  | { kind: 'connecting'; pending: number }
  /**
   * Catching up with the team after starting: `received` records are in this laptop's app
   * database so far, of about `total` (null while the server has not said how many).
   */
  | { kind: 'receiving'; received: number; total: number | null; pending: number }
  | { kind: 'synced' }
  | { kind: 'sending'; pending: number }
  /** The server cannot be reached; replication retries on its own. `since` is an ISO time. */
  | { kind: 'offline'; since: string; pending: number }
  | { kind: 'error'; error: SyncErrorKind; pending: number };

export function errorKindOf(error: unknown): SyncErrorKind {
  const { status, name } = pouchErrorOf(error);
  if (status === 401 || name === 'unauthorized') return 'unauthorized';
  if (status === 403 || name === 'forbidden') return 'forbidden';
  if (status === 404 || name === 'not_found') return 'not-found';
  return 'other';
}

/** What the engine knows, from which the status follows. */
export interface SyncFacts {
  isRunning: boolean;
  /** The replication has reached the server since it started. */
  hasReachedServer: boolean;
  offlineSince: string | null;
  error: SyncErrorKind | null;
  /** Changes in the outbox plus documents written locally and not yet seen pushed. */
  pending: number;
  /**
   * Set from start until the pull first catches up and its records are applied; null after.
   * `received` counts every change the applier read, this laptop's own among them: those it
   * handed over meanwhile (`handedOver`, absent: none) count in the total as well.
   */
  receiving: { received: number; total: number | null; handedOver?: number } | null;
}

export function statusOf(facts: SyncFacts): SyncStatus {
  const { pending } = facts;
  if (!facts.isRunning) return { kind: 'stopped' };
  if (facts.error) return { kind: 'error', error: facts.error, pending };
  if (facts.offlineSince) return { kind: 'offline', since: facts.offlineSince, pending };
  if (facts.receiving) {
    const { received, total: teamTotal, handedOver = 0 } = facts.receiving;
    const total = teamTotal === null ? null : teamTotal + handedOver;
    // Nothing known yet of what the pull will bring; before the server answers, only records an
    // earlier pull left here (a known total) are being received: this laptop's own are not news.
    if (total === null && (received === 0 || !facts.hasReachedServer)) return { kind: 'connecting', pending };
    // The total is an estimate: progress is never shown beyond it.
    return { kind: 'receiving', received, total: total === null ? null : Math.max(total, received), pending };
  }
  if (!facts.hasReachedServer) return { kind: 'connecting', pending };
  return pending > 0 ? { kind: 'sending', pending } : { kind: 'synced' };
}
