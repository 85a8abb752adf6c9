import { describe, expect, it } from 'vitest';
import { createBackupJson, restoreBackup } from '../../../renderer/db/backup';
import { readCopiesPending } from '../../../renderer/db/copiesPending';
import { readErasedContactIds } from '../../../renderer/db/erasedContacts';
import type { KeptCopyStores } from '../../../renderer/db/erasureCopies';
import { collectPersonalData, erasePerson } from '../../../renderer/db/privacy';
import { createAction } from '../../../renderer/db/repositories/actions';
import { createContact, updateContact } from '../../../renderer/db/repositories/contacts';
import { createStakeholder } from '../../../renderer/db/repositories/stakeholders';
import { stampChange, undoChange } from '../../../renderer/db/undo';
import { listSafetyCopies, saveSafetyCopy } from '../../../renderer/db/safetyCopies';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import type { BackupFile, BackupStore } from '../../../renderer/platform/platform';
import { parseBackup } from '../../../shared/io/backup';
import { erasureMarkerBody, erasureMarkerDocId } from '../../../shared/sync/erasureMarker';
import { contactInput, stakeholderInput } from '../../support/builders';
import { adminRequest, eventually, teamPerFile, type Laptop } from '../../support/syncLaptops';

// Issue 15: a GDPR erasure on one laptop reaches every member — their database, their
// history, the copies their app keeps and their local PouchDB — through an erasure marker,
// whether the deletion arrives before it, after it, or never (purged from the server).

const NAME = 'Ada Neri';
const EMAIL = 'ada.neri@example.org';
const PHONE = '+39 333 123 4567';
const OLD_PHONE = '+39 0823 445 566';
const TRACES = [NAME, EMAIL, '333 123 4567', '0823 445 566'];

/** The desktop's backups folder, in memory. */
class BackupsFolder implements Pick<BackupStore, 'list' | 'read' | 'replace' | 'remove'> {
  readonly files = new Map<string, string>();
  async list(): Promise<BackupFile[]> {
    return [...this.files].map(([fileName, json]) => ({
      fileName,
      date: '2026-12-01',
      sizeBytes: json.length,
      kind: 'automatic' as const,
    }));
  }
  async read(fileName: string) {
    const json = this.files.get(fileName);
    if (json === undefined) throw new Error(`No file ${fileName}`);
    return json;
  }
  async replace(fileName: string, json: string) {
    this.files.set(fileName, json);
  }
  async remove(fileName: string) {
    this.files.delete(fileName);
  }
}

const team = teamPerFile();

/** Marco's laptop (as team.laptop's), whose copies — a backups folder, browser safety copies — a teammate's erasure reaches. */
function laptopWithCopies(
  database: string,
  member: string,
): Laptop & { stores: KeptCopyStores; folder: BackupsFolder } {
  const folder = new BackupsFolder();
  const stores: KeptCopyStores = { backups: folder, safetyCopyDatabaseName: `safety-${crypto.randomUUID()}` };
  // The same object: restartEngine replaces its engine.
  return Object.assign(team.laptop(database, member, { keptCopyStores: stores }), { stores, folder });
}

async function teamOfTwo() {
  const database = await team.database();
  const anna = team.laptop(database, 'anna');
  const marco = laptopWithCopies(database, 'marco');
  await Promise.all([anna.engine.start(), marco.engine.start()]);
  return { anna, marco, database };
}

/** Anna's network with Ada Neri: her record (with an earlier phone) and an action she took part in. */
async function networkWithAda(anna: Laptop) {
  const asl = await createStakeholder(anna.db, stakeholderInput({ name: 'ASL Caserta', province: 'CE' }));
  const ada = await createContact(anna.db, contactInput(asl.id, { name: NAME, emails: [EMAIL], phones: [OLD_PHONE] }));
  const meeting = await createAction(anna.db, {
    title: 'Incontro DSM',
    kind: 'bilateral-meeting',
    date: '2026-09-10',
    status: 'done',
    targetIds: [asl.id],
    participantIds: [ada.id],
    outcome: 'Da richiamare',
  });
  return { asl, ada, meeting };
}

async function saveActionOutcome(laptop: Laptop, id: string, outcome: string) {
  await laptop.db.transaction('rw', laptop.db.actions, async () => {
    const action = await laptop.db.actions.get(id);
    await laptop.db.actions.put({ ...action!, outcome, updatedAt: new Date().toISOString() });
  });
}

const tracesIn = (text: string) => TRACES.filter((trace) => text.includes(trace));

