import { afterEach, describe, expect, it } from 'vitest';
import { memoryPouchDatabase, MemoryPouch } from '../../test/support/memoryPouch';
import { openSyncTestDatabase } from '../../test/support/syncDatabase';
import { contactInput, stakeholderInput } from '../../test/support/builders';
import { contactSchema } from '../../shared/domain/contact';
import { stakeholderSchema } from '../../shared/domain/stakeholder';
import { erasureMarkerDocId } from '../../shared/sync/erasureMarker';
import { syncDocBody } from '../../shared/sync/syncDocs';
import type { TramaDatabase } from '../db/db';
import { findDanglingReferences } from '../db/danglingReferences';
import { createAction } from '../db/repositories/actions';
import { createContact, deleteContacts, updateContact } from '../db/repositories/contacts';
import { createStakeholder } from '../db/repositories/stakeholders';
import { deleteRecordInConflict } from './conflictDeletion';
import { listConflicts, readConflict, resolveConflict } from './conflicts';
import { applyInbound, readInboundCheckpoint } from './inboundApply';
import { pumpOutbox } from './outboxPump';
import type { PouchDatabase } from './pouchdb';

// A record deleted on one laptop and changed on another (deletedVersions.ts): listed, and the
// choice settles it for good. A resolution refuses a record that cannot be without a record
// deleted since (a contact without her stakeholder).

const opened: PouchDatabase[] = [];
const openedDbs: TramaDatabase[] = [];
afterEach(async () => {
  await Promise.all([
    ...opened.splice(0).map((local) => local.destroy()),
    ...openedDbs.splice(0).map((db) => db.delete()),
  ]);
});

