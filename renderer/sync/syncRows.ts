import type { Agreement } from '../../shared/domain/agreement';
import type { SyncedRecord, SyncedTable } from '../../shared/sync/syncDocs';
import { fromAgreementRow, toAgreementRow } from '../db/agreementRows';
import type { AgreementRow } from '../db/tramaDatabase';

// A synced record travels as the domain has it; the row kept here may carry more for its
// indexes (an agreement's `partyIds`), rebuilt locally from the record, never sent.

export function recordOfRow(table: SyncedTable, row: Record<string, unknown>): SyncedRecord {
  const record = table === 'agreements' ? fromAgreementRow(row as AgreementRow) : row;
  return record as SyncedRecord;
}

export function rowOfRecord(table: SyncedTable, record: SyncedRecord): Record<string, unknown> {
  return table === 'agreements' ? toAgreementRow(record as unknown as Agreement) : record;
}
