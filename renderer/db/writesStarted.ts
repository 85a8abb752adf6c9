// Whether a database may have been written since a moment: each read-write transaction
// opened on it through the write log (writeLog.ts, on every connection openTramaDatabase
// makes: the page's, its workers', other windows') is counted here as it opens, and told
// to the app's other windows and workers on a BroadcastChannel, which count it too.
//
// A read of the whole database made after `writesStarted(name)` was noted still holds the
// data as it is while the count has not moved (the restore's copy of the data held uses the
// preview's read so: safetyCopyFromPreview.ts). Counted as transactions open, not as they
// commit: a write in progress already counts, so it is never missed by waiting for its end.
// Another window's or worker's transaction is told by a message, a few milliseconds late:
// one opened in the instant before a restore starts can be missed, as it could be by a copy
// read afresh then (between that read and the restore's own transaction).

const CHANNEL_NAME = 'trama-writes-started';

interface WriteStartedMessage {
  database: string;
}

const counts = new Map<string, number>();
let channel: BroadcastChannel | null | undefined;

function count(database: string): void {
  counts.set(database, (counts.get(database) ?? 0) + 1);
}

function isWriteStartedMessage(data: unknown): data is WriteStartedMessage {
  return (
    typeof data === 'object' && data !== null && typeof (data as Partial<WriteStartedMessage>).database === 'string'
  );
}

/** This context's channel, opened on first use; null where there is none (the count is then this context's alone). */
function theChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
  if (channel) {
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isWriteStartedMessage(event.data)) count(event.data.database);
    };
    // In Node (tests) an open channel would keep the process alive.
    (channel as BroadcastChannel & { unref?: () => void }).unref?.();
  }
  return channel;
}

/** A read-write transaction on `database` opens in this context (writeLog.ts calls it). */
export function noteWriteStarted(database: string): void {
  count(database);
  theChannel()?.postMessage({ database } satisfies WriteStartedMessage);
}

/**
 * How many read-write transactions on `database` this context has seen open (its own and,
 * from the moment it first asked, those of the app's other windows and workers).
 */
export function writesStarted(database: string): number {
  theChannel();
  return counts.get(database) ?? 0;
}
