import Dexie, { type Transaction } from 'dexie';
import {
  DATABASE_NAME,
  DERIVED_VERSIONS,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  storesAt,
  TABLES_DELETED_IN_V3,
} from './schema';
import type { MetaRow, TramaDatabase } from './tramaDatabase';
import { createSyncOutboxMiddleware, isWrittenFromTeam } from '../sync/syncOutbox';
import { createHistoryMiddleware } from './historyMiddleware';
import { teamMember } from '../sync/teamMember';
import { writeLogMiddleware } from './writeLog';

export type { AgreementRow, MetaRow, TramaDatabase } from './tramaDatabase';

/** Meta key of the list of schema upgrades this database went through (kept for support). */
export const SCHEMA_UPGRADES_META_KEY = 'schemaUpgrades';

export interface SchemaUpgradeRecord {
  fromVersion: number;
  toVersion: number;
  upgradedAt: string;
  /** Rows of the tables the upgrade deleted, per table, when there were any (the copy taken before the upgrade holds them). */
  deletedRows?: Record<string, number>;
}

async function recordSchemaUpgrade(
  tx: Transaction,
  fromVersion: number,
  toVersion: number,
  deletedRows?: Record<string, number>,
): Promise<void> {
  const meta = tx.table<MetaRow, string>('meta');
  const previous = (await meta.get(SCHEMA_UPGRADES_META_KEY))?.value;
  const history = Array.isArray(previous) ? (previous as SchemaUpgradeRecord[]) : [];
  const entry: SchemaUpgradeRecord = {
    fromVersion,
    toVersion,
    upgradedAt: new Date().toISOString(),
    ...(deletedRows ? { deletedRows } : {}),
  };
  await meta.put({ key: SCHEMA_UPGRADES_META_KEY, value: [...history, entry] });
}

export function openTramaDatabase(name: string = DATABASE_NAME): TramaDatabase {
  // Strict durability: a write the user saw succeed is on disk, even if the laptop dies.
  // Dexie's live-query cache stays: lists show an edit at once. Its copy of each result
  // is made per page for large tables (readInPages), not in one long task.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as TramaDatabase;
  db.version(1).stores(SCHEMA_V1);
  // Dexie runs this only for a database that already exists at version 1; the new
  // table starts empty, so there is nothing to convert, only the upgrade to remember.
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade((tx) => recordSchemaUpgrade(tx, 1, 2));
  // The upgrade still reads a table its version deletes: Dexie deletes it afterwards. Saved
  // views were never shown, so only their number is noted; the copy of the data taken
  // before any upgrade (upgradeBackup.ts) keeps the rows themselves.
  db.version(3)
    .stores({ ...SCHEMA_V3, ...TABLES_DELETED_IN_V3 })
    .upgrade(async (tx) => {
      const savedViews = await tx.table('savedViews').count();
      await recordSchemaUpgrade(tx, 2, 3, savedViews > 0 ? { savedViews } : undefined);
    });
  // Later versions add tables (empty) or indexes, derived from the registry (schema.ts): no
  // record needs converting, so the upgrade only remembers itself. A version that must
  // convert records gets its own upgrade here instead.
  for (const version of DERIVED_VERSIONS)
    db.version(version)
      .stores(storesAt(version))
      .upgrade((tx) => recordSchemaUpgrade(tx, version - 1, version));
  // Every read-write transaction notes what it wrote: Undo compares with that (undo.ts).
  db.use(writeLogMiddleware);
  // And, while this window belongs to a team, which synced records it changed (team sync).
  db.use(createSyncOutboxMiddleware({ member: teamMember }));
  // And the history of every record written, teammates' changes included (historyMiddleware.ts).
  // Left out only by the bench's build that measures what history costs (test/bench/historyAB.ts): no VITE_ prefix,
  // so no environment variable or .env file can set it, only that build's `define`.
  if (import.meta.env?.TRAMA_BENCH_NO_HISTORY !== '1')
    db.use(createHistoryMiddleware({ member: teamMember, isFromTeam: isWrittenFromTeam }));
  return db;
}

/** The app's database. Tests open their own with openTramaDatabase(uniqueName). */
export const db: TramaDatabase = openTramaDatabase();
