import { describe, expect, it } from 'vitest';
import { createStakeholder } from '../../../renderer/db/repositories/stakeholders';
import type { FetchLike } from '../../../renderer/sync/remoteFetch';
import type { SyncStatus } from '../../../renderer/sync/syncStatus';
import { stakeholderInput } from '../../support/builders';
import { eventually, teamPerFile } from '../../support/syncLaptops';

// pouchdb-server ignores the `timeout` a wait for changes asks for and holds every wait until
// something changes, as a proxy may: each wait runs past the engine's limit. The server still
// answers everything else, so the laptop is not offline; a network lost meanwhile still is.

const team = teamPerFile();

/**
 * Anna's laptop, whose requests to the server go through a network that can be lost, and
 * that counts the waits for changes given up unanswered.
 */
function annaOn(database: string) {
  const network = { isLost: false, waitsGivenUp: 0, lastGivenUpAt: '' };
  const fetchThroughNetwork: FetchLike = (url, init) => {
    if (url.includes('feed=longpoll')) {
      init?.signal?.addEventListener(
        'abort',
        () => {
          network.waitsGivenUp++;
          network.lastGivenUpAt = new Date().toISOString();
        },
        { once: true },
      );
    }
    // Lost silently, as a network that drops packets: nothing answers, nothing fails until given up.
    if (!network.isLost) return globalThis.fetch(url, init);
    return new Promise<Response>((_resolve, reject) =>
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error), { once: true }),
    );
  };
  const anna = team.laptop(database, 'anna', { fetch: fetchThroughNetwork });
  const seen: SyncStatus[] = [];
  anna.engine.subscribe((status) => seen.push(status));
  return Object.assign(anna, { network, seen });
}

describe('a server that holds waits for changes past the limit', () => {
  it('never shows the laptop offline, and what a teammate sends meanwhile still arrives', async () => {
    const database = await team.database();
    const anna = annaOn(database);
    const marco = team.laptop(database, 'marco');
    await Promise.all([anna.engine.start(), marco.engine.start()]);
    await eventually(
      async () => ({ status: anna.engine.status(), waitsGivenUp: anna.network.waitsGivenUp }),
      (now) => {
        expect(now.status).toEqual({ kind: 'synced' });
        expect(now.waitsGivenUp).toBeGreaterThanOrEqual(2);
      },
    );
    const sent = await createStakeholder(marco.db, stakeholderInput({ name: 'Arrivata durante l’attesa' }));
    await eventually(
      () => anna.db.stakeholders.get(sent.id),
      (found) => expect(found).toEqual(sent),
    );
    const givenUpBefore = anna.network.waitsGivenUp;
    await eventually(
      async () => anna.network.waitsGivenUp,
      (givenUp) => expect(givenUp).toBeGreaterThan(givenUpBefore),
    );
    expect(anna.seen.map((status) => status.kind)).not.toContain('offline');
    expect(anna.engine.status()).toEqual({ kind: 'synced' });
  });

  it('goes offline when the network is lost during a held wait, since the wait was given up, and recovers', async () => {
    const database = await team.database();
    const anna = annaOn(database);
    await anna.engine.start();
    await eventually(
      async () => ({ status: anna.engine.status(), waitsGivenUp: anna.network.waitsGivenUp }),
      (now) => {
        expect(now.status).toEqual({ kind: 'synced' });
        expect(now.waitsGivenUp).toBeGreaterThanOrEqual(1);
      },
    );
    const lostAt = new Date().toISOString();
    anna.network.isLost = true;
    const offline = await eventually(
      async () => anna.engine.status(),
      (status) => expect(status.kind).toBe('offline'),
    );
    // The first question left unanswered is the wait given up after the network was lost, not
    // the quick question asked then, which failed only later (at its own limit).
    expect(offline).toEqual({ kind: 'offline', since: expect.any(String), pending: 0 });
    const since = (offline as { since: string }).since;
    expect(since >= lostAt && since <= anna.network.lastGivenUpAt).toBe(true);
    anna.network.isLost = false;
    await eventually(
      async () => anna.engine.status(),
      (status) => expect(status).toEqual({ kind: 'synced' }),
    );
  });
});