const NOW = new Date('2026-12-06T12:00:00.000Z');
const stamp = { createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z' };
const stakeholder = stakeholderSchema.parse({
  id: 's-1',
  ...stamp,
  name: 'ASL Caserta',
  categoryId: 'local-health-authority',
  level: 'local',
  region: 'campania',
  sector: 'health',
  influence: 3,
  interest: 3,
  attitude: 'supporter',
  guidelinesStage: 'aware',
});
const DOC_ID = 'stakeholders:s-1';

/** A first revision, then two children of it: `second` (a change) and `third` (another change or a deletion). */
async function twoChildren(local: PouchDatabase, docId: string, first: object, second: object, third: object) {
  const written = await local.bulkDocs([{ _id: docId, ...first }]);
  const base = written[0]!.rev!;
  const [, baseHash] = base.split('-');
  const child = (hash: string, body: object) => ({
    _id: docId,
    _rev: `2-${hash}`,
    _revisions: { start: 2, ids: [hash, baseHash!] },
    ...body,
  });
  await local.bulkDocs([child('a'.repeat(32), second), child('b'.repeat(32), third)], { new_edits: false });
}

async function deletedHereChangedThere(): Promise<PouchDatabase> {
  const local = memoryPouchDatabase();
  opened.push(local);
  await twoChildren(
    local,
    DOC_ID,
    syncDocBody('stakeholders', stakeholder, 'anna', stamp.updatedAt),
    syncDocBody('stakeholders', { ...stakeholder, influence: 5 }, 'marco', '2026-12-02T09:00:00.000Z'),
    { _deleted: true, table: 'stakeholders', changedBy: 'anna', changedAt: '2026-12-02T10:00:00.000Z' },
  );
  return local;
}

describe('a record deleted on one laptop and changed on another', () => {
  it('is listed with who deleted it, beside the change that outlived the deletion', async () => {
    const local = await deletedHereChangedThere();
    const conflict = await readConflict(local, DOC_ID);
    expect(
      conflict?.versions.map((version) => version.record.influence),
      'the change is shown',
    ).toEqual([5]);
    expect(
      conflict?.deletions.map((deletion) => deletion.changedBy),
      'the deletion is listed',
    ).toEqual(['anna']);
  });

  it('kept as changed, it stays and is no longer listed', async () => {
    const local = await deletedHereChangedThere();
    const conflict = (await readConflict(local, DOC_ID))!;
    expect(await resolveConflict(local, conflict, { kind: 'keep', version: 0 }, 'anna', NOW)).toEqual({ ok: true });
    expect(await readConflict(local, DOC_ID), 'the deletion is settled').toBeNull();
    expect(((await local.get(DOC_ID)).record as { influence: number }).influence).toBe(5);
  });

  it('deleted, no version of it is live any more', async () => {
    const local = await deletedHereChangedThere();
    const conflict = (await readConflict(local, DOC_ID))!;
    expect(await resolveConflict(local, conflict, { kind: 'delete' }, 'anna', NOW)).toEqual({ ok: true });
    const leaves = await local.get(DOC_ID, { open_revs: 'all' });
    expect(
      leaves.filter((leaf) => leaf.ok && leaf.ok._deleted !== true),
      'a live version is left',
    ).toEqual([]);
  });

  it('a version removed by a resolution (a deletion without an author) is not listed as a deletion', async () => {
    const local = memoryPouchDatabase();
    opened.push(local);
    await twoChildren(
      local,
      DOC_ID,
      syncDocBody('stakeholders', stakeholder, 'anna', stamp.updatedAt),
      syncDocBody('stakeholders', { ...stakeholder, influence: 5 }, 'marco', '2026-12-02T09:00:00.000Z'),
      { _deleted: true },
    );
    expect(await readConflict(local, DOC_ID)).toBeNull();
  });
});

describe('a person erased on one laptop and changed on another', () => {
  it('is no choice to offer: her erasure’s marker erases the change everywhere', async () => {
    const local = memoryPouchDatabase();
    opened.push(local);
    const ada = contactSchema.parse({ id: 'c-1', ...stamp, ...contactInput('s-1', { name: 'Ada Neri' }) });
    await twoChildren(
      local,
      'contacts:c-1',
      syncDocBody('contacts', ada, 'anna', stamp.updatedAt),
      syncDocBody('contacts', { ...ada, role: 'Psichiatra' }, 'marco', stamp.updatedAt),
      { _deleted: true, table: 'contacts', changedBy: 'anna', changedAt: stamp.updatedAt },
    );
    expect(await readConflict(local, 'contacts:c-1'), 'set-up: a deletion outlived').not.toBeNull();
    await local.put({ _id: erasureMarkerDocId('c-1'), kind: 'erasure' });
    expect(await readConflict(local, 'contacts:c-1')).toBeNull();
  });
});

describe('a resolution and a record it cannot be without', () => {
  it('keeping a contact whose stakeholder was deleted since is refused, naming the field', async () => {
    const local = memoryPouchDatabase();
    opened.push(local);
    const written = await local.bulkDocs([
      { _id: DOC_ID, ...syncDocBody('stakeholders', stakeholder, 'anna', NOW.toISOString()) },
    ]);
    await local.bulkDocs([{ _id: DOC_ID, _rev: written[0]!.rev!, _deleted: true }]);
    const contact = contactSchema.parse({ id: 'c-1', ...stamp, ...contactInput('s-1', { name: 'Ada Neri' }) });
    await twoChildren(
      local,
      'contacts:c-1',
      syncDocBody('contacts', contact, 'anna', stamp.updatedAt),
      syncDocBody('contacts', { ...contact, role: 'Psichiatra' }, 'marco', stamp.updatedAt),
      syncDocBody('contacts', { ...contact, role: 'Psicologa' }, 'anna', stamp.updatedAt),
    );
    const conflict = (await readConflict(local, 'contacts:c-1'))!;
    expect(await resolveConflict(local, conflict, { kind: 'keep', version: 1 }, 'anna', NOW)).toEqual({
      ok: false,
      reason: 'missing-references',
      references: [{ field: 'stakeholderId', table: 'stakeholders' }],
    });
  });
});

describe('deleting from the Conflicts list a record deleted on one laptop and changed on another', () => {
  interface Side {
    db: TramaDatabase;
    local: PouchDatabase;
    member: string;
  }
  function side(member: string): Side {
    const laptop = { db: openSyncTestDatabase(() => member), local: memoryPouchDatabase(), member };
    opened.push(laptop.local);
    openedDbs.push(laptop.db);
    return laptop;
  }
  async function syncBoth(a: Side, b: Side): Promise<void> {
    for (let round = 0; round < 2; round++) {
      for (const laptop of [a, b, a, b]) {
        await pumpOutbox(laptop.db, laptop.local, undefined, laptop.member);
        await applyInbound(laptop.db, laptop.local);
        if (laptop === b) {
          await MemoryPouch.replicate(a.local, b.local);
          await MemoryPouch.replicate(b.local, a.local);
        }
      }
    }
  }

  it('takes her off what names her, as a deletion from her page does, on both laptops', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    const ada = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri' }));
    await syncBoth(a, b);
    // Offline: Anna deletes Ada; Marco edits her and names her in a meeting.
    await deleteContacts(a.db, [ada.id]);
    await updateContact(b.db, ada.id, contactInput(asl.id, { name: 'Ada Neri', role: 'Psichiatra' }));
    await createAction(b.db, {
      title: 'Incontro DSM',
      kind: 'bilateral-meeting',
      date: '2026-09-10',
      status: 'done',
      targetIds: [asl.id],
      participantIds: [ada.id],
    });
    await syncBoth(a, b);
    const [conflict] = await listConflicts(a.local, (await readInboundCheckpoint(a.local)).conflicted);
    expect(
      conflict?.deletions.map((deletion) => deletion.changedBy),
      'set-up: Anna’s deletion is listed',
    ).toEqual(['anna']);
    expect(await deleteRecordInConflict(a.db, a.local, conflict!, 'anna', NOW)).toMatchObject({ ok: true });
    await syncBoth(a, b);
    expect([await a.db.contacts.get(ada.id), await b.db.contacts.get(ada.id)]).toEqual([undefined, undefined]);
    expect(await findDanglingReferences(a.db), 'the meeting still names her').toEqual([]);
    expect(await findDanglingReferences(b.db), 'the same on Marco’s laptop').toEqual([]);
    expect(await listConflicts(a.local, (await readInboundCheckpoint(a.local)).conflicted)).toEqual([]);
  });
});