describe('an erasure travels to every member', () => {
  it('takes the person out of B’s database, history, kept copies and local PouchDB, and a restore does not bring them back', async () => {
    const { anna, marco } = await teamOfTwo();
    const { asl, ada, meeting } = await networkWithAda(anna);
    await eventually(
      () => marco.db.actions.get(meeting.id),
      (found) => expect(found?.participantIds).toEqual([ada.id]),
    );
    // Changes Marco's history records field by field: her new phone, the note naming her.
    await updateContact(anna.db, ada.id, contactInput(asl.id, { name: NAME, emails: [EMAIL], phones: [PHONE] }));
    await saveActionOutcome(anna, meeting.id, `Richiamare ${NAME} al ${PHONE}`);
    await eventually(
      () => marco.db.contacts.get(ada.id),
      (found) => expect(found?.phones).toEqual([PHONE]),
    );
    await eventually(
      () => marco.db.actions.get(meeting.id),
      (found) => expect(found?.outcome).toContain(NAME),
    );
    // Marco's app keeps copies holding Ada; an exported file is kept by Marco himself.
    const backupWithAda = await createBackupJson(marco.db, '2026-12-01T08:00:00.000Z');
    marco.folder.files.set('trama-backup-2026-12-01.json', backupWithAda);
    await saveSafetyCopy(
      { createdAt: '2026-12-01T09:00:00.000Z', reason: 'before-restore', json: backupWithAda },
      marco.stores.safetyCopyDatabaseName,
    );
    expect(tracesIn(JSON.stringify(await marco.db.history.toArray()))).not.toEqual([]);
    const versionWithAda = (await marco.engine.local.get(`contacts:${ada.id}`))._rev!;

    // Marco is offline while Anna erases.
    marco.engine.setReplicating(false);
    const report = await collectPersonalData(anna.db, ada.id);
    await erasePerson(anna.db, ada.id, { mentions: report.mentions, marker: '[erased]' });
    await anna.engine.settle();
    marco.engine.setReplicating(true);

    await eventually(
      async () => ({
        erased: (await readErasedContactIds(marco.db)).has(ada.id),
        pending: (await readCopiesPending(marco.db)).map((entry) => entry.contactId),
        contact: await marco.db.contacts.get(ada.id),
      }),
      (state) => expect(state).toEqual({ erased: true, pending: [], contact: undefined }),
    );
    await marco.engine.copiesChecked();
    const action = await marco.db.actions.get(meeting.id);
    expect(action?.participantIds).toEqual([]);
    expect(tracesIn(JSON.stringify(action))).toEqual([]);
    expect(tracesIn(JSON.stringify(await marco.db.history.toArray()))).toEqual([]);
    expect(tracesIn(marco.folder.files.get('trama-backup-2026-12-01.json')!)).toEqual([]);
    const [safetyCopy] = await listSafetyCopies(marco.stores.safetyCopyDatabaseName);
    expect(tracesIn(safetyCopy!.json)).toEqual([]);
    expect(safetyCopy!.json).not.toContain(ada.id);
    // The earlier version's body is compacted away on both laptops.
    await expect(marco.engine.local.get(`contacts:${ada.id}`, { rev: versionWithAda })).rejects.toThrow();
    await expect(anna.engine.local.get(`contacts:${ada.id}`, { rev: versionWithAda })).rejects.toThrow();

    // The file Marco kept himself still holds Ada: restoring it leaves her out.
    const outcome = await restoreBackup(marco.db, parseBackup(backupWithAda, CURRENT_SCHEMA_VERSION), 'merge');
    expect(outcome.leftOutContacts).toBe(1);
    expect(await marco.db.contacts.get(ada.id)).toBeUndefined();
  });

  it('erases a person whose deletion never arrives (purged from the server while B was away)', async () => {
    const { anna, marco, database } = await teamOfTwo();
    const { ada, meeting } = await networkWithAda(anna);
    // Both must be on Marco's laptop before it goes away: they may come in different rounds.
    await eventually(
      async () => [await marco.db.contacts.get(ada.id), await marco.db.actions.get(meeting.id)],
      (found) => expect(found.every(Boolean)).toBe(true),
    );
    anna.engine.setReplicating(false);
    marco.engine.setReplicating(false);
    // What a purged server holds: the marker, no deletion of her record.
    const marker = erasureMarkerBody(
      ada.id,
      '3-0123456789abcdef0123456789abcdef',
      [],
      'admin',
      new Date().toISOString(),
    );
    await adminRequest(team.server, `/${database}/${encodeURIComponent(erasureMarkerDocId(ada.id))}`, {
      method: 'PUT',
      body: marker,
    });
    marco.engine.setReplicating(true);
    await eventually(
      async () => [await marco.db.contacts.get(ada.id), (await readErasedContactIds(marco.db)).has(ada.id)],
      (state) => expect(state).toEqual([undefined, true]),
    );
    expect((await marco.db.actions.get(meeting.id))?.participantIds).toEqual([]);
    expect(tracesIn(JSON.stringify(await marco.db.history.toArray()))).toEqual([]);
    // Marco's laptop sent the deletion: Anna, back online, loses the record too.
    anna.engine.setReplicating(true);
    await eventually(
      () => anna.db.contacts.get(ada.id),
      (found) => expect(found).toBeUndefined(),
    );
  });

  it('a laptop that was away does not carry out an erasure that was undone meanwhile', async () => {
    const { anna, marco, database } = await teamOfTwo();
    const { ada } = await networkWithAda(anna);
    await eventually(
      () => marco.db.contacts.get(ada.id),
      (found) => expect(found).toBeDefined(),
    );
    const historyBefore = await marco.db.history.where('recordIds').equals(ada.id).count();
    marco.engine.setReplicating(false);
    const erased = await erasePerson(anna.db, ada.id, { marker: '[erased]' });
    // The marker is written and sent before Anna takes the erasure back.
    await anna.engine.settle();
    expect((await anna.engine.local.get(erasureMarkerDocId(ada.id))).id).toBe(ada.id);
    expect(await undoChange(anna.db, await stampChange(erased.change))).toMatchObject({ isComplete: true });
    await anna.engine.settle();
    // A settle hands Anna's changes to her local PouchDB only: Marco comes back once the server
    // holds the version that undoes the erasure, or he may pull the erasure without it and
    // carry it out (then take it back: erasureUndoneAfter.test.ts), which is not this case.
    const undoneRev = (await anna.engine.local.get(`contacts:${ada.id}`))._rev;
    await eventually(
      () => adminRequest(team.server, `/${database}/${encodeURIComponent(`contacts:${ada.id}`)}`),
      (doc) => expect(doc).toMatchObject({ _rev: undoneRev }),
    );
    marco.engine.setReplicating(true);
    const stakeholder = await createStakeholder(anna.db, stakeholderInput({ name: 'Prefettura di Caserta' }));
    await eventually(
      () => marco.db.stakeholders.get(stakeholder.id),
      (found) => expect(found).toBeDefined(),
    );
    expect(await marco.db.contacts.get(ada.id)).toMatchObject({ name: NAME, emails: [EMAIL] });
    expect(await readErasedContactIds(marco.db)).toEqual(new Set());
    expect(await marco.db.history.where('recordIds').equals(ada.id).count()).toBeGreaterThanOrEqual(historyBefore);
    expect(await anna.db.contacts.get(ada.id)).toBeDefined();
  });

  it('sets hostile markers aside, ignores ids it never held, and a marker received twice changes nothing', async () => {
    const { anna, marco, database } = await teamOfTwo();
    const { ada } = await networkWithAda(anna);
    await eventually(
      () => marco.db.contacts.get(ada.id),
      (found) => expect(found).toBeDefined(),
    );
    const at = new Date().toISOString();
    const valid = (id: string) => ({ _id: erasureMarkerDocId(id), ...erasureMarkerBody(id, '2-abc', [], 'admin', at) });
    const hostile = [
      { ...valid('x1'), name: NAME },
      // The server drops a `__proto__` key itself (erasureMarker.test.ts checks the parser's refusal).
      { ...valid('x2'), constructor: { prototype: { polluted: true } } },
      { ...valid('x3'), _id: erasureMarkerDocId(ada.id) + '-other' },
      { ...valid('x4'), table: 'stakeholders' },
      {
        ...valid('x5'),
        places: Array.from({ length: 1_001 }, (_, index) => ({ table: 'actions', id: `${index}`, field: 'outcome' })),
      },
      { ...valid('x6'), deletedRev: 'not a revision' },
    ];
    await adminRequest(team.server, `/${database}/_bulk_docs`, {
      method: 'POST',
      body: { docs: [...hostile, valid('ghost')] },
    });
    await eventually(
      async () => marco.engine.setAside().count,
      (count) => expect(count).toBe(hostile.length),
    );
    expect(new Set(marco.engine.setAside().latest.map((rejection) => rejection.reason))).toEqual(
      new Set(['invalid-marker']),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await eventually(
      async () => [...(await readErasedContactIds(marco.db))],
      (ids) => expect(ids).toEqual(['ghost']),
    );
    // Nothing held here was touched by any of them.
    expect(await marco.db.contacts.get(ada.id)).toBeDefined();

    await erasePerson(anna.db, ada.id, { marker: '[erased]' });
    await eventually(
      async () => (await readErasedContactIds(marco.db)).has(ada.id),
      (isErased) => expect(isErased).toBe(true),
    );
    await marco.engine.copiesChecked();
    const historyBefore = await marco.db.history.toArray();
    // The same marker again, as a new revision: nothing more happens.
    const doc = await adminRequest(team.server, `/${database}/${encodeURIComponent(erasureMarkerDocId(ada.id))}`);
    await adminRequest(team.server, `/${database}/${encodeURIComponent(erasureMarkerDocId(ada.id))}`, {
      method: 'PUT',
      body: doc,
    });
    const stakeholder = await createStakeholder(anna.db, stakeholderInput({ name: 'Prefettura di Caserta' }));
    await eventually(
      () => marco.db.stakeholders.get(stakeholder.id),
      (found) => expect(found).toBeDefined(),
    );
    const historyAfter = await marco.db.history.toArray();
    expect(historyAfter.filter((entry) => !entry.recordIds.includes(stakeholder.id))).toEqual(historyBefore);
    expect(await readCopiesPending(marco.db)).toEqual([]);
    expect(marco.engine.setAside().count).toBe(hostile.length);
  });
});
