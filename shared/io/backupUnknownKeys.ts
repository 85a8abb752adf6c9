// What a backup's parse leaves out without refusing the file: fields of a record and whole
// tables this version of Trama does not know. A newer Trama may add a field without moving
// the schema version (that moves only when the database's stores change), so an older one
// restoring its backup must say what it leaves out, as it says of meta rows and retired tables.

/** A field of a table's records the parse left out, with the records that held it. */
export interface DroppedField {
  table: string;
  field: string;
  count: number;
}

/** A table the file holds that this version neither has nor once had, with its rows. */
export interface UnknownTable {
  table: string;
  count: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields of the file's records that their parsed records lack, counted per table and
 * field. The parse keeps a table's records in their order, so each raw record is compared
 * with the parsed one at its place.
 */
export function droppedFieldsIn(
  rawTables: Record<string, unknown>,
  parsedTables: Readonly<Record<string, readonly unknown[]>>,
): DroppedField[] {
  const dropped: DroppedField[] = [];
  for (const [table, parsedRows] of Object.entries(parsedTables)) {
    const rawRows = Object.hasOwn(rawTables, table) ? rawTables[table] : undefined;
    if (!Array.isArray(rawRows)) continue;
    const counts = new Map<string, number>();
    rawRows.forEach((rawRow, index) => {
      const parsedRow = parsedRows[index];
      if (!isRecord(rawRow) || !isRecord(parsedRow)) return;
      for (const field of Object.keys(rawRow))
        if (!Object.hasOwn(parsedRow, field)) counts.set(field, (counts.get(field) ?? 0) + 1);
    });
    for (const [field, count] of counts) dropped.push({ table, field, count });
  }
  return dropped;
}

/** The file's tables that are neither known nor retired and hold rows: a list that is not one, or is empty, loses nothing. */
export function unknownTablesIn(rawTables: Record<string, unknown>, namesRead: ReadonlySet<string>): UnknownTable[] {
  return Object.keys(rawTables).flatMap((table) => {
    const rows = rawTables[table];
    return !namesRead.has(table) && Array.isArray(rows) && rows.length > 0 ? [{ table, count: rows.length }] : [];
  });
}
