import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTACT_ID_LISTS, COPY_STORE_NAMES, PERSONAL_DATA_COPIES } from '../../shared/domain/personalData';
import { valuesAt } from '../../shared/domain/references';
import { parseBackup } from '../../shared/io/backup';
import { eraseFromBackup } from '../../shared/io/eraseFromBackup';
import { contactInput, freshDatabase, stakeholderInput } from '../../test/support/builders';
import { newestFixtureTables, seedDatabase } from '../../test/support/newestFixture';
import { limitStoredValueSize } from '../../test/support/storedValueLimit';
import type { BackupFile, BackupStore } from '../platform/platform';
import { runDailyAutoBackup } from './autoBackup';
import { createBackupJson, restoreBackup } from './backup';
import { applyDeletionPlan, planContactDeletion } from './cascade';
import type { TramaDatabase } from './db';
import {
  COPY_STORE_HANDLERS,
  deleteKeptCopies,
  eraseFromCopies,
  erasureRequestFor,
  holdsPerson,
  isUnchecked,
  listKeptCopies,
  newestRemaining,
  type KeptCopyStores,
} from './erasureCopies';
import { collectPersonalData, erasePerson, type PersonalDataReport } from './privacy';
import { createAction } from './repositories/actions';
import { createContact } from './repositories/contacts';
import { createStakeholder } from './repositories/stakeholders';
import { listSafetyCopies, saveSafetyCopy } from './safetyCopies';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { listUpgradeBackups, saveUpgradeBackup } from './upgradeBackup';

// Issue 13: erasure reaches every copy the app keeps — the desktop's automatic backups and
// safety copies, the pre-upgrade copies and the browser's safety copies — or says which
// copies still hold the person and offers to delete them.

const EMAIL = 'giovanna.esempio@example.org';
const inline = async (json: string, request: Parameters<typeof eraseFromBackup>[1]) => eraseFromBackup(json, request);
const requestFor = (report: PersonalDataReport) =>
  erasureRequestFor(report, { places: report.mentions, marker: '[erased]' });

/** The desktop shell's backups folder, in memory. */
class BackupsFolder implements BackupStore {
  readonly files = new Map<string, { json: string; kind: 'automatic' | 'safety' }>();
  failReplaceOf = new Set<string>();
  async writeAuto(json: string) {
    this.files.set('trama-backup-2026-11-22.json', { json, kind: 'automatic' });
    return { filePath: '/backups/trama-backup-2026-11-22.json', keptCount: this.files.size };
  }
  async writeSafetyCopy(json: string) {
    const fileName = `trama-safety-copy-2026-11-22-${this.files.size}.json`;
    this.files.set(fileName, { json, kind: 'safety' });
    return { fileName };
  }
  async list(): Promise<BackupFile[]> {
    return [...this.files].map(([fileName, file]) => ({
      fileName,
      date: /\d{4}-\d{2}-\d{2}/.exec(fileName)![0],
      sizeBytes: file.json.length,
      kind: file.kind,
    }));
  }
  async read(fileName: string) {
    const file = this.files.get(fileName);
    if (!file) throw new Error(`No file ${fileName}`);
    return file.json;
  }
  async replace(fileName: string, json: string) {
    if (this.failReplaceOf.has(fileName)) throw new Error('EACCES: permission denied');
    this.files.set(fileName, { ...this.files.get(fileName)!, json });
  }
  async remove(fileName: string) {
    this.files.delete(fileName);
  }
  async openFolder() {
    return true;
  }
}

let db: TramaDatabase;
let stores: KeptCopyStores;
let folder: BackupsFolder;
beforeEach(() => {
  db = freshDatabase();
  folder = new BackupsFolder();
  const id = crypto.randomUUID();
  stores = { backups: folder, upgradeBackupDatabaseName: `upgrade-${id}`, safetyCopyDatabaseName: `safety-${id}` };
});
afterEach(async () => {
  await db.delete();
});

