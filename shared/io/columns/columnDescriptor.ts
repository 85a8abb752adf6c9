import type { Language } from '../../domain/enums';
import { foldForMatching } from '../../domain/regions';
import { safeSheetName, type CellValue, type Column, type ColumnType, type Table } from '../cells';
import type { ExportLabels } from '../exportData';

// One column of a record as every spreadsheet sees it: its header in both languages, how a
// record writes it into a cell, and how the import reads it back. The export's sheets, the
// import's column choices and the stakeholder list on screen are all built from these lists
// (stakeholderColumns.ts, contactColumns.ts, programmeColumns.ts), so that a column is added
// in one place.
//
// The headers are texts here, not message keys: shared/ cannot read the renderer's
// catalogues, and the import must recognise what the export wrote in either language, so
// both texts have to be where the import can read them.

/** A text in each interface language; the type refuses a language left out. */
export type ColumnHeader = Readonly<Record<Language, string>>;

/** Why an imported cell cannot be taken (a reason code of the import preview). */
export class Refusal {
  constructor(readonly reason: string) {}
}

/** What reading one filled cell gives: the record's fields it fills, or why it is refused. */
export type CellReading<Draft> = Partial<Draft> | Refusal;

/** What a column's reading may ask: the value of another field, read (or defaulted) first. */
export interface ReadContext<Draft, Recognisers> {
  recognise: Recognisers;
  valueOf<Key extends keyof Draft>(key: Key): Draft[Key] | undefined;
}

/** How the import reads a column back into a record being built (its draft). */
export interface ColumnImport<Draft, Recognisers, Field extends string = string> {
  /** The import's name for the column: the descriptor's key, or another record's column on a stakeholder row ("contactName"). */
  field: Field;
  /** What the import's column choice calls it, when not the header. */
  label?: ColumnHeader;
  /** Other headers people write for it, folded (foldHeader); the header and label in both languages are recognised anyway. */
  aliases: readonly string[];
  /** The longest cell the column takes; a longer one is said, and cut only when the user agrees. */
  maxLength: number;
  /** The draft fields this column fills (what valueOf(key) asks for). */
  fills: ReadonlyArray<keyof Draft>;
  /** A filled cell. */
  read(text: string, context: ReadContext<Draft, Recognisers>): CellReading<Draft>;
  /** An empty cell or a column the sheet does not have: a new record's default, or why the record cannot be made. */
  fallback(context: ReadContext<Draft, Recognisers>): CellReading<Draft>;
}

export interface ColumnDescriptor<
  Row,
  Words,
  Draft = never,
  Recognisers = never,
  Key extends string = string,
  Field extends string = string,
> {
  key: Key;
  type: ColumnType;
  header: ColumnHeader;
  /** Personal data (GDPR minimisation): left out when the user exports without personal columns. */
  isPersonal?: boolean;
  /** Shown in the stakeholder list on screen. */
  isListed?: boolean;
  write(row: Row, words: Words): CellValue;
  /** Absent for a column the import does not read back (a record's last update). */
  import?: ColumnImport<Draft, Recognisers, Field>;
}

/** What writing a cell may need besides the record: the words of the user's language and names of what it points at. */
export interface CellWords {
  labels: ExportLabels;
  programmeName(id: string): string;
  stakeholderName(id: string): string;
}

/** How lists are written into one cell, and read back (a comma or a line break is accepted too). */
export const LIST_SEPARATOR = '; ';
export const listCell = (values: readonly string[]): string => values.filter(Boolean).join(LIST_SEPARATOR);
export const splitList = (text: string): string[] =>
  text
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);

/** A header as the import compares it: no case, accents or punctuation. */
export function foldHeader(header: string): string {
  return foldForMatching(header)
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every header the import recognises for a column: its aliases, and its header and label in both languages. */
export function recognisedHeaders(column: {
  header: ColumnHeader;
  import?: { label?: ColumnHeader; aliases: readonly string[] };
}): ReadonlySet<string> {
  const texts = [column.header, column.import?.label].flatMap((texts) => (texts ? Object.values(texts) : []));
  return new Set([...(column.import?.aliases ?? []), ...texts.map(foldHeader)]);
}

/** What writing a column needs of its descriptor. */
export type WrittenColumn<Row, Words> = Pick<ColumnDescriptor<Row, Words>, 'key' | 'type' | 'header' | 'write'>;

/** The export's columns for the descriptors, headed in the user's language. */
export const exportedColumns = (
  labels: ExportLabels,
  columns: ReadonlyArray<Pick<ColumnDescriptor<never, never>, 'key' | 'type' | 'header'>>,
): Column[] =>
  columns.map((column) => ({ key: column.key, type: column.type, header: labels.header(column.key, column.header) }));

/** A sheet of the export: one column per descriptor, in their order. */
export function descriptorTable<Row, Words>(
  sheet: string,
  labels: ExportLabels,
  columns: ReadonlyArray<WrittenColumn<Row, Words>>,
  records: readonly Row[],
  words: Words,
): Table {
  return {
    name: safeSheetName(labels.sheet(sheet)),
    columns: exportedColumns(labels, columns),
    rows: records.map((record) => columns.map((column) => column.write(record, words))),
  };
}
