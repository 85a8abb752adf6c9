import type Dexie from 'dexie';
import type { EntityTable, Table } from 'dexie';
import type { z } from 'zod';
import type { Agreement } from '../../shared/domain/agreement';
import type { ENTITIES, EntityTable as RegisteredTable } from '../../shared/domain/entities';

// The database's type, apart from the module that opens it (db.ts): the write log and Undo,
// which db.ts itself loads, take a database as an argument without importing the one it opens.
// Each table's row type is its registry schema's (shared/domain/entities.ts), unless it is
// stored differently (STORED_DIFFERENTLY): a new entity needs nothing here.

/** Stored agreement: `partyIds` mirrors `parties` so that an index finds a party's agreements. */
export type AgreementRow = Agreement & { partyIds: string[] };

export interface MetaRow {
  key: string;
  value: unknown;
}

interface StoredDifferently {
  agreements: AgreementRow;
  /** A value is parsed by its key's schema when read (shared/io/backupMeta.ts), not as any JSON. */
  meta: MetaRow;
}

type RowOf<Table extends RegisteredTable> = Table extends keyof StoredDifferently
  ? StoredDifferently[Table]
  : z.output<(typeof ENTITIES)[Table]['schema']>;

type KeyOf<Table extends RegisteredTable> = (typeof ENTITIES)[Table]['key'];

/** A compound key's type: one string per field, as a tuple. */
type CompoundKey<Fields extends readonly string[]> = { [Index in keyof Fields]: string };

type TableOf<Name extends RegisteredTable> =
  KeyOf<Name> extends readonly [infer Only extends keyof RowOf<Name> & string]
    ? EntityTable<RowOf<Name>, Only>
    : Table<RowOf<Name>, CompoundKey<KeyOf<Name>>>;

export type TramaDatabase = Dexie & { [Name in RegisteredTable]: TableOf<Name> };
