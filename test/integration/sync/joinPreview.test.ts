import type Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureDefaultProgrammes } from '../../../renderer/db/repositories/organisation';
import { createStakeholder } from '../../../renderer/db/repositories/stakeholders';
import { previewJoin } from '../../../renderer/sync/joinPreview';
import { queueAllRecords } from '../../../renderer/sync/syncOutbox';
import { SYNC_OUTBOX_TABLE } from '../../../renderer/sync/syncTables';
import { DEFAULT_PROGRAMMES } from '../../../shared/domain/programmes';
import { docIdOf, syncDocBody } from '../../../shared/sync/syncDocs';
import { freshDatabase, stakeholderInput } from '../../support/builders';
import { openSyncTestDatabase } from '../../support/syncDatabase';
import { adminRequest, teamPerFile } from '../../support/syncLaptops';

// Before a laptop that holds records joins, it is told what will arrive and what will be sent.
// What it is told must be what joining then does.

const team = teamPerFile();

/** Every database a test opens, deleted after it. */
const opened: Dexie[] = [];
const kept = <Database extends Dexie>(database: Database): Database => (opened.push(database), database);
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.delete()));
});

describe('the preview of joining a team', () => {
  it('counts as sent exactly what joining puts in the outbox: not the default programmes as shipped', async () => {
    const { server } = team;
    const database = await team.database();
    const teammates = kept(freshDatabase());
    const theirs = await createStakeholder(teammates, stakeholderInput({ name: 'ASL Napoli 1 Centro' }));
    await adminRequest(server, `/${database}/${encodeURIComponent(docIdOf('stakeholders', theirs.id))}`, {
      method: 'PUT',
      body: syncDocBody('stakeholders', theirs, 'anna', theirs.updatedAt),
    });

    // Not in a team yet: nothing is recorded while these are written.
    const laptop = kept(openSyncTestDatabase(() => null));
    await ensureDefaultProgrammes(laptop);
    const renamed = DEFAULT_PROGRAMMES[0]!;
    await laptop.programmes.update(renamed.id, { name: `${renamed.name} (rinominato)` });
    await createStakeholder(laptop, stakeholderInput({ name: 'Comune di Matera – Servizi sociali' }));

    const preview = await previewJoin(laptop, `${server.url}/${database}`, {
      userName: server.admin.name,
      password: server.admin.password,
    });
    const row = (table: string) => preview.tables.find((entry) => entry.table === table);
    expect(row('programmes')).toMatchObject({ sending: 1, arriving: 0 });
    expect(row('stakeholders')).toMatchObject({ sending: 1, arriving: 1, same: 0, differing: 0 });
    expect(preview.isEmptyHere).toBe(false);

    const queued = await queueAllRecords(laptop, 'marco');
    expect(queued).toBe(preview.tables.reduce((sum, table) => sum + table.sending, 0));
    const outbox = await laptop.table(SYNC_OUTBOX_TABLE).toArray();
    expect(outbox.filter((entry: { table: string }) => entry.table === 'programmes')).toHaveLength(1);
  });

  it('tells a laptop holding only the shipped programmes that it sends nothing', async () => {
    const { server } = team;
    const database = await team.database();
    const laptop = kept(openSyncTestDatabase(() => null));
    await ensureDefaultProgrammes(laptop);
    const preview = await previewJoin(laptop, `${server.url}/${database}`, {
      userName: server.admin.name,
      password: server.admin.password,
    });
    expect(preview.tables.every((table) => table.sending === 0)).toBe(true);
    expect(preview.isEmptyHere).toBe(true);
  });
});
