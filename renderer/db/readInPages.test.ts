import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/support/builders';
import { readInPages } from './readInPages';

describe('readInPages', () => {
  it('reads every row in key order, a page at a time, whatever the page size', async () => {
    const table = freshDatabase().table<{ id: string; name: string }, string>('programmes');
    const ids = Array.from({ length: 25 }, (_, index) => `p-${String(index).padStart(2, '0')}`);
    await table.bulkAdd([...ids].reverse().map((id) => ({ id, name: `Programme ${id}` })));
    for (const rowsPerPage of [1, 10, 25, 100]) {
      expect((await readInPages(table, rowsPerPage)).map((row) => row.id)).toEqual(ids);
    }
    await table.clear();
    expect(await readInPages(table, 10)).toEqual([]);
  });
});
