import { afterEach, beforeEach } from 'vitest';
import type { TramaDatabase } from '../../renderer/db/db';
import { freshDatabase } from './builders';

/**
 * A database of its own for each test of the file, deleted after the test. Call it once at
 * the top of the file; the function it returns gives the current test's database.
 */
export function databasePerTest(): () => TramaDatabase {
  let current: TramaDatabase | null = null;
  beforeEach(() => {
    current = freshDatabase();
  });
  afterEach(async () => {
    await current?.delete();
    current = null;
  });
  return () => {
    if (!current) throw new Error('The test database exists only while a test runs.');
    return current;
  };
}
