import { describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../sample/sampleNetwork';
import { BackupError, parseBackup, readBackupText, serialiseBackup, type BackupTables } from './backup';
import { emptyBackupTables } from '../../test/support/backupTables';

// A backup file being restored is untrusted: a hand-edited or damaged file must be refused
// with a message that says what is wrong and where, never half-read or read wrongly.

function sampleTables(): BackupTables {
  const network = buildSampleNetwork('2026-11-22');
  return { ...emptyBackupTables(), ...network, meta: [{ key: 'onboarded', value: true }] };
}

/** The sample as the raw object a backup file holds, to tamper with. */
function rawBackup(): { tables: Record<string, Array<Record<string, unknown>>> } & Record<string, unknown> {
  return JSON.parse(serialiseBackup(sampleTables(), 2, '2026-11-23T12:00:00.000Z'));
}

function refusal(text: string): BackupError {
  try {
    parseBackup(text, 2);
  } catch (error) {
    if (error instanceof BackupError) return error;
    throw error;
  }
  throw new Error('The backup was accepted');
}

const DEEP = '"deep value goes here"';

/** The file's text with a value nested `depth` arrays deep where DEEP stands (too deep for JSON.stringify). */
function withDeepValue(raw: unknown, depth: number): string {
  return JSON.stringify(raw).replace(DEEP, `${'['.repeat(depth)}${']'.repeat(depth)}`);
}

describe('a backup with two records under one id', () => {
  it('is refused, naming the table and the id', () => {
    const raw = rawBackup();
    const stakeholders = raw.tables.stakeholders!;
    stakeholders.push({ ...stakeholders[3]!, name: 'A second record with the same id' });
    const error = refusal(JSON.stringify(raw));
    expect(error.reason).toBe('duplicate-id');
    expect(error.table).toBe('stakeholders');
    expect(error.recordKey).toBe(stakeholders[3]!.id);
  });

  it('is refused for meta keys and map positions too', () => {
    const raw = rawBackup();
    raw.tables.meta!.push({ key: 'onboarded', value: false });
    expect(refusal(JSON.stringify(raw))).toMatchObject({
      reason: 'duplicate-id',
      table: 'meta',
      recordKey: 'onboarded',
    });

    const positions = rawBackup();
    const position = { viewId: 'default:regions', stakeholderId: 'sample-laz-ngo-1', x: 1, y: 2 };
    positions.tables.mapPositions = [position, { ...position, x: 5 }];
    expect(refusal(JSON.stringify(positions))).toMatchObject({
      reason: 'duplicate-id',
      table: 'mapPositions',
      recordKey: '["default:regions","sample-laz-ngo-1"]',
    });
  });

  it('tells apart two map positions whose ids only look alike when joined', () => {
    const raw = rawBackup();
    raw.tables.mapPositions = [
      { viewId: 'a / b', stakeholderId: 'c', x: 1, y: 2 },
      { viewId: 'a', stakeholderId: 'b / c', x: 3, y: 4 },
    ];
    expect(parseBackup(JSON.stringify(raw), 2).tables.mapPositions).toHaveLength(2);
  });
});

describe('a backup with a value nested too deeply', () => {
  it('is refused as malformed, naming the table and the record, whatever the depth', () => {
    for (const depth of [300, 200_000]) {
      const raw = rawBackup();
      raw.tables.meta!.push({ key: 'deep', value: JSON.parse(DEEP) });
      const error = refusal(withDeepValue(raw, depth));
      expect(error.reason).toBe('too-deep');
      expect(error.table).toBe('meta');
      expect(error.recordKey).toBe('deep');
    }
  });

  it('is refused when the nesting is in a field no schema knows, or outside the tables', () => {
    const raw = rawBackup();
    raw.tables.stakeholders![5]!.extra = JSON.parse(DEEP);
    expect(refusal(withDeepValue(raw, 5_000))).toMatchObject({
      reason: 'too-deep',
      table: 'stakeholders',
      recordKey: raw.tables.stakeholders![5]!.id,
    });
    const outside = { ...rawBackup(), comment: JSON.parse(DEEP) };
    expect(refusal(withDeepValue(outside, 5_000))).toMatchObject({ reason: 'too-deep', table: null, recordKey: null });
  });

  it('accepts the nesting real data has (a meta row no app writes is then left out, by name)', () => {
    const raw = rawBackup();
    raw.tables.meta!.push({ key: 'nested', value: { a: [{ b: [{ c: [[['fine']]] }] }] } });
    expect(readBackupText(JSON.stringify(raw), 2).droppedMeta).toEqual([{ key: 'nested', reason: 'unknown' }]);
  });
});

describe('hostile keys', () => {
  it('drops "__proto__" and "constructor" keys without touching any prototype', () => {
    const text = JSON.stringify(rawBackup())
      .replace(
        '"stakeholders":[{',
        '"stakeholders":[{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
      )
      .replace(
        '"meta":[{"key":"onboarded","value":true}]',
        '"meta":[{"key":"sample","value":{"__proto__":{"polluted":true},"loadedOn":"2026-11-22","stakeholderCount":1}}],"__proto__":{"polluted":true}',
      );
    const backup = parseBackup(text, 2);
    const first = backup.tables.stakeholders[0]!;
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
    expect(Object.keys(first)).not.toContain('__proto__');
    expect(Object.keys(first)).not.toContain('constructor');
    expect(backup.tables.meta[0]!.value).toEqual({ loadedOn: '2026-11-22', stakeholderCount: 1 });
    expect(Object.getPrototypeOf(backup.tables.meta[0]!.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a file that is not JSON', () => {
  it('is refused as not JSON, also when it is cut off or holds control characters', () => {
    const text = JSON.stringify(rawBackup());
    expect(refusal(text.slice(0, text.length / 2)).reason).toBe('not-json');
    expect(refusal(`\u0000${text}`).reason).toBe('not-json');
    expect(refusal('').reason).toBe('not-json');
  });
});
