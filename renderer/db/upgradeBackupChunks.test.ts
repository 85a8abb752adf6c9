import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import v1Fixture from '../../test/fixtures/db/v1.json';
import { limitStoredValueSize } from '../../test/support/storedValueLimit';
import { openTramaDatabase } from './db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1 } from './schema';
import {
  deleteUpgradeBackup,
  KEPT_UPGRADE_BACKUPS,
  listUpgradeBackups,
  openDatabaseWithUpgradeBackup,
  readStoredDatabaseAsBackupJson,
  readUpgradeBackup,
  replaceUpgradeBackup,
  saveUpgradeBackup,
} from './upgradeBackup';

// Issue 13: the copy taken before a schema upgrade is a whole backup. Chromium refuses any
// one stored value over about 133 MB, so a network of that size could not be upgraded in
// the browser ("backup-failed" at every start) until the copy was stored in parts.

/** Chromium's limit, scaled down; the parts a quarter of it, as the app's are. */
const LIMIT_BYTES = 8_192;
const CHUNK_CHARS = LIMIT_BYTES / 4;
const HOSTILE = ' \u0000\u2028\u2029\u202e «è» "__proto__" \\ 😀 ';

const opened: Dexie[] = [];
let names: { name: string; backupDatabaseName: string };
let liftLimit = () => {};
beforeEach(() => {
  const id = crypto.randomUUID();
  names = { name: `upgrade-chunks-${id}`, backupDatabaseName: `upgrade-chunks-backups-${id}` };
});
afterEach(async () => {
  liftLimit();
  liftLimit = () => {};
  for (const db of opened.splice(0)) db.close();
  await Dexie.delete(names.name);
  await Dexie.delete(names.backupDatabaseName);
});

/** A version 1 database whose backup text is several times the limit, each row well under it. */
async function seedLargeV1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  const tables = Object.keys(SCHEMA_V1);
  const [template] = v1Fixture.tables.stakeholders;
  await old.transaction('rw', tables, async () => {
    for (const table of tables)
      await old.table(table).bulkAdd(v1Fixture.tables[table as keyof typeof v1Fixture.tables]);
    await old.table('stakeholders').bulkAdd(
      Array.from({ length: 40 }, (_, index) => ({
        ...template,
        id: `large-${index}`,
        notes: `${index}${HOSTILE}`.repeat(25),
      })),
    );
  });
  old.close();
}

/** Backup text of about `parts` parts, in two-byte characters, with an emoji across the first boundary. */
function largeText(label: string, parts = 5): string {
  const head = `{"format":"trama-backup","label":"${label}","x":"`;
  return `${head}${'a'.repeat(CHUNK_CHARS - 1 - head.length)}😀${HOSTILE.repeat(Math.ceil((parts * CHUNK_CHARS) / HOSTILE.length))}"}`;
}

const row = (json: string, createdAt = '2026-11-23T12:00:00.000Z') => ({
  createdAt,
  fromVersion: 1,
  toVersion: CURRENT_SCHEMA_VERSION,
  json,
});

async function storedParts(backupDatabaseName: string): Promise<Array<{ copyId: number; index: number }>> {
  const stored = await new Dexie(backupDatabaseName).open();
  try {
    return (await stored.table('chunks').toArray()).map(({ copyId, index }) => ({ copyId, index }));
  } finally {
    stored.close();
  }
}