async function seed() {
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta', province: 'CE' }));
  const before = await createBackupJson(db, '2026-11-20T08:00:00.000Z');
  const giovanna = await createContact(
    db,
    contactInput(asl.id, { name: 'Giovanna Esempio', emails: [EMAIL], phones: ['+39 0823 000 000'] }),
  );
  const meeting = await createAction(db, {
    title: 'Incontro DSM',
    kind: 'bilateral-meeting',
    date: '2026-09-10',
    status: 'done',
    targetIds: [asl.id],
    participantIds: [giovanna.id],
    outcome: 'Scrivere a giovanna.esempio@example.org',
  });
  return { asl, giovanna, meeting, before, withPerson: await createBackupJson(db, '2026-11-22T08:00:00.000Z') };
}

async function eraseEverywhere(contactId: string) {
  const report = await collectPersonalData(db, contactId);
  await erasePerson(db, contactId, { mentions: report.mentions, marker: '[erased]' });
  const { outcomes, unlisted } = await eraseFromCopies(requestFor(report), stores, inline);
  expect(unlisted).toEqual([]);
  return outcomes;
}

describe('erasure of a person from the copies the app keeps', () => {
  it('rewrites today’s automatic backup and the desktop safety copies, leaving copies without the person untouched', async () => {
    const { giovanna, withPerson, before } = await seed();
    await folder.writeAuto(withPerson);
    await folder.writeSafetyCopy(withPerson);
    folder.files.set('trama-backup-2026-11-20.json', { json: before, kind: 'automatic' });

    const outcomes = await eraseEverywhere(giovanna.id);
    expect(
      outcomes.map((outcome) => [outcome.copy.store === 'desktop' && outcome.copy.fileName, outcome.status]),
    ).toEqual([
      ['trama-backup-2026-11-22.json', 'rewritten'],
      ['trama-safety-copy-2026-11-22-1.json', 'rewritten'],
      ['trama-backup-2026-11-20.json', 'not-present'],
    ]);
    for (const fileName of ['trama-backup-2026-11-22.json', 'trama-safety-copy-2026-11-22-1.json']) {
      const json = await folder.read(fileName);
      expect(json).not.toContain(giovanna.id);
      expect(json.toLowerCase()).not.toContain(EMAIL);
      expect(parseBackup(json, CURRENT_SCHEMA_VERSION).tables.contacts).toEqual([]);
    }
    expect(await folder.read('trama-backup-2026-11-20.json')).toBe(before);
  });

  it('merge-restoring the day’s backup after the erasure does not bring the person back', async () => {
    const { giovanna, meeting, withPerson } = await seed();
    await folder.writeAuto(withPerson);
    await eraseEverywhere(giovanna.id);
    await restoreBackup(
      db,
      parseBackup(await folder.read('trama-backup-2026-11-22.json'), CURRENT_SCHEMA_VERSION),
      'merge',
    );
    expect(await db.contacts.get(giovanna.id)).toBeUndefined();
    expect((await db.actions.get(meeting.id))?.participantIds).toEqual([]);
    expect((await db.actions.get(meeting.id))?.outcome).toBe('Scrivere a [erased]');
  });

  it('rewrites the pre-upgrade copies (kept forever, never shown) and the browser’s safety copies', async () => {
    const { giovanna, withPerson } = await seed();
    for (const fromVersion of [1, 1, 1])
      await saveUpgradeBackup(
        { createdAt: '2026-11-22T08:00:00.000Z', fromVersion, toVersion: 2, json: withPerson },
        stores.upgradeBackupDatabaseName,
      );
    await saveSafetyCopy(
      { createdAt: '2026-11-22T09:00:00.000Z', reason: 'before-restore', json: withPerson },
      stores.safetyCopyDatabaseName,
    );

    const outcomes = await eraseEverywhere(giovanna.id);
    expect(outcomes.map((outcome) => `${outcome.copy.store}:${outcome.status}`)).toEqual([
      'upgrade:rewritten',
      'upgrade:rewritten',
      'upgrade:rewritten',
      'safety:rewritten',
    ]);
    const rows = [
      ...(await listUpgradeBackups(stores.upgradeBackupDatabaseName)),
      ...(await listSafetyCopies(stores.safetyCopyDatabaseName)),
    ];
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.json).not.toContain(giovanna.id);
      expect(row.json.toLowerCase()).not.toContain(EMAIL);
    }
    expect(
      (await listUpgradeBackups(stores.upgradeBackupDatabaseName)).map((row) => [row.fromVersion, row.toVersion]),
    ).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
  });

  it('lists the copies it could not rewrite, and deletes them when asked', async () => {
    const { giovanna, withPerson } = await seed();
    await folder.writeAuto(withPerson);
    folder.failReplaceOf.add('trama-backup-2026-11-22.json');
    await saveUpgradeBackup(
      { createdAt: '2026-11-21T08:00:00.000Z', fromVersion: 1, toVersion: 2, json: `{"cut short": "${EMAIL}` },
      stores.upgradeBackupDatabaseName,
    );

    const outcomes = await eraseEverywhere(giovanna.id);
    const remaining = outcomes.filter(holdsPerson);
    expect(remaining.map((outcome) => outcome.status)).toEqual(['replace-failed', 'unreadable']);
    expect(remaining[0]!.reason).toBe('not-allowed');

    const result = await deleteKeptCopies(
      remaining.map((outcome) => outcome.copy),
      stores,
    );
    expect(result.failed).toEqual([]);
    expect(folder.files.has('trama-backup-2026-11-22.json')).toBe(false);
    expect(await listUpgradeBackups(stores.upgradeBackupDatabaseName)).toEqual([]);
    expect((await listKeptCopies(stores)).copies).toEqual([]);
  });

  it('in the browser (no backups folder) still reaches the copies in IndexedDB', async () => {
    const { giovanna, withPerson } = await seed();
    await saveSafetyCopy(
      { createdAt: '2026-11-22T09:00:00.000Z', reason: 'before-restore', json: withPerson },
      stores.safetyCopyDatabaseName,
    );
    stores = { ...stores, backups: undefined };
    const outcomes = await eraseEverywhere(giovanna.id);
    expect(outcomes.map((outcome) => `${outcome.copy.store}:${outcome.status}`)).toEqual(['safety:rewritten']);
  });

  it('takes the person out of a browser copy too large for one stored value, kept in parts with her email across two of them', async () => {
    const { giovanna, withPerson } = await seed();
    const at = withPerson.indexOf(EMAIL);
    // The smallest part size from 200 characters that puts a boundary inside her email.
    let chunkChars = 200;
    while (Math.floor((at + EMAIL.length - 1) / chunkChars) * chunkChars <= at) chunkChars += 1;
    // The browser's limit on one stored value, scaled down: a part fits, the whole copy does not.
    const liftLimit = limitStoredValueSize(2 * chunkChars + 256);
    try {
      expect(2 * chunkChars + 256).toBeLessThan(withPerson.length);
      stores = { ...stores, backups: undefined, safetyCopyChunkChars: chunkChars };
      await saveSafetyCopy(
        { createdAt: '2026-11-22T09:00:00.000Z', reason: 'before-restore', json: withPerson },
        stores.safetyCopyDatabaseName,
        { chunkChars },
      );
      const outcomes = await eraseEverywhere(giovanna.id);
      expect(outcomes.map((outcome) => `${outcome.copy.store}:${outcome.status}`)).toEqual(['safety:rewritten']);
      const [copy] = await listSafetyCopies(stores.safetyCopyDatabaseName);
      expect(copy!.json).not.toContain(giovanna.id);
      expect(copy!.json.toLowerCase()).not.toContain(EMAIL);
      expect(parseBackup(copy!.json, CURRENT_SCHEMA_VERSION).tables.stakeholders.map((row) => row.name)).toEqual([
        'ASL Caserta',
      ]);
    } finally {
      liftLimit();
    }
  });

  it('takes the person out of a pre-upgrade copy too large for one stored value, and leaves none of its old parts behind', async () => {
    const { giovanna, withPerson } = await seed();
    const chunkChars = 200;
    const liftLimit = limitStoredValueSize(2 * chunkChars + 256);
    try {
      expect(2 * chunkChars + 256).toBeLessThan(withPerson.length);
      await saveUpgradeBackup(
        { createdAt: '2026-11-22T08:00:00.000Z', fromVersion: 1, toVersion: 2, json: withPerson },
        stores.upgradeBackupDatabaseName,
        { chunkChars },
      );
    } finally {
      liftLimit();
    }
    stores = { ...stores, backups: undefined };
    const outcomes = await eraseEverywhere(giovanna.id);
    expect(outcomes.map((outcome) => `${outcome.copy.store}:${outcome.status}`)).toEqual(['upgrade:rewritten']);
    const [copy] = await listUpgradeBackups(stores.upgradeBackupDatabaseName);
    expect(copy!.json).not.toContain(giovanna.id);
    expect(copy!.json.toLowerCase()).not.toContain(EMAIL);
    const partsOf = async () => {
      const stored = await new Dexie(stores.upgradeBackupDatabaseName!).open();
      const parts = (await stored.table('chunks').toArray()) as Array<{ copyId: number; index: number }>;
      stored.close();
      return parts.map(({ copyId, index }) => [copyId, index]);
    };
    // Rewritten in one part (the app's part size): the old parts went with the old text.
    expect(await partsOf()).toEqual([[copy!.id, 0]]);

    const { copies } = await listKeptCopies(stores);
    expect((await deleteKeptCopies(copies, stores)).failed).toEqual([]);
    expect(await partsOf()).toEqual([]);
  });
});

