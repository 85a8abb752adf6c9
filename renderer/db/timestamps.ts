import { newId } from '../../shared/domain/common';

export function nowIso(): string {
  return new Date().toISOString();
}

/** id and timestamps for a record created now. */
export function newRecordBase(): { id: string; createdAt: string; updatedAt: string } {
  const now = nowIso();
  return { id: newId(), createdAt: now, updatedAt: now };
}
