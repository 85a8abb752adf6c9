import type { OnTargetDeleted } from '../../shared/domain/references';
import { afterTargetsDeleted } from '../../shared/domain/targetsDeleted';
import { fromAgreementRow, toAgreementRow } from './agreementRows';
import type { ReferenceField } from './recordReferences';
import type { TableName } from './schema';
import type { AgreementRow } from './tramaDatabase';

// A row Undo puts back may point at records that are gone now. Where the registry says that
// deleting such a record only takes its id out of a list (a training's attendees, an action's
// targets), the row comes back without those ids, as that deletion would have left it had the
// row been there: losing the whole record would be worse. Where the id is the row's reason to
// be (a contact's stakeholder), or the list would be left too short to keep the row (a list
// left empty with a fallback list still holding ids takes those, as cascade.ts does), or the plan
// cannot tell whether the record was there when the change was made, the row is held back.

export interface MissingReference {
  to: TableName;
  id: string;
  field: ReferenceField;
}

export type WithoutMissing =
  | { isHeldBack: false; row: unknown; dropped: ReadonlyMap<TableName, ReadonlySet<string>> }
  | { isHeldBack: true; missing: MissingReference };

const DROPS_ID: ReadonlySet<OnTargetDeleted> = new Set<OnTargetDeleted>([
  'remove-id',
  'remove-id-delete-row-if-empty',
  'remove-id-delete-row-below-two',
]);

/**
 * The image of a `table` row without the `missing` ids it may go without, or the reference
 * that holds it back. `wasSurelyThere`: whether the change saw the record; an id it could not
 * check may have been broken already, so that row is held back as before, not quietly changed.
 */
export function withoutMissingIds(
  table: TableName,
  image: unknown,
  missing: readonly MissingReference[],
  wasSurelyThere: (reference: MissingReference) => boolean,
): WithoutMissing {
  const blocking = missing.find(
    (reference) => !DROPS_ID.has(reference.field.reference.onTargetDeleted) || !wasSurelyThere(reference),
  );
  if (blocking) return { isHeldBack: true, missing: blocking };
  const idsByField = new Map<ReferenceField, Set<string>>();
  for (const { field, id } of missing) idsByField.set(field, (idsByField.get(field) ?? new Set()).add(id));
  // A list that falls back on another (a briefing's stakeholders added by hand) takes none of the ids missing.
  const isMissing = (to: TableName) => (id: string) => missing.some((one) => one.to === to && one.id === id);
  let row = image;
  const dropped = new Map<TableName, Set<string>>();
  for (const [field, ids] of idsByField) {
    const after = afterTargetsDeleted(row, field.reference, ids, isMissing(field.to));
    if (after === null) return { isHeldBack: true, missing: missing.find((reference) => reference.field === field)! };
    row = after;
    for (const id of ids) dropped.set(field.to, (dropped.get(field.to) ?? new Set()).add(id));
  }
  // An agreement's `partyIds` indexes its parties: it follows them, as in cascade.ts.
  if (table === 'agreements' && row !== image) row = toAgreementRow(fromAgreementRow(row as AgreementRow));
  return { isHeldBack: false, row, dropped };
}

/** A row put back without some ids: one entry per kind of record it goes without. */
export interface TrimmedRow {
  table: TableName;
  key: string;
  row: unknown;
  missing: TableName;
  count: number;
}

/**
 * The rows put back without some ids, as the rounds of the plan settle them. Each round
 * starts from the first image, so an id dropped earlier comes back if its record stays after all.
 */
export class TrimmedRows {
  private readonly rows = new Map<string, { signature: string; entries: TrimmedRow[] }>();

  /** Notes what the row goes without this round; whether that differs from the last round. */
  note(table: TableName, key: string, kept: { row: unknown; dropped: ReadonlyMap<TableName, ReadonlySet<string>> }) {
    const rowKey = `${table}\u0000${key}`;
    const signature = [...kept.dropped]
      .flatMap(([to, ids]) => [...ids].map((id) => `${to}\u0000${id}`))
      .sort()
      .join('\u0001');
    if (signature === (this.rows.get(rowKey)?.signature ?? '')) return false;
    if (signature === '') this.rows.delete(rowKey);
    else {
      const entries = [...kept.dropped].map(([missing, ids]) => ({
        table,
        key,
        row: kept.row,
        missing,
        count: ids.size,
      }));
      this.rows.set(rowKey, { signature, entries });
    }
    return true;
  }

  /** The row is held back after all. */
  forget(table: TableName, key: string): void {
    this.rows.delete(`${table}\u0000${key}`);
  }

  entries(): TrimmedRow[] {
    return [...this.rows.values()].flatMap((row) => row.entries);
  }
}
