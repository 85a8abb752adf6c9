import { describe, expect, it } from 'vitest';
import { isSameValue, recordKey, recordLabel } from './recordIdentity';

describe('a record’s key', () => {
  it('is its id, a setting’s key, or a map position’s pair that no separator can fake', () => {
    expect(recordKey('stakeholders', { id: 'a' })).toBe('a');
    expect(recordKey('meta', { key: 'sample' })).toBe('sample');
    expect(recordKey('mapPositions', { viewId: 'a|b', stakeholderId: 'c' })).not.toBe(
      recordKey('mapPositions', { viewId: 'a', stakeholderId: 'b|c' }),
    );
    expect(recordKey('mapPositions', { viewId: 'v', stakeholderId: 's' })).toBe('["v","s"]');
    for (const row of [null, 'text', {}, { id: 7 }, Object.create(null) as object])
      expect(recordKey('stakeholders', row)).toBeNull();
  });
});

describe('deep equality of record values', () => {
  it('ignores key order and undefined fields, compares dates by time, lists in order', () => {
    expect(isSameValue({ a: 1, b: [1, { c: 'x' }], d: undefined }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(isSameValue(new Date(5), new Date(5))).toBe(true);
    expect(isSameValue(new Date(5), { getTime: () => 5 })).toBe(false);
    expect(isSameValue([1, 2], [2, 1])).toBe(false);
    expect(isSameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(isSameValue([], {})).toBe(false);
    expect(isSameValue(NaN, NaN)).toBe(true);
  });

  it('gives up on nesting too deep to walk, and says different', () => {
    const deep = (depth: number): unknown => (depth === 0 ? 'leaf' : { next: deep(depth - 1) });
    expect(isSameValue(deep(150), deep(150))).toBe(true);
    expect(isSameValue(deep(5_000), deep(5_000))).toBe(false);
  });

  it('is not fooled by prototype keys', () => {
    expect(isSameValue(JSON.parse('{"__proto__": {"a": 1}}'), {})).toBe(false);
    expect(isSameValue({ constructor: 1 }, {})).toBe(false);
  });
});

describe('a record’s name', () => {
  const names = new Map([
    ['s1', 'ASL Roma 1'],
    ['s2', 'CAS Tiburtino'],
  ]);
  const nameOf = (id: string) => names.get(id);

  it('is what the user knows it by', () => {
    expect(recordLabel('contacts', { name: 'Anna Prova' }, 'c1')).toBe('Anna Prova');
    expect(recordLabel('followUps', { text: 'Inviare il verbale' }, 'f1')).toBe('Inviare il verbale');
    expect(recordLabel('meta', { key: 'sample', value: 1 }, 'sample')).toBe('sample');
    expect(recordLabel('relationships', { sourceId: 's1', targetId: 's2' }, 'r1', nameOf)).toBe(
      'ASL Roma 1 – CAS Tiburtino',
    );
    expect(recordLabel('relationships', { sourceId: 's1', targetId: 'gone' }, 'r1', nameOf)).toBe('ASL Roma 1 – gone');
    expect(recordLabel('mapPositions', { viewId: 'default:regions', stakeholderId: 's2' }, 'k', nameOf)).toBe(
      'CAS Tiburtino',
    );
  });

  it('falls back to the key, and stays short', () => {
    expect(recordLabel('stakeholders', { name: '   ' }, 'id-1')).toBe('id-1');
    expect(recordLabel('relationships', {}, 'r1')).toBe('r1');
    expect(recordLabel('stakeholders', null, 'id-2')).toBe('id-2');
    expect(recordLabel('stakeholders', { name: 'x'.repeat(500) }, 'id')).toHaveLength(120);
  });
});
