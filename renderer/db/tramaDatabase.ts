import type Dexie from 'dexie';
import type { EntityTable, Table } from 'dexie';
import type { AdvocacyAction, FollowUp } from '../../shared/domain/action';
import type { Agreement } from '../../shared/domain/agreement';
import type { Briefing } from '../../shared/domain/briefing';
import type { Contact } from '../../shared/domain/contact';
import type { CustomCategory, MapPosition, Programme, StaffMember } from '../../shared/domain/organisation';
import type { Relationship } from '../../shared/domain/relationship';
import type { Stakeholder } from '../../shared/domain/stakeholder';

// The database's type, apart from the module that opens it (db.ts): the write log and Undo,
// which db.ts itself loads, take a database as an argument without importing the one it opens.

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
  mapPositions: Table<MapPosition, [string, string]>;
  meta: EntityTable<MetaRow, 'key'>;
  briefings: EntityTable<Briefing, 'id'>;
};
