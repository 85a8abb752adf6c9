import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../shared/io/backup';
import { eraseFromBackup } from '../../shared/io/eraseFromBackup';
import { contactInput, freshDatabase, stakeholderInput } from '../../test/support/builders';
import type { BackupFile, BackupStore } from '../platform/platform';
import { createBackupJson, restoreBackup } from './backup';
import type { TramaDatabase } from './db';
import { deleteKeptCopies, eraseFromKeptCopies, erasureRequestFor, listKeptCopies, stillHoldsPerson, type KeptCopyStores } from './erasureCopies';
import { collectPersonalData, erasePerson } from './privacy';
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
    return [...this.files].map(([fileName, file]) => ({ fileName, date: '2026-11-22', sizeBytes: file.json.length, kind: file.kind }));
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
  const giovanna = await createContact(db, contactInput(asl.id, { name: 'Giovanna Esempio', emails: [EMAIL], phones: ['+39 0823 000 000'] }));
  const meeting = await createAction(db, { title: 'Incontro DSM', kind: 'bilateral-meeting', date: '2026-09-10', status: 'done', targetIds: [asl.id], participantIds: [giovanna.id], outcome: 'Scrivere a giovanna.esempio@example.org' });
  return { asl, giovanna, meeting, before, withPerson: await createBackupJson(db, '2026-11-22T08:00:00.000Z') };
}

async function eraseEverywhere(contactId: string) {
  const report = await collectPersonalData(db, contactId);
  await erasePerson(db, contactId, { mentions: report.mentions, marker: '[erased]' });
  const { copies, unlisted } = await listKeptCopies(stores);
  expect(unlisted).toEqual([]);
  return eraseFromKeptCopies(copies, erasureRequestFor(report.contact, { redactMentions: true, marker: '[erased]' }), stores, inline);
}

describe('erasure of a person from the copies the app keeps', () => {
  it('rewrites today’s automatic backup and the desktop safety copies, leaving copies without the person untouched', async () => {
    const { giovanna, withPerson, before } = await seed();
    await folder.writeAuto(withPerson);
    await folder.writeSafetyCopy(withPerson);
    folder.files.set('trama-backup-2026-11-20.json', { json: before, kind: 'automatic' });

    const outcomes = await eraseEverywhere(giovanna.id);
    expect(outcomes.map((outcome) => [outcome.copy.store === 'desktop' && outcome.copy.fileName, outcome.status])).toEqual([
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
    await restoreBackup(db, parseBackup(await folder.read('trama-backup-2026-11-22.json'), CURRENT_SCHEMA_VERSION), 'merge');
    expect(await db.contacts.get(giovanna.id)).toBeUndefined();
    expect((await db.actions.get(meeting.id))?.participantIds).toEqual([]);
    expect((await db.actions.get(meeting.id))?.outcome).toBe('Scrivere a [erased]');
  });

  it('rewrites the pre-upgrade copies (kept forever, never shown) and the browser’s safety copies', async () => {
    const { giovanna, withPerson } = await seed();
    for (const fromVersion of [1, 1, 1]) await saveUpgradeBackup({ createdAt: '2026-11-22T08:00:00.000Z', fromVersion, toVersion: 2, json: withPerson }, stores.upgradeBackupDatabaseName);
    await saveSafetyCopy({ createdAt: '2026-11-22T09:00:00.000Z', reason: 'before-restore', json: withPerson }, stores.safetyCopyDatabaseName);

    const outcomes = await eraseEverywhere(giovanna.id);
    expect(outcomes.map((outcome) => `${outcome.copy.store}:${outcome.status}`)).toEqual(['upgrade:rewritten', 'upgrade:rewritten', 'upgrade:rewritten', 'safety:rewritten']);
    const rows = [...(await listUpgradeBackups(stores.upgradeBackupDatabaseName)), ...(await listSafetyCopies(stores.safetyCopyDatabaseName))];
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.json).not.toContain(giovanna.id);
      expect(row.json.toLowerCase()).not.toContain(EMAIL);
    }
    expect((await listUpgradeBackups(stores.upgradeBackupDatabaseName)).map((row) => [row.fromVersion, row.toVersion])).toEqual([[1, 2], [1, 2], [1, 2]]);
  });

  it('lists the copies it could not rewrite, and deletes them when asked', async () => {
    const { giovanna, withPerson } = await seed();
    await folder.writeAuto(withPerson);
    folder.failReplaceOf.add('trama-backup-2026-11-22.json');
    await saveUpgradeBackup({ createdAt: '2026-11-21T08:00:00.000Z', fromVersion: 1, toVersion: 2, json: `{"cut short": "${EMAIL}` }, stores.upgradeBackupDatabaseName);

    const outcomes = await eraseEverywhere(giovanna.id);
    const remaining = outcomes.filter(stillHoldsPerson);
    expect(remaining.map((outcome) => outcome.status)).toEqual(['failed', 'unreadable']);
    expect(remaining[0]!.detail).toContain('EACCES');

    const result = await deleteKeptCopies(remaining.map((outcome) => outcome.copy), stores);
    expect(result.failed).toEqual([]);
    expect(folder.files.has('trama-backup-2026-11-22.json')).toBe(false);
    expect(await listUpgradeBackups(stores.upgradeBackupDatabaseName)).toEqual([]);
    expect((await listKeptCopies(stores)).copies).toEqual([]);
  });

  it('in the browser (no backups folder) still reaches the copies in IndexedDB', async () => {
    const { giovanna, withPerson } = await seed();
    await saveSafetyCopy({ createdAt: '2026-11-22T09:00:00.000Z', reason: 'before-restore', json: withPerson }, stores.safetyCopyDatabaseName);
    stores = { ...stores, backups: undefined };
    const outcomes = await eraseEverywhere(giovanna.id);
    expect(outcomes.map((outcome) => `${outcome.copy.store}:${outcome.status}`)).toEqual(['safety:rewritten']);
  });
});
