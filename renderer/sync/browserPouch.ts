import PouchDB from 'pouchdb-browser';
import type { PluggablePouch } from './pouchdb';

/** The app's PouchDB: IndexedDB for the local copy, HTTP for the team's server, replication. */
export const BrowserPouch = PouchDB as PluggablePouch;
