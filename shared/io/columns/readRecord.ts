import { Refusal, type ColumnImport, type ReadContext } from './columnDescriptor';

// One imported row read into a record being built (its draft), column by column through the
// descriptors. A column that needs another field's value (a province needs its region, a
// sector's default needs the category) asks for it, and that field is read first: the order
// of the columns in the sheet or in the descriptor list does not matter.

export interface RecordReading<Draft> {
  /** Every field: read from its cell, or its column's default. */
  values: Partial<Draft>;
  /** Only what filled cells say: all that a record already in Trama takes from the row. */
  said: Partial<Draft>;
  /** Why the row cannot be imported, in the order found, each once. */
  reasons: string[];
}

export function readRecord<Draft, Recognisers>(
  columns: ReadonlyArray<ColumnImport<Draft, Recognisers>>,
  cellOf: (field: string) => string,
  recognise: Recognisers,
): RecordReading<Draft> {
  const values: Partial<Draft> = {};
  const said: Partial<Draft> = {};
  const reasons = new Set<string>();
  const started = new Set<ColumnImport<Draft, Recognisers>>();
  const columnOf = new Map<keyof Draft, ColumnImport<Draft, Recognisers>>();
  for (const column of columns) for (const key of column.fills) if (!columnOf.has(key)) columnOf.set(key, column);

  const context: ReadContext<Draft, Recognisers> = {
    recognise,
    valueOf(key) {
      const column = columnOf.get(key);
      if (column) readColumn(column);
      return values[key];
    },
  };

  function readColumn(column: ColumnImport<Draft, Recognisers>): void {
    // Started once: a column asking, through another, for its own value gets what is known so far.
    if (started.has(column)) return;
    started.add(column);
    const text = cellOf(column.field);
    const reading = text ? column.read(text, context) : undefined;
    if (reading instanceof Refusal) reasons.add(reading.reason);
    else if (reading) Object.assign(said, reading);
    // A refused cell leaves its field at the default, so that the fields depending on it still have one.
    const value = reading === undefined || reading instanceof Refusal ? column.fallback(context) : reading;
    if (value instanceof Refusal) reasons.add(value.reason);
    else Object.assign(values, value);
  }

  columns.forEach(readColumn);
  return { values, said, reasons: [...reasons] };
}

/**
 * Whether every field of the draft has a value: what the columns' fallbacks guarantee unless
 * one refused. The columns' `fills` are checked against the record's schema by a test
 * (columns.test.ts), so that a field no column fills cannot pass for a complete draft.
 */
export function isComplete<Draft>(
  values: Partial<Draft>,
  columns: ReadonlyArray<Pick<ColumnImport<Draft, unknown>, 'fills'>>,
): values is Draft {
  return columns.every((column) => column.fills.every((key) => values[key] !== undefined));
}