/** Writes an automatic backup only when told: it lets an erasure run while one is on its way. */
class HeldBackupsFolder extends BackupsFolder {
  private release!: () => void;
  private readonly released = new Promise<void>((resolve) => (this.release = resolve));
  reachedWrite!: () => void;
  readonly isWriting = new Promise<void>((resolve) => (this.reachedWrite = resolve));
  override async writeAuto(json: string) {
    this.reachedWrite();
    await this.released;
    return super.writeAuto(json);
  }
  override async list(): Promise<BackupFile[]> {
    // The dialog lists the copies when it opens: the backup under way lands right after.
    const files = await super.list();
    this.release();
    return files;
  }
}

describe('an erasure and the daily automatic backup (review of issue 13)', () => {
  it('never lets an automatic backup read before the erasure land after the copies were checked', async () => {
    const { giovanna } = await seed();
    const held = new HeldBackupsFolder();
    stores = { ...stores, backups: held };
    const backingUp = runDailyAutoBackup(db, held, new Date(2026, 10, 22, 9));
    await held.isWriting;
    // As the dialog does: what will happen (with the copies listed), then the erasure, then the copies.
    const report = await collectPersonalData(db, giovanna.id);
    await listKeptCopies(stores);
    await erasePerson(db, giovanna.id, { mentions: report.mentions, marker: '[erased]' });
    const { outcomes } = await eraseFromCopies(requestFor(report), stores, inline);
    await backingUp;
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rewritten']);
    for (const { json } of held.files.values()) expect(json).not.toContain(giovanna.id);
  });
});

