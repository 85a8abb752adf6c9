import { describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../sample/sampleNetwork';
import type { BackupTables } from './backup';
import { CONTACT_ID_LISTS } from '../domain/personalData';
import { emptyBackupTables } from '../../test/support/backupTables';
import {
  erasedContactIdsIn,
  erasedContactsInBackup,
  mergedErasedContactIds,
  planLeftOutContacts,
  tablesToRestore,
} from './restorePlan';

function sampleTables(meta: BackupTables['meta'] = []): BackupTables {
  return { ...emptyBackupTables(), ...buildSampleNetwork('2026-11-22'), meta };
}

describe('what a restore writes', () => {
  it('never includes this installation’s bookkeeping', () => {
    const tables = sampleTables([
      { key: 'backups.lastAutomatic', value: '2025-01-01' },
      { key: 'schemaUpgrades', value: [] },
      { key: 'privacy.erasedContactIds', value: ['x'] },
      { key: 'onboarded', value: true },
    ]);
    expect(tablesToRestore(tables).meta).toEqual([{ key: 'onboarded', value: true }]);
  });

  it('leaves out the erased contacts and every reference to them, without changing the backup', () => {
    const tables = sampleTables();
    const action = tables.actions.find((row) => row.participantIds.length > 0)!;
    const erased = action.participantIds[0]!;
    const restored = tablesToRestore(tables, planLeftOutContacts(tables, [erased], '[erased]'));
    expect(restored.contacts.map((contact) => contact.id)).not.toContain(erased);
    expect(restored.actions.find((row) => row.id === action.id)!.participantIds).not.toContain(erased);
    expect(tables.actions.find((row) => row.id === action.id)!.participantIds).toContain(erased);
  });
});

describe('an erased person’s mentions in the backup’s free text', () => {
  function tablesWith(
    contacts: Array<{ id: string; name: string; emails?: string[]; phones?: string[] }>,
    notes: string[],
  ) {
    const tables = sampleTables();
    const [stakeholder] = tables.stakeholders;
    const base = tables.contacts[0]!;
    tables.contacts = contacts.map((contact) => ({
      ...base,
      emails: [],
      phones: [],
      ...contact,
      stakeholderId: stakeholder!.id,
    }));
    tables.stakeholders = notes.map((note, index) => ({ ...stakeholder!, id: `s${index}`, notes: note }));
    return tables;
  }
  const notesOf = (tables: BackupTables) => tables.stakeholders.map((row) => row.notes);

  it('replaces the name, emails and phones found for sure, and counts the records', () => {
    const tables = tablesWith(
      [{ id: 'anna', name: 'Anna Rossi', emails: ['Anna.Rossi@example.org'], phones: ['+39 333 123 4567'] }],
      ['Call ANNA ROSSI at anna.rossi@example.org or 3331234567.', 'Nothing about her.'],
    );
    const plan = planLeftOutContacts(tables, ['anna'], '[erased]');
    expect(plan).toMatchObject({ contactIds: ['anna'], mentionsReplaced: 3, recordsLeftAsTheyAre: 0 });
    expect(notesOf(tablesToRestore(tables, plan))).toEqual([
      'Call [erased] at [erased] or [erased].',
      'Nothing about her.',
    ]);
    expect(notesOf(tables)[0]).toContain('ANNA ROSSI');
  });

  it('leaves a one-word name (it may be someone or something else) and a detail another contact shares, and counts what may still name her', () => {
    const tables = tablesWith(
      [
        { id: 'maria', name: 'Maria', phones: ['06 1234 5678'] },
        { id: 'desk', name: 'Front desk', phones: ['06 1234 5678'] },
      ],
      ['Santa Maria Capua Vetere', 'Switchboard 06 1234 5678'],
    );
    const plan = planLeftOutContacts(tables, ['maria'], '[erased]');
    expect(plan).toMatchObject({ mentionsReplaced: 0, recordsLeftAsTheyAre: 1 });
    expect(notesOf(tablesToRestore(tables, plan))).toEqual(['Santa Maria Capua Vetere', 'Switchboard 06 1234 5678']);
  });

  it('keeps every record valid: where the marker would not fit, a shorter one is used', () => {
    const tables = tablesWith([{ id: 'li', name: 'Ann Li' }], []);
    const shortName = `${'x'.repeat(53)} Ann Li`;
    tables.stakeholders = [{ ...sampleTables().stakeholders[0]!, id: 's0', shortName }];
    const plan = planLeftOutContacts(tables, ['li'], '[erased]');
    expect(tablesToRestore(tables, plan).stakeholders[0]!.shortName).toBe(`${'x'.repeat(53)} […]`);
  });

  it('reads every list of contact ids the registry names, all of them top-level lists', () => {
    for (const { path } of CONTACT_ID_LISTS) expect(path).toMatch(/^[A-Za-z]+\[\]$/);
  });
});

describe('the erased-contacts record', () => {
  it('reads only string ids from a hostile value', () => {
    expect(erasedContactIdsIn([{ key: 'privacy.erasedContactIds', value: ['a', 3, null, { id: 'b' }, 'c'] }])).toEqual([
      'a',
      'c',
    ]);
    expect(erasedContactIdsIn([{ key: 'privacy.erasedContactIds', value: { __proto__: ['x'] } }])).toEqual([]);
    expect(erasedContactIdsIn([])).toEqual([]);
  });

  it('counts a contact erased here or listed as erased in the backup itself', () => {
    const tables = sampleTables();
    const [first, second] = tables.contacts;
    tables.meta = [{ key: 'privacy.erasedContactIds', value: [second!.id] }];
    expect(erasedContactsInBackup(tables, [first!.id, 'not-in-the-backup']).sort()).toEqual(
      [first!.id, second!.id].sort(),
    );
  });

  it('after a restore, holds the local ids with the backup’s added, never fewer', () => {
    expect(mergedErasedContactIds(['b', 'a'], [{ key: 'privacy.erasedContactIds', value: ['c', 'a'] }])).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(mergedErasedContactIds(['a'], [])).toEqual(['a']);
  });

  it('loses the people the user chose to restore anyway', () => {
    expect(
      mergedErasedContactIds(['b', 'a'], [{ key: 'privacy.erasedContactIds', value: ['c', 'a'] }], new Set(['a', 'c'])),
    ).toEqual(['b']);
  });
});
