// The Node typecheck (tsconfig.node.json) leaves renderer/ out, where PouchDB's modules are declared.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../renderer/sync/pouchdbModules.d.ts" />
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { PluggablePouch, PouchDatabase } from '../../renderer/sync/pouchdb';

/** PouchDB for tests: in-memory local databases, HTTP to a test server, replication (what pouchdb-browser bundles, less IndexedDB). */
export const MemoryPouch = (PouchDB as PluggablePouch).plugin(memoryAdapter).plugin(httpAdapter).plugin(replication);

/** A local database of its own for one test laptop. */
export function memoryPouchDatabase(): PouchDatabase {
  return new MemoryPouch(`laptop-${crypto.randomUUID()}`, { adapter: 'memory' });
}
