import type { Language } from '../../domain/enums';
import type { ColumnHeader } from './columnDescriptor';
import { STAKEHOLDER_COLUMNS, type StakeholderColumn, type StakeholderColumnKey } from './stakeholderColumns';

// The screens name a stakeholder's fields as its spreadsheet columns do (the form, the
// profile, the restore's merge preview): a field added with its column is named everywhere,
// in both languages, from the one descriptor.

const COLUMNS: readonly StakeholderColumn[] = STAKEHOLDER_COLUMNS;

/** A draft field the import fills that is stored under another name: programmes by name stand for their ids. */
const STORED_AS: Readonly<Record<string, string>> = { programmes: 'programmeIds' };
const storedName = (filled: string): string => (Object.hasOwn(STORED_AS, filled) ? STORED_AS[filled]! : filled);

/** What a column is called where a value is entered: its label when it says more than the header ("Influence (1–5)"), else its header. */
export function columnLabel(
  column: { header: ColumnHeader; import?: { label?: ColumnHeader; aliases: readonly string[] } },
  language: Language,
): string {
  return (column.import?.label ?? column.header)[language];
}

/** The stakeholder column with this key, named in `language`. */
export function stakeholderColumnLabel(key: StakeholderColumnKey, language: Language): string {
  const column = COLUMNS.find((candidate) => candidate.key === key);
  if (!column) throw new Error(`No stakeholder column "${key}"`);
  return columnLabel(column, language);
}

/** The column that holds a stored stakeholder field ('categoryId' is the category's column), or undefined (createdAt has none). */
export function stakeholderColumnOfField(field: string): StakeholderColumn | undefined {
  return COLUMNS.find(
    (column) => column.key === field || column.import?.fills.some((filled) => storedName(filled) === field),
  );
}
