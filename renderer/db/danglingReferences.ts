import { REFERENCES, valuesAt } from '../../shared/domain/references';
import type { TramaDatabase } from './db';
import type { TableName } from './schema';

/**
 * Every reference in the database to a record that does not exist, as
 * "<table>.<path> → <table> <id>" (by the registry of references). Reads every table the
 * registry names: for checks and tests, not for a page that opens often.
 */
export async function findDanglingReferences(db: TramaDatabase): Promise<string[]> {
  const idsOf = new Map<TableName, Set<string>>();
  const existing = async (table: TableName) => {
    let ids = idsOf.get(table);
    if (!ids) idsOf.set(table, (ids = new Set((await db.table(table).toCollection().primaryKeys()).map(String))));
    return ids;
  };
  const problems: string[] = [];
  for (const reference of REFERENCES) {
    const targets = await existing(reference.to);
    for (const row of await db.table(reference.from).toArray()) {
      for (const id of valuesAt(row, reference.path))
        if (!targets.has(id)) problems.push(`${reference.from}.${reference.path} → ${reference.to} ${id}`);
    }
  }
  return problems;
}
