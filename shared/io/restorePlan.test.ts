import { describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../sample/sampleNetwork';
import type { BackupTables } from './backup';
import { erasedContactIdsIn, erasedContactsInBackup, mergedErasedContactIds, tablesToRestore } from './restorePlan';

function sampleTables(meta: BackupTables['meta'] = []): BackupTables {
  return { ...buildSampleNetwork('2026-11-22'), programmes: [], categories: [], savedViews: [], mapPositions: [], meta, briefings: [] };
}

describe('what a restore writes', () => {
  it('never includes this installation’s bookkeeping', () => {
    const tables = sampleTables([
      { key: 'backups.lastAutomatic', value: '2025-01-01' },
      { key: 'schemaUpgrades', value: [] },
      { key: 'privacy.erasedContactIds', value: ['x'] },
      { key: 'onboarded', value: true },
    ]);
    expect(tablesToRestore(tables, new Set()).meta).toEqual([{ key: 'onboarded', value: true }]);
  });

  it('leaves out the erased contacts and every reference to them, without changing the backup', () => {
    const tables = sampleTables();
    const action = tables.actions.find((row) => row.participantIds.length > 0)!;
    const erased = action.participantIds[0]!;
    const restored = tablesToRestore(tables, new Set([erased]));
    expect(restored.contacts.map((contact) => contact.id)).not.toContain(erased);
    expect(restored.actions.find((row) => row.id === action.id)!.participantIds).not.toContain(erased);
    expect(tables.actions.find((row) => row.id === action.id)!.participantIds).toContain(erased);
  });
});

describe('the erased-contacts record', () => {
  it('reads only string ids from a hostile value', () => {
    expect(erasedContactIdsIn([{ key: 'privacy.erasedContactIds', value: ['a', 3, null, { id: 'b' }, 'c'] }])).toEqual(['a', 'c']);
    expect(erasedContactIdsIn([{ key: 'privacy.erasedContactIds', value: { __proto__: ['x'] } }])).toEqual([]);
    expect(erasedContactIdsIn([])).toEqual([]);
  });

  it('counts a contact erased here or listed as erased in the backup itself', () => {
    const tables = sampleTables();
    const [first, second] = tables.contacts;
    tables.meta = [{ key: 'privacy.erasedContactIds', value: [second!.id] }];
    expect(erasedContactsInBackup(tables, [first!.id, 'not-in-the-backup']).sort()).toEqual([first!.id, second!.id].sort());
  });

  it('after a restore, holds the local ids with the backup’s added, never fewer', () => {
    expect(mergedErasedContactIds(['b', 'a'], [{ key: 'privacy.erasedContactIds', value: ['c', 'a'] }])).toEqual(['a', 'b', 'c']);
    expect(mergedErasedContactIds(['a'], [])).toEqual(['a']);
  });
});
