type ErrorMessageKey = 'error.storageFull' | 'error.recordGone' | 'error.generic';

/**
 * Errors the user can do something about get their own words: a full disk, and a record deleted
 * while it was being changed (RecordGoneError, db/recordGone.ts: its own message names the table
 * and id, in English, for the console only).
 */
export function errorMessageKey(error: unknown): { key: ErrorMessageKey; detail: string } {
  const name = error instanceof Error ? error.name : '';
  const innerName = error instanceof Error && 'inner' in error && error.inner instanceof Error ? error.inner.name : '';
  if (name === 'QuotaExceededError' || innerName === 'QuotaExceededError') {
    return { key: 'error.storageFull', detail: '' };
  }
  if (name === 'RecordGoneError') return { key: 'error.recordGone', detail: '' };
  return { key: 'error.generic', detail: error instanceof Error ? error.message : String(error) };
}
