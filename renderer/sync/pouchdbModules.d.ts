// PouchDB's packages ship no types. Each is declared here as an opaque value; the one place
// that loads it gives it the type of renderer/sync/pouchdb.ts (the app: browserPouch.ts; the
// tests: test/support/memoryPouch.ts).

declare module 'pouchdb-browser' {
  const PouchDB: unknown;
  export default PouchDB;
}

declare module 'pouchdb-core' {
  const PouchDB: unknown;
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