describe('a pre-upgrade copy larger than the browser stores as one value', () => {
  it('lets the upgrade go ahead, and reads the copy back identical to the data as it was', async () => {
    const { name, backupDatabaseName } = names;
    await seedLargeV1(name);
    const createdAt = '2026-11-23T12:00:00.000Z';
    const expected = (await readStoredDatabaseAsBackupJson(name, createdAt))!;
    expect(expected.length).toBeGreaterThan(4 * LIMIT_BYTES);
    liftLimit = limitStoredValueSize(LIMIT_BYTES);
    const db = openTramaDatabase(name);
    opened.push(db);

    const result = await openDatabaseWithUpgradeBackup(db, {
      backupDatabaseName,
      now: () => createdAt,
      chunkChars: CHUNK_CHARS,
    });

    expect(result).toEqual({ status: 'opened', upgradedFrom: 1 });
    const [saved, ...others] = await listUpgradeBackups(backupDatabaseName);
    expect(others).toEqual([]);
    expect(saved!.json).toBe(expected);
    expect((await readUpgradeBackup(saved!.id!, backupDatabaseName))?.json).toBe(expected);
  });

  it('is written in parts under the limit, rewritten larger or smaller, then deleted, leaving no part behind', async () => {
    const { backupDatabaseName } = names;
    liftLimit = limitStoredValueSize(LIMIT_BYTES);
    const options = { chunkChars: CHUNK_CHARS };
    const first = largeText('first');
    await saveUpgradeBackup(row(first), backupDatabaseName, options);
    const [saved] = await listUpgradeBackups(backupDatabaseName);
    expect(saved!.json).toBe(first);
    const id = saved!.id!;

    const larger = largeText('rewritten larger', 8);
    await replaceUpgradeBackup(id, larger, backupDatabaseName, options);
    expect((await readUpgradeBackup(id, backupDatabaseName))?.json).toBe(larger);
    await replaceUpgradeBackup(id, '{"rewritten":"smaller"}', backupDatabaseName, options);
    expect((await readUpgradeBackup(id, backupDatabaseName))?.json).toBe('{"rewritten":"smaller"}');
    expect(await storedParts(backupDatabaseName)).toEqual([{ copyId: id, index: 0 }]);

    await deleteUpgradeBackup(id, backupDatabaseName);
    expect(await readUpgradeBackup(id, backupDatabaseName)).toBeUndefined();
    expect(await storedParts(backupDatabaseName)).toEqual([]);
  });

  it(`keeps the parts of the last ${KEPT_UPGRADE_BACKUPS} copies only, when older ones are pruned`, async () => {
    const { backupDatabaseName } = names;
    liftLimit = limitStoredValueSize(LIMIT_BYTES);
    for (let round = 1; round <= KEPT_UPGRADE_BACKUPS + 2; round += 1)
      await saveUpgradeBackup(row(largeText(`round ${round}`), `2026-11-2${round}T12:00:00.000Z`), backupDatabaseName, {
        chunkChars: CHUNK_CHARS,
      });

    const kept = await listUpgradeBackups(backupDatabaseName);
    expect(kept.map((copy) => copy.json)).toEqual([largeText('round 5'), largeText('round 4'), largeText('round 3')]);
    const keptIds = new Set(kept.map((copy) => copy.id));
    const parts = await storedParts(backupDatabaseName);
    expect(parts.filter((part) => !keptIds.has(part.copyId))).toEqual([]);
    expect(parts.length).toBe(3 * Math.ceil(largeText('round 5').length / CHUNK_CHARS));
  });
});

describe('pre-upgrade copies stored whole, before copies were stored in parts', () => {
  it('stay readable and listed beside new ones, and are rewritten in parts and deleted without leftovers', async () => {
    const { backupDatabaseName } = names;
    const whole = `{"kept":"whole${HOSTILE}"}`;
    const before = new Dexie(backupDatabaseName);
    before.version(1).stores({ backups: '++id, createdAt' });
    const oldId = Number(await before.table('backups').add(row(whole, '2026-11-20T12:00:00.000Z')));
    before.close();

    expect((await readUpgradeBackup(oldId, backupDatabaseName))?.json).toBe(whole);
    await saveUpgradeBackup(row(largeText('new')), backupDatabaseName, { chunkChars: CHUNK_CHARS });
    expect((await listUpgradeBackups(backupDatabaseName)).map((copy) => copy.json)).toEqual([largeText('new'), whole]);

    await replaceUpgradeBackup(oldId, largeText('rewritten'), backupDatabaseName, { chunkChars: CHUNK_CHARS });
    expect((await readUpgradeBackup(oldId, backupDatabaseName))?.json).toBe(largeText('rewritten'));
    await deleteUpgradeBackup(oldId, backupDatabaseName);
    expect((await storedParts(backupDatabaseName)).filter((part) => part.copyId === oldId)).toEqual([]);
    expect((await listUpgradeBackups(backupDatabaseName)).map((copy) => copy.json)).toEqual([largeText('new')]);
  });
});
