import { readInboundCheckpoint } from './inboundApply';
import type { PouchDatabase } from './pouchdb';

// What an earlier pull left in the local PouchDB and the inbound applier has not read yet: a
// laptop closed in the middle of a first pull holds thousands. On the next start they are the
// first records received, so they give the progress bar its total (an empty laptop's comes
// from the server instead: serverReplication.ts).

/** Leading number of a sequence: PouchDB's are numbers, CouchDB's `12-g1AAAA…` strings. */
function sequenceNumber(seq: number | string): number {
  const value = Number.parseInt(String(seq), 10);
  return Number.isFinite(value) ? value : 0;
}

/**
 * Changes written to the local PouchDB after the inbound checkpoint: at most the documents
 * waiting (a document changed twice is counted twice, and read once).
 */
export async function countInboundBacklog(local: PouchDatabase): Promise<number> {
  const [info, checkpoint] = await Promise.all([local.info(), readInboundCheckpoint(local)]);
  return Math.max(0, sequenceNumber(info.update_seq) - sequenceNumber(checkpoint.since));
}
