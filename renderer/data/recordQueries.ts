import type { z } from 'zod';
import { ENTITIES, type EntityTable } from '../../shared/domain/entities';
import type { TramaDatabase } from '../db/db';
import { sortByName } from './nameOrder';

// Reads any table whose records are stored exactly as the registry's schema says, by id: a
// new entity (a training course) is listed and opened through these, with no query file of
// its own until it needs a read these do not make. Agreements carry an index mirror,
// map positions a compound key and meta one value per key: each has its own queries.

/** The tables read here: keyed by `id`, stored as their schema. */
export type PlainRecordTable = Exclude<EntityTable, 'agreements' | 'meta' | 'mapPositions'>;

/** A record of `table`, as the registry's schema gives it. */
export type RecordOf<Table extends PlainRecordTable> = z.output<(typeof ENTITIES)[Table]['schema']>;

function tableOf<Table extends PlainRecordTable>(db: TramaDatabase, table: Table) {
  return db.table<RecordOf<Table>, string>(table);
}

/** The text a record is listed by: its first name field that is not empty (the registry's `nameFields`). */
export function recordName(table: EntityTable, record: object): string {
  const fields: readonly string[] = ENTITIES[table].nameFields;
  for (const field of fields) {
    const value: unknown = (record as Record<string, unknown>)[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return '';
}

/** Every record of `table`, by name (as people read names: "ASL 2" before "ASL 10"), then by id. */
export async function listRecords<Table extends PlainRecordTable>(
  db: TramaDatabase,
  table: Table,
): Promise<Array<RecordOf<Table>>> {
  return sortByName(await tableOf(db, table).toArray(), (record) => recordName(table, record));
}

/** The record of `table` with this id, or null when there is none. */
export async function findRecord<Table extends PlainRecordTable>(
  db: TramaDatabase,
  table: Table,
  id: string,
): Promise<RecordOf<Table> | null> {
  return (await tableOf(db, table).get(id)) ?? null;
}
