import type { Rejection } from '../../shared/sync/syncDocs';
import type { KeptCopyStores } from '../db/erasureCopies';
import type { TramaDatabase } from '../db/tramaDatabase';
import type { ConflictChoice, RecordConflict, ResolutionOutcome } from './conflicts';
import type { HeldRecord } from './heldRecords';
import type { PouchConstructor, PouchDatabase, PouchOptions } from './pouchdb';
import type { SyncStatus } from './syncStatus';

// What a laptop's team sync engine (syncEngine.ts) is made with, and what it offers the app.

export interface SyncEngineOptions {
  db: TramaDatabase;
  Pouch: PouchConstructor;
  /** The local PouchDB's name, `trama-sync-<team>`, and its options (the tests' in-memory adapter). */
  localName: string;
  localOptions?: PouchOptions;
  /** The team database's address, `https://server/trama-<team>`. */
  remoteUrl: string;
  auth?: { username: string; password: string };
  /** More options for the team database's PouchDB; its `fetch` gets the time limit on waits for changes. */
  remoteOptions?: PouchOptions;
  /** How long the server may hold a wait for changes, and any request may take (remoteFetch.ts); shorter in tests. */
  longpollMs?: number;
  requestLimitMs?: number;
  /** The team member who writes (changedBy of resolutions). */
  member: string;
  now?: () => Date;
  maxBackOffMs?: number;
  /** What replaces a mention of a person a teammate erased, in this laptop's language. */
  erasureMarkerText?: string;
  /**
   * Where this laptop keeps copies of the data: a teammate's erasure is taken out of them too.
   * Left out, the copies wait for the check that Settings → Privacy offers.
   */
  keptCopyStores?: KeptCopyStores;
}

export interface SetAsideDocs {
  count: number;
  /** The latest, at most REJECTIONS_KEPT (syncEngine.ts). */
  latest: Rejection[];
}

export interface SyncEngine {
  readonly local: PouchDatabase;
  /** Hands over what changed here, starts the live replication, and applies what waits in the background. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops or restarts only the replication with the server (the local side goes on). */
  setReplicating(isOn: boolean): void;
  status(): SyncStatus;
  subscribe(listener: (status: SyncStatus) => void): () => void;
  /** Runs the pump and the inbound applier until nothing waits locally. */
  settle(): Promise<void>;
  conflicts(): Promise<RecordConflict[]>;
  resolve(conflict: RecordConflict, choice: ConflictChoice): Promise<ResolutionOutcome>;
  /** Restores kept off this laptop's database, waiting for a record they cannot be without (heldRecords.ts). */
  heldRecords(): Promise<HeldRecord[]>;
  setAside(): SetAsideDocs;
  /** Resolves once the kept copies of every teammate's erasure received so far were checked. */
  copiesChecked(): Promise<void>;
}
