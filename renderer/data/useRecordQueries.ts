import { findRecord, listRecords, type PlainRecordTable, type RecordOf } from './recordQueries';
import { useLiveRead } from './useLiveRead';

// Live hooks over recordQueries.ts: undefined while loading, then kept up to date.

/** Every record of `table`, by name. */
export function useRecords<Table extends PlainRecordTable>(table: Table): Array<RecordOf<Table>> | undefined {
  return useLiveRead((db) => listRecords(db, table), [table]);
}

/** The record of `table` with this id; null once it is known to be missing. */
export function useRecord<Table extends PlainRecordTable>(
  table: Table,
  id: string,
): RecordOf<Table> | null | undefined {
  return useLiveRead((db) => findRecord(db, table, id), [table, id]);
}
