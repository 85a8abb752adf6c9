// The order people read names in, for every list read from the database by name. The name
// index sorts by code unit: "de Luca" and "Élise" after "Zanetti", "ASL 10" before "ASL 2".

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * Sorts `rows` in place by name (accents and case ignored, numbers by value), then by id so
 * that names equal but for an accent keep one order from one read to the next.
 */
export function sortByName<Row extends { id: string }>(rows: Row[], nameOf: (row: Row) => string): Row[] {
  return rows.sort((a, b) => byName.compare(nameOf(a), nameOf(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
