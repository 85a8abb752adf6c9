import type { TramaDatabase } from '../../renderer/db/db';

/** Names of the tables in which any row mentions the id anywhere: proof of erasure. */
export async function tablesMentioning(db: TramaDatabase, id: string): Promise<string[]> {
  const found: string[] = [];
  for (const table of db.tables) {
    await table.each((row: unknown) => {
      if (JSON.stringify(row).includes(id)) found.push(table.name);
    });
  }
  return [...new Set(found)];
}
