// The part of PouchDB's API that team sync uses, typed: PouchDB ships no types and the
// @types packages lag its versions. The engine takes the constructor as an argument, so the
// app passes pouchdb-browser (IndexedDB and HTTP) and the tests an in-memory one.

/** A revision id's hash as PouchDB makes them (32 hex digits), for revisions this app writes itself. */
export function newRevisionHash(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

export interface PouchRevisions {
  start: number;
  ids: string[];
}

export interface PouchDocument {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _revisions?: PouchRevisions;
  [field: string]: unknown;
}

/** One document's outcome in bulkDocs: ok with its new revision, or an error (409 conflict…). */
export interface PouchWriteResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  status?: number;
  name?: string;
  reason?: string;
  message?: string;
}

export interface PouchChange {
  id: string;
  seq: number | string;
  deleted?: boolean;
  doc?: PouchDocument;
  /** The document's leaf revisions (deleted ones too) with `style: 'all_docs'`; its winner's alone otherwise. */
  changes?: Array<{ rev: string }>;
}

/** One leaf of a document read with `open_revs: 'all'`: its body, deleted or not. */
export interface PouchLeaf {
  ok?: PouchDocument;
  missing?: string;
}

export interface PouchAllDocsRow {
  key: string;
  id?: string;
  value?: { rev: string; deleted?: boolean };
  doc?: PouchDocument | null;
  error?: string;
}

export interface PouchEmitter {
  on(event: string, listener: (...args: never[]) => void): PouchEmitter;
  cancel(): void;
}

/**
 * A live two-way replication. Its own 'paused' event drops the error that says whether a
 * direction is idle or cannot reach the server: each direction's events say it.
 */
export interface PouchSync extends PouchEmitter {
  push: PouchEmitter;
  pull: PouchEmitter;
}

export interface PouchDatabase {
  get(id: string, options?: { rev?: string; revs?: boolean; conflicts?: boolean }): Promise<PouchDocument>;
  /** Every leaf revision, deleted ones included (a deletion never shows among `_conflicts`). */
  get(id: string, options: { open_revs: 'all' | string[]; revs?: boolean }): Promise<PouchLeaf[]>;
  /** Given revisions of given documents in one read (missing ones answer an error). */
  bulkGet(options: { docs: Array<{ id: string; rev?: string }> }): Promise<{
    results: Array<{ id: string; docs: Array<{ ok?: PouchDocument; error?: unknown }> }>;
  }>;
  put(doc: PouchDocument): Promise<PouchWriteResult>;
  bulkDocs(docs: PouchDocument[], options?: { new_edits?: boolean }): Promise<PouchWriteResult[]>;
  allDocs(options: {
    keys: string[];
    include_docs?: boolean;
    conflicts?: boolean;
  }): Promise<{ rows: PouchAllDocsRow[] }>;
  changes(options: {
    since: number | string;
    /** Only these documents' changes. */
    doc_ids?: string[];
    include_docs?: boolean;
    conflicts?: boolean;
    style?: 'all_docs';
    limit?: number;
    live?: false;
  }): Promise<{ results: PouchChange[]; last_seq: number | string }>;
  changes(options: { since: 'now'; live: true }): PouchEmitter;
  /** CouchDB also counts deleted documents (`doc_del_count`); PouchDB's own adapters do not. */
  info(): Promise<{ update_seq: number | string; doc_count: number; doc_del_count?: number }>;
  /** Drops the bodies of revisions that are no longer leaves (an erased person's earlier versions). */
  compact(): Promise<unknown>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export interface PouchReplicationOptions {
  live?: boolean;
  retry?: boolean;
  /** Milliseconds to wait after a failed attempt, from the previous wait (0 at first). */
  back_off_function?: (previous: number) => number;
  /** Documents per round of the replication (PouchDB: 100), and rounds fetched ahead (10). */
  batch_size?: number;
  batches_limit?: number;
  /** Keep-alive newlines on the changes feed, in ms; false for none. */
  heartbeat?: number | false;
  /** How long the server may hold a request for changes, in ms. */
  timeout?: number;
}

export interface PouchOptions {
  adapter?: string;
  auth?: { username: string; password: string };
  /** Do not create the database at the server (team members may not). */
  skip_setup?: boolean;
  /** The HTTP requests' fetch (PouchDB's own by default). */
  fetch?: (url: string, init?: RequestInit) => Promise<Response>;
}

export interface PouchConstructor {
  new (name: string, options?: PouchOptions): PouchDatabase;
  sync(local: PouchDatabase, remote: PouchDatabase, options?: PouchReplicationOptions): PouchSync;
  /** One pass of replication from `source` to `target` (tests). */
  replicate(source: PouchDatabase, target: PouchDatabase): Promise<unknown>;
}

/** A PouchDB error or a failed write's outcome: its HTTP status and CouchDB error name. */
export function pouchErrorOf(error: unknown): { status: number | undefined; name: string } {
  if (typeof error !== 'object' || error === null) return { status: undefined, name: '' };
  const { status, name, error: couchName } = error as Record<string, unknown>;
  return {
    status: typeof status === 'number' ? status : undefined,
    name: typeof couchName === 'string' ? couchName : typeof name === 'string' ? name : '',
  };
}

/** A PouchDB constructor as its package exports it, before plugins. */
export interface PluggablePouch extends PouchConstructor {
  plugin(plugin: unknown): PluggablePouch;
}
