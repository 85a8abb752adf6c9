import { describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../sample/sampleNetwork';
import { parseBackup, serialiseBackup, type BackupTables } from './backup';
import { MAX_ERASED_CONTACT_IDS } from './backupMeta';
import { emptyBackupTables } from '../../test/support/backupTables';

// A backup's meta rows are free JSON under any key: a restore keeps only the keys the app
// writes, each as its own schema says and within its own size, and names the others.

function textWithMeta(meta: Array<{ key: string; value: unknown }>): string {
  const tables = { ...emptyBackupTables(), ...buildSampleNetwork('2026-11-22'), meta } as BackupTables;
  return serialiseBackup(tables, 2, '2026-11-23T12:00:00.000Z');
}

describe('the meta rows of a backup', () => {
  it('keep only the keys the app writes, each valid and within its size', () => {
    const meta = parseBackup(
      textWithMeta([
        { key: 'onboarded', value: true },
        { key: 'preferences.omitPersonalColumns', value: 'yes' },
        { key: 'anything.else', value: { a: 1 } },
        { key: 'constructor', value: true },
        { key: '__proto__', value: true },
        { key: 'sample', value: { loadedOn: '2026-11-22', stakeholderCount: 146, note: 'x'.repeat(1_000_000) } },
        {
          key: 'privacy.erasedContactIds',
          value: Array.from({ length: MAX_ERASED_CONTACT_IDS + 1 }, (_, index) => `c${index}`),
        },
      ]),
      2,
    ).tables.meta;
    expect(meta).toEqual([{ key: 'onboarded', value: true }]);
  });

  it('keep a valid value as its schema reads it, without unknown fields', () => {
    const meta = parseBackup(
      textWithMeta([{ key: 'sample', value: { loadedOn: '2026-11-22', stakeholderCount: 146, extra: 1 } }]),
      2,
    ).tables.meta;
    expect(meta).toEqual([{ key: 'sample', value: { loadedOn: '2026-11-22', stakeholderCount: 146 } }]);
  });
});
