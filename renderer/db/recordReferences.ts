import type { Table } from 'dexie';
import type { TramaDatabase } from './db';
import type { TableName } from './schema';

// Which records point at which: the fields that cascade.ts follows when it deletes a
// stakeholder or a contact, and organisation.ts when it deletes a staff member or a
// programme, in one list that Undo reads to avoid leaving a record pointing at nothing.
// Map positions name a layout (not a saved view) and categories are mostly built in, so
// neither is a reference here.

type RowOf<Name extends TableName> = TramaDatabase[Name] extends Table<infer Row, infer _Key> ? Row : never;

export interface ReferenceField {
  from: TableName;
  to: TableName;
  /** The ids a row of `from` points at through this field. */
  idsIn(row: unknown): string[];
  /** An index of `from` that finds the rows pointing at an id; without one the table is scanned. */
  index?: string;
}

function field<From extends TableName>(from: From, to: TableName, idsIn: (row: RowOf<From>) => ReadonlyArray<string | null | undefined>, index?: string): ReferenceField {
  return {
    from,
    to,
    idsIn: (row) => idsIn(row as RowOf<From>).filter((id): id is string => typeof id === 'string' && id !== ''),
    ...(index ? { index } : {}),
  };
}

export const REFERENCE_FIELDS: readonly ReferenceField[] = [
  field('contacts', 'stakeholders', (row) => [row.stakeholderId], 'stakeholderId'),
  field('relationships', 'stakeholders', (row) => [row.sourceId], 'sourceId'),
  field('relationships', 'stakeholders', (row) => [row.targetId], 'targetId'),
  field('agreements', 'stakeholders', (row) => row.parties.map((party) => party.stakeholderId), 'partyIds'),
  field('agreements', 'programmes', (row) => row.programmeIds),
  field('actions', 'stakeholders', (row) => row.targetIds, 'targetIds'),
  field('actions', 'contacts', (row) => row.participantIds, 'participantIds'),
  field('actions', 'staff', (row) => [row.ownerId], 'ownerId'),
  field('actions', 'programmes', (row) => [row.programmeId], 'programmeId'),
  field('followUps', 'actions', (row) => [row.actionId], 'actionId'),
  field('followUps', 'staff', (row) => [row.ownerId], 'ownerId'),
  field('mapPositions', 'stakeholders', (row) => [row.stakeholderId], 'stakeholderId'),
  field('stakeholders', 'programmes', (row) => row.programmeIds),
  field('briefings', 'stakeholders', (row) => (row.source.kind === 'stakeholders' ? row.source.stakeholderIds : [])),
  field('briefings', 'actions', (row) => (row.source.kind === 'action' ? [row.source.actionId] : [])),
  field('briefings', 'programmes', (row) => [row.programmeId]),
];

const FIELDS_FROM = new Map<TableName, ReferenceField[]>();
for (const reference of REFERENCE_FIELDS) FIELDS_FROM.set(reference.from, [...(FIELDS_FROM.get(reference.from) ?? []), reference]);

/** Every record a row points at. */
export function referencesOf(table: TableName, row: unknown): Array<{ to: TableName; id: string }> {
  return (FIELDS_FROM.get(table) ?? []).flatMap((reference) => reference.idsIn(row).map((id) => ({ to: reference.to, id })));
}

export interface Referrer {
  from: TableName;
  row: unknown;
  to: TableName;
  /** The id of the `to` row it points at. */
  id: string;
}

/** The rows that point at any of `ids` in table `to`; call inside a transaction over the referring tables. */
export async function findReferrers(db: TramaDatabase, to: TableName, ids: ReadonlySet<string>): Promise<Referrer[]> {
  if (ids.size === 0) return [];
  const referrers: Referrer[] = [];
  for (const reference of REFERENCE_FIELDS.filter((candidate) => candidate.to === to)) {
    const table = db.table(reference.from);
    const rows: unknown[] = reference.index
      ? await table.where(reference.index).anyOf([...ids]).toArray()
      : await table.filter((row: unknown) => reference.idsIn(row).some((id) => ids.has(id))).toArray();
    for (const row of rows) {
      for (const id of reference.idsIn(row)) if (ids.has(id)) referrers.push({ from: reference.from, row, to, id });
    }
  }
  return referrers;
}