describe('what the copies tell after an erasure (review of issue 13)', () => {
  it('tells a copy it could not check from one that holds the person, and searches an unreadable one’s raw text', async () => {
    const { giovanna, withPerson } = await seed();
    await folder.writeAuto(withPerson);
    await folder.writeSafetyCopy(withPerson);
    folder.failReplaceOf.add('trama-safety-copy-2026-11-22-1.json');
    await saveUpgradeBackup(
      { createdAt: '2026-11-21T08:00:00.000Z', fromVersion: 1, toVersion: 2, json: `{"cut short": "${EMAIL}` },
      stores.upgradeBackupDatabaseName,
    );
    await saveUpgradeBackup(
      { createdAt: '2026-11-20T08:00:00.000Z', fromVersion: 1, toVersion: 2, json: '{"cut short": "nobody' },
      stores.upgradeBackupDatabaseName,
    );
    const failingRead = {
      ...folder,
      read: async () => Promise.reject(new Error('EIO: i/o error, read')),
      list: () => folder.list(),
      replace: folder.replace.bind(folder),
      remove: folder.remove.bind(folder),
    };
    const report = await collectPersonalData(db, giovanna.id);
    await erasePerson(db, giovanna.id, { mentions: report.mentions, marker: '[erased]' });

    const { outcomes } = await eraseFromCopies(requestFor(report), { ...stores, backups: failingRead }, inline);
    expect(
      outcomes.map((outcome) => [outcome.status, outcome.reason, holdsPerson(outcome), isUnchecked(outcome)]),
    ).toEqual([
      ['not-checked', 'unknown', false, true],
      ['not-checked', 'unknown', false, true],
      ['unreadable', 'not-json', false, false],
      ['unreadable', 'not-json', true, false],
    ]);
    const second = await eraseFromCopies(requestFor(report), stores, inline);
    expect(second.outcomes.map((outcome) => [outcome.status, outcome.reason])).toEqual([
      ['rewritten', undefined],
      ['replace-failed', 'not-allowed'],
      ['unreadable', 'not-json'],
      ['unreadable', 'not-json'],
    ]);
    expect(second.outcomes.map((outcome) => outcome.traces)).toEqual([undefined, undefined, [], ['email']]);
  });

  it('says which copy will be the newest once the chosen ones are deleted', async () => {
    const { withPerson } = await seed();
    await folder.writeAuto(withPerson);
    folder.files.set('trama-backup-2026-11-20.json', { json: withPerson, kind: 'automatic' });
    await saveUpgradeBackup(
      { createdAt: '2026-11-21T08:00:00.000Z', fromVersion: 1, toVersion: 2, json: withPerson },
      stores.upgradeBackupDatabaseName,
    );
    const { copies } = await listKeptCopies(stores);
    const today = copies.find((copy) => copy.store === 'desktop' && copy.fileName === 'trama-backup-2026-11-22.json')!;
    expect(newestRemaining(copies, [today])).toMatchObject({ store: 'upgrade', createdAt: '2026-11-21T08:00:00.000Z' });
    expect(newestRemaining(copies, copies)).toBeNull();
  });
});

