import type { z } from 'zod';
import type { TramaDatabase } from '../db';

// Small app-level facts kept with the data (so that they travel with backups).

export const META_KEYS = {
  /** Present while the sample network is loaded. */
  sample: 'sample',
  /** Set once the user chose "sample" or "start empty" on first start. */
  onboarded: 'onboarded',
} as const;

export async function readMeta<Schema extends z.ZodType>(
  db: TramaDatabase,
  key: string,
  schema: Schema,
): Promise<z.infer<Schema> | undefined> {
  const row = await db.meta.get(key);
  if (!row) return undefined;
  const parsed = schema.safeParse(row.value);
  return parsed.success ? parsed.data : undefined;
}

export async function writeMeta(db: TramaDatabase, key: string, value: unknown): Promise<unknown> {
  return db.meta.put({ key, value });
}
