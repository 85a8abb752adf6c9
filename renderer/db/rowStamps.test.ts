import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENTITY_TABLES } from '../../shared/domain/entities';
import { freshDatabase } from '../../test/support/builders';
import type { TramaDatabase } from './db';
import { keyText, primaryKeyOf } from './rowStamps';

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('a row’s key', () => {
  it.each(ENTITY_TABLES)('is the key the database gives a row of %s', async (table) => {
    const row = {
      id: 'id-1',
      key: 'key-1',
      viewId: 'default:map',
      stakeholderId: 'stakeholder-1',
      constructor: 'not a key',
      __proto__: { id: 'polluted' },
    };
    await db.table(table).put(row);
    const [stored] = await db.table(table).toCollection().primaryKeys();
    expect(keyText(primaryKeyOf(table, row))).toBe(keyText(stored!));
  });
});
