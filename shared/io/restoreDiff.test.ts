import { describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../sample/sampleNetwork';
import type { BackupTables } from './backup';
import { emptyBackupTables } from '../../test/support/backupTables';
import {
  diffBackup,
  diffTable,
  EXAMPLES_PER_KIND,
  FIELDS_PER_EXAMPLE,
  isBackupCopyOlder,
  SHOWN_VALUE_LENGTH,
  showValue,
} from './restoreDiff';

// The merge preview: what is new, what changes (field by field) and what is older than the
// copy held here. Both sides come from outside the code that compares them: hostile shapes
// must give a sensible answer, never an exception or a polluted prototype.

const T0 = '2026-03-01T09:00:00.000Z';
const T1 = '2026-03-02T09:00:00.000Z';
const record = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  name: `Record ${id}`,
  createdAt: T0,
  updatedAt: T0,
  ...fields,
});
const text = (value: string) => ({ kind: 'text', text: value });

describe('diffTable', () => {
  it('sorts the backup’s records into new, changed, older and unchanged, and counts those held only here', () => {
    const local = [
      record('same'),
      record('changed'),
      record('newer-here', { name: 'Renamed here', updatedAt: T1 }),
      record('only-here'),
    ];
    const backup = [
      record('same'),
      record('changed', { name: 'Renamed in the backup', updatedAt: T1 }),
      record('newer-here'),
      record('new'),
    ];
    const diff = diffTable('stakeholders', backup, local);
    expect(diff).toMatchObject({ added: 1, changed: 1, older: 1, unchanged: 1, onlyHere: 1 });
    expect(diff.changedExamples).toEqual([
      {
        key: 'changed',
        label: 'Renamed in the backup',
        fields: [
          { field: 'name', now: text('Record changed'), backup: text('Renamed in the backup') },
          { field: 'updatedAt', now: { kind: 'time', iso: T0 }, backup: { kind: 'time', iso: T1 } },
        ],
        moreFields: 0,
      },
    ]);
    expect(diff.olderExamples[0]!.fields[0]).toEqual({
      field: 'name',
      now: text('Renamed here'),
      backup: text('Record newer-here'),
    });
  });

  it('counts records without a readable time as changed, never as older', () => {
    const local = [record('a', { updatedAt: T1 }), { viewId: 'v', stakeholderId: 's', x: 1, y: 1 }];
    const backup = [record('a', { updatedAt: 'not a time', name: 'x' })];
    expect(diffTable('stakeholders', backup, local)).toMatchObject({ changed: 1, older: 0 });
    const positions = diffTable(
      'mapPositions',
      [{ viewId: 'v', stakeholderId: 's', x: 2, y: 1 }],
      [{ viewId: 'v', stakeholderId: 's', x: 1, y: 1 }],
    );
    expect(positions).toMatchObject({ changed: 1, older: 0 });
    expect(positions.changedExamples[0]).toMatchObject({
      key: '["v","s"]',
      fields: [{ field: 'x', now: { kind: 'number', value: 1 }, backup: { kind: 'number', value: 2 } }],
    });
  });

  it('tells copies stamped at different times apart at once, and still compares copies stamped alike field by field', () => {
    const deep = (depth: number): unknown => (depth === 0 ? 'leaf' : { next: deep(depth - 1) });
    const local = [
      record('a', { updatedAt: T1, notes: deep(150) }),
      record('b', { updatedAt: T0, notes: deep(150) }),
      record('c', { notes: deep(150) }),
      record('d', { updatedAt: '2026-03-01T10:00:00.000+01:00' }),
    ];
    const backup = [
      record('a', { updatedAt: T0, notes: deep(150) }),
      record('b', { updatedAt: T1, notes: deep(150) }),
      record('c', { notes: { ...(deep(150) as object), extra: 1 } }),
      record('d'),
    ];
    // The same instant written with another offset is another text: changed, never unchanged.
    expect(diffTable('stakeholders', backup, local)).toMatchObject({ older: 1, changed: 3, unchanged: 0 });
  });

  it('ignores key order and absent-versus-undefined fields', () => {
    const local = [{ updatedAt: T0, name: 'n', id: 'a', tags: ['x'], extra: undefined }];
    const backup = [{ id: 'a', name: 'n', tags: ['x'], updatedAt: T0 }];
    expect(diffTable('stakeholders', backup, local)).toMatchObject({ unchanged: 1, changed: 0 });
  });

  it('keeps a few examples and a few fields each, and says how many more fields differ', () => {
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`field${index}`, index]));
    const local = Array.from({ length: 10 }, (_, index) => record(`r${index}`));
    const backup = Array.from({ length: 10 }, (_, index) => record(`r${index}`, { ...many, updatedAt: T1 }));
    const diff = diffTable('stakeholders', backup, local);
    expect(diff.changed).toBe(10);
    expect(diff.changedExamples).toHaveLength(EXAMPLES_PER_KIND);
    expect(diff.changedExamples[0]!.fields).toHaveLength(FIELDS_PER_EXAMPLE);
    expect(diff.changedExamples[0]!.moreFields).toBe(21 - FIELDS_PER_EXAMPLE);
  });

  it('leaves this installation’s bookkeeping out of the meta comparison', () => {
    const local = [
      { key: 'backups.lastAutomatic', value: '2026-03-02' },
      { key: 'onboarded', value: true },
    ];
    const backup = [
      { key: 'backups.lastAutomatic', value: '2025-01-01' },
      { key: 'schemaUpgrades', value: [] },
      { key: 'onboarded', value: true },
    ];
    expect(diffTable('meta', backup, local)).toMatchObject({ added: 0, changed: 0, unchanged: 1, onlyHere: 0 });
  });

  it('survives hostile shapes on either side without touching any prototype', () => {
    const hostile: unknown[] = [
      null,
      42,
      'text',
      [],
      [record('in-an-array')],
      { name: 'no id' },
      { id: 7 },
      JSON.parse('{"id":"proto","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
      record('huge', { notes: 'x'.repeat(1_000_000), name: '\u202eevil\u0000name\nsecond line' }),
      record('deep', { nested: JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`) }),
      record('dup'),
      record('dup', { name: 'second copy' }),
    ];
    const local = [
      ...hostile.slice(0, 7),
      record('huge'),
      record('deep', { nested: [] }),
      JSON.parse('{"id":"proto","__proto__":{"other":1}}'),
    ];
    const diff = diffTable('stakeholders', hostile, local);
    expect(diff.added).toBe(1); // "dup": counted once
    expect(diff.changed).toBe(3); // huge, deep, proto (its "constructor" field is new)
    const huge = diff.changedExamples.find((change) => change.key === 'huge')!;
    expect(huge.label).toBe('\ufffdevil\ufffdname second line');
    for (const field of huge.fields)
      expect(field.backup.kind === 'text' ? field.backup.text.length : 0).toBeLessThanOrEqual(SHOWN_VALUE_LENGTH);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(diff)).toBe(Object.prototype);
  });

  it('keeps records whose ids or fields are the names of an object’s own machinery apart from it', () => {
    const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
    const local = ids.map((id) => record(id));
    const backup = [
      ...ids.map((id) => record(id, { name: `${id} changed`, updatedAt: T1 })),
      record('__defineGetter__'),
    ];
    const diff = diffTable('stakeholders', backup, local);
    expect(diff).toMatchObject({ added: 1, changed: ids.length, older: 0, unchanged: 0, onlyHere: 0 });
    const withProtoField = diffTable(
      'stakeholders',
      [JSON.parse(`{"id":"a","__proto__":{"x":1},"updatedAt":"${T1}"}`)],
      [record('a')],
    );
    expect(withProtoField.changedExamples[0]!.fields.map((field) => field.field)).toContain('__proto__');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('isBackupCopyOlder', () => {
  it('compares instants, whatever the offsets', () => {
    expect(
      isBackupCopyOlder({ updatedAt: '2026-03-02T10:00:00+01:00' }, { updatedAt: '2026-03-02T09:30:00.000Z' }),
    ).toBe(true);
    expect(
      isBackupCopyOlder({ updatedAt: '2026-03-02T09:30:00.000Z' }, { updatedAt: '2026-03-02T10:00:00+01:00' }),
    ).toBe(false);
    expect(isBackupCopyOlder({ updatedAt: T0 }, { updatedAt: T0 })).toBe(false);
    expect(isBackupCopyOlder({}, { updatedAt: T1 })).toBe(false);
    expect(isBackupCopyOlder(null, undefined)).toBe(false);
  });
});

describe('showValue', () => {
  it('shows lists, objects and odd values as one short line', () => {
    expect(showValue(['a', 'b'])).toBe('a, b');
    expect(showValue({ b: 1 })).toBe('{"b":1}');
    expect(showValue(null)).toBe('');
    expect(showValue(false)).toBe('false');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(showValue(cyclic)).toBe('…');
  });
});

describe('diffBackup', () => {
  it('compares a 50,000-record backup with itself as unchanged', () => {
    const network = buildSampleNetwork('2026-11-22');
    const tables: BackupTables = { ...emptyBackupTables(), ...network };
    const relationships = Array.from({ length: 50_000 }, (_, index) => ({
      ...network.relationships[index % network.relationships.length]!,
      id: `r-${index}`,
    }));
    const big = { ...tables, relationships };
    const diffs = diffBackup(big, structuredClone(big));
    expect(diffs.find((diff) => diff.table === 'relationships')).toMatchObject({
      unchanged: 50_000,
      added: 0,
      changed: 0,
    });
    expect(diffs.every((diff) => diff.changed === 0 && diff.added === 0 && diff.older === 0)).toBe(true);
  }, 60_000);
});
