import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { AdvocacyAction, FollowUp } from '../../shared/domain/action';
import type { Agreement } from '../../shared/domain/agreement';
import type { Briefing } from '../../shared/domain/briefing';
import type { Contact } from '../../shared/domain/contact';
import type { CustomCategory, MapPosition, Programme, SavedView, StaffMember } from '../../shared/domain/organisation';
import type { Relationship } from '../../shared/domain/relationship';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import { DATABASE_NAME, SCHEMA_V1, SCHEMA_V2 } from './schema';
import { writeLogMiddleware } from './writeLog';

/** Stored agreement: `partyIds` mirrors `parties` so that an index finds a party's agreements. */
export type AgreementRow = Agreement & { partyIds: string[] };

export interface MetaRow {
  key: string;
  value: unknown;
}

export type TramaDatabase = Dexie & {
  stakeholders: EntityTable<Stakeholder, 'id'>;
  contacts: EntityTable<Contact, 'id'>;
  relationships: EntityTable<Relationship, 'id'>;
  agreements: EntityTable<AgreementRow, 'id'>;
  actions: EntityTable<AdvocacyAction, 'id'>;
  followUps: EntityTable<FollowUp, 'id'>;
  programmes: EntityTable<Programme, 'id'>;
  staff: EntityTable<StaffMember, 'id'>;
  categories: EntityTable<CustomCategory, 'id'>;
  savedViews: EntityTable<SavedView, 'id'>;
  mapPositions: Table<MapPosition, [string, string]>;
  meta: EntityTable<MetaRow, 'key'>;
  briefings: EntityTable<Briefing, 'id'>;
};

/** Meta key of the list of schema upgrades this database went through (kept for support). */
export const SCHEMA_UPGRADES_META_KEY = 'schemaUpgrades';

export interface SchemaUpgradeRecord {
  fromVersion: number;
  toVersion: number;
  upgradedAt: string;
}

async function recordSchemaUpgrade(tx: Transaction, fromVersion: number, toVersion: number): Promise<void> {
  const meta = tx.table<MetaRow, string>('meta');
  const previous = (await meta.get(SCHEMA_UPGRADES_META_KEY))?.value;
  const history = Array.isArray(previous) ? (previous as SchemaUpgradeRecord[]) : [];
  const entry: SchemaUpgradeRecord = { fromVersion, toVersion, upgradedAt: new Date().toISOString() };
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
  // Every read-write transaction notes what it wrote: Undo compares with that (undo.ts).
  db.use(writeLogMiddleware);
  return db;
}

/** The app's database. Tests open their own with openTramaDatabase(uniqueName). */
export const db: TramaDatabase = openTramaDatabase();
