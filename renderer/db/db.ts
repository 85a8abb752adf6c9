import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AdvocacyAction, FollowUp } from '../../shared/domain/action';
import type { Agreement } from '../../shared/domain/agreement';
import type { Contact } from '../../shared/domain/contact';
import type { CustomCategory, MapPosition, Programme, SavedView, StaffMember } from '../../shared/domain/organisation';
import type { Relationship } from '../../shared/domain/relationship';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import { DATABASE_NAME, SCHEMA_V1 } from './schema';

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
};

export function openTramaDatabase(name: string = DATABASE_NAME): TramaDatabase {
  // Strict durability: a write the user saw succeed is on disk, even if the laptop dies.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as TramaDatabase;
  db.version(1).stores(SCHEMA_V1);
  return db;
}

/** The app's database. Tests open their own with openTramaDatabase(uniqueName). */
export const db: TramaDatabase = openTramaDatabase();
