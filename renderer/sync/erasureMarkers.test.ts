import { afterEach, describe, expect, it } from 'vitest';
import { erasureMarkerDocId, parseErasureMarker } from '../../shared/sync/erasureMarker';
import { contactInput, stakeholderInput } from '../../test/support/builders';
import { memoryPouchDatabase } from '../../test/support/memoryPouch';
import { openSyncTestDatabase } from '../../test/support/syncDatabase';
import type { TramaDatabase } from '../db/db';
import { collectPersonalData, erasePerson } from '../db/privacy';
import { createAction } from '../db/repositories/actions';
import { createContact, deleteContacts } from '../db/repositories/contacts';
import { createStakeholder } from '../db/repositories/stakeholders';
import { applyInbound } from './inboundApply';
import { pumpOutbox } from './outboxPump';
import type { PouchDatabase } from './pouchdb';
import { SYNC_OUTBOX_TABLE } from './syncTables';

// The pump's half of an erasure travelling: after the deletion of an erased contact person,
// one erasure marker, naming the deletion's revision and the confirmed places; none for an
// ordinary deletion, none for a person the team never had.

const opened: Array<{ db: TramaDatabase; local: PouchDatabase }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map(({ db, local }) => Promise.all([db.delete(), local.destroy()])));
});

function laptop() {
  const side = { db: openSyncTestDatabase(() => 'anna'), local: memoryPouchDatabase() };
  opened.push(side);
  return side;
}

async function markerOn(local: PouchDatabase, contactId: string) {
  const [row] = (await local.allDocs({ keys: [erasureMarkerDocId(contactId)], include_docs: true })).rows;
  return row?.doc ? parseErasureMarker(row.doc) : null;
}

async function withPerson(db: TramaDatabase) {
  const asl = await createStakeholder(db, stakeholderInput());
  const ada = await createContact(db, contactInput(asl.id, { name: 'Ada Neri', emails: ['ada.neri@example.org'] }));
  const action = await createAction(db, {
    title: 'Incontro',
    kind: 'bilateral-meeting',
    date: '2026-09-10',
    status: 'done',
    targetIds: [asl.id],
    participantIds: [ada.id],
    outcome: 'Richiamare Ada Neri',
  });
  return { asl, ada, action };
}

describe('erasure markers written by the pump', () => {
  it('follows the deletion of an erased person with one marker: the deletion’s revision, the confirmed places, the sender', async () => {
    const { db, local } = laptop();
    const { ada, action } = await withPerson(db);
    await pumpOutbox(db, local, undefined, 'anna');
    const report = await collectPersonalData(db, ada.id);
    await erasePerson(db, ada.id, { mentions: report.mentions, marker: '[erased]' });
    const pumped = await pumpOutbox(db, local, undefined, 'anna');
    expect(pumped.written.at(-1)).toBe(erasureMarkerDocId(ada.id));
    const deletion = (await local.allDocs({ keys: [`contacts:${ada.id}`] })).rows[0]?.value;
    expect(deletion?.deleted).toBe(true);
    expect(await markerOn(local, ada.id)).toEqual({
      kind: 'marker',
      marker: expect.objectContaining({
        id: ada.id,
        deletedRev: deletion?.rev,
        places: [{ table: 'actions', id: action.id, field: 'outcome' }],
        changedBy: 'anna',
      }),
    });
    // Handled again, or read back by this laptop's own inbound: nothing more.
    expect(await pumpOutbox(db, local, undefined, 'anna')).toMatchObject({ written: [] });
    expect(await applyInbound(db, local)).toMatchObject({ erased: [], rejections: [] });
    expect(await db.table(SYNC_OUTBOX_TABLE).count()).toBe(0);
  });

  it('writes none for an ordinary deletion, nor for a person erased before the team ever had them', async () => {
    const { db, local } = laptop();
    const first = await withPerson(db);
    await pumpOutbox(db, local, undefined, 'anna');
    await deleteContacts(db, [first.ada.id]);
    const unsent = await createContact(db, contactInput(first.asl.id, { name: 'Bruno Esempio' }));
    await erasePerson(db, unsent.id, { marker: '[erased]' });
    const { written } = await pumpOutbox(db, local, undefined, 'anna');
    expect(written).toContain(`contacts:${first.ada.id}`);
    expect(written.filter((docId) => docId.startsWith('erasure:'))).toEqual([]);
    expect(await markerOn(local, first.ada.id)).toBeNull();
    expect(await markerOn(local, unsent.id)).toBeNull();
  });

  it('writes a withdrawn marker again when the person is erased', async () => {
    const { db, local } = laptop();
    const { ada } = await withPerson(db);
    await pumpOutbox(db, local, undefined, 'anna');
    const withdrawn = await local.put({ _id: erasureMarkerDocId(ada.id), kind: 'erasure' });
    await local.put({ _id: erasureMarkerDocId(ada.id), _rev: withdrawn.rev, _deleted: true });
    await erasePerson(db, ada.id, { marker: '[erased]' });
    await pumpOutbox(db, local, undefined, 'anna');
    expect(await markerOn(local, ada.id)).toMatchObject({ kind: 'marker', marker: { id: ada.id } });
  });
});