describe('the registry of copies and of lists of contact ids (review of issue 13)', () => {
  it('has a handler for every store of every reachable copy, and lists a copy from each', async () => {
    const { withPerson } = await seed();
    expect(new Set(COPY_STORE_NAMES)).toEqual(new Set(Object.keys(COPY_STORE_HANDLERS)));
    await folder.writeAuto(withPerson);
    await saveUpgradeBackup(
      { createdAt: '2026-11-22T08:00:00.000Z', fromVersion: 1, toVersion: 2, json: withPerson },
      stores.upgradeBackupDatabaseName,
    );
    await saveSafetyCopy(
      { createdAt: '2026-11-22T09:00:00.000Z', reason: 'before-restore', json: withPerson },
      stores.safetyCopyDatabaseName,
    );
    const listed = new Set((await listKeptCopies(stores)).copies.map((copy) => copy.store));
    for (const entry of PERSONAL_DATA_COPIES)
      for (const store of entry.stores) expect(listed.has(store), `${entry.id}: ${store}`).toBe(entry.reachable);
  });

  it.each(CONTACT_ID_LISTS.map(({ table, path }) => [table, path]))(
    'takes the person out of %s.%s, in the database through the cascade and in a backup',
    async (table, path) => {
      // The newest fixture holds a record of every table: a row there listing two contact
      // persons, the first of them erased, is the sample of each list.
      const tables = newestFixtureTables();
      const listing = tables[table].find((row) => valuesAt(row, path).length >= 2);
      expect(listing, `a ${table} row listing two contacts at ${path} in the newest test/fixtures/db`).toBeDefined();
      const [erased = ''] = valuesAt(listing, path);
      const kept = valuesAt(listing, path).filter((id) => id !== erased);
      await seedDatabase(db, tables);
      const backupJson = await createBackupJson(db, '2026-11-22T08:00:00.000Z');
      const report = await collectPersonalData(db, erased);
      const expectTakenOut = (rows: readonly unknown[]) => {
        const listingNow = rows.find((row) => valuesAt(row, 'id')[0] === listing?.id);
        expect(valuesAt(listingNow, path)).toEqual(kept);
        expect(rows.filter((row) => valuesAt(row, path).includes(erased))).toEqual([]);
      };

      await db.transaction('rw', db.tables, async () => applyDeletionPlan(db, await planContactDeletion(db, [erased])));
      expectTakenOut(await db.table(table).toArray());
      const result = eraseFromBackup(backupJson, { ...requestFor(report), places: [] });
      if (result.status !== 'rewritten') throw new Error(result.status);
      expectTakenOut(parseBackup(result.json, CURRENT_SCHEMA_VERSION).tables[table]);
    },
  );
});
