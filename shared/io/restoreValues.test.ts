import { describe, expect, it } from 'vitest';
import { createNameIndex, showFieldValue } from './restoreValues';

// The merge preview shows values as the page can say them in the user's language: labels for
// closed lists, names for ids, yes or no, dates. Values come from an untrusted backup.

const names = createNameIndex(
  {
    stakeholders: [{ id: 's1', name: 'ASL Roma 1' }] as never,
    programmes: [{ id: 'p1', name: 'PsychCare long', shortName: 'PsychCare' }] as never,
  },
  {
    stakeholders: [
      { id: 's1', name: 'Old name here' },
      { id: 's2', name: 'Prefettura' },
    ] as never,
  },
);
const toText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
const show = (table: Parameters<typeof showFieldValue>[0], path: string, value: unknown) =>
  showFieldValue(table, path, value, names, toText);

describe('a value as the merge preview shows it', () => {
  it('names closed values, records pointed at, yes and no, dates and categories', () => {
    expect(show('relationships', 'status', 'inactive')).toEqual({
      kind: 'code',
      set: 'relationshipStatus',
      code: 'inactive',
    });
    expect(show('relationships', 'isDirected', false)).toEqual({ kind: 'yes-no', value: false });
    expect(show('relationships', 'sourceId', 's1')).toEqual({ kind: 'records', names: ['ASL Roma 1'], unknown: 0 });
    expect(show('stakeholders', 'programmeIds', ['p1', 'gone'])).toEqual({
      kind: 'records',
      names: ['PsychCare'],
      unknown: 1,
    });
    expect(show('actions', 'date', '2026-03-02')).toEqual({ kind: 'date', iso: '2026-03-02' });
    expect(show('stakeholders', 'categoryId', 'prefecture')).toMatchObject({ kind: 'bilingual', it: 'Prefettura' });
    expect(show('agreements', 'parties', [{ stakeholderId: 's2', role: 'promoter' }])).toEqual({
      kind: 'list',
      items: [
        {
          kind: 'fields',
          entries: [
            { path: 'parties[].stakeholderId', value: { kind: 'records', names: ['Prefettura'], unknown: 0 } },
            { path: 'parties[].role', value: { kind: 'code', set: 'partyRole', code: 'promoter' } },
          ],
          more: 0,
        },
      ],
      more: 0,
    });
  });

  it('stays short for hostile values: long lists, deep nesting, odd types', () => {
    expect(
      show(
        'stakeholders',
        'tags',
        Array.from({ length: 10_000 }, (_, index) => `t${index}`),
      ),
    ).toMatchObject({ kind: 'list', more: 9_990 });
    const deep = JSON.parse(`${'{"a":'.repeat(50)}1${'}'.repeat(50)}`) as unknown;
    expect(JSON.stringify(show('meta', 'value', deep)).length).toBeLessThan(2_000);
    expect(show('stakeholders', 'name', '')).toEqual({ kind: 'empty' });
    expect(show('stakeholders', 'updatedAt', 'not a time')).toEqual({ kind: 'text', text: 'not a time' });
  });

  it('shows a field named like an object’s own properties as text, never as a closed value', () => {
    for (const path of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      for (const table of ['stakeholders', 'actions', 'contacts'] as const)
        expect(show(table, path, 'x'), `${table}.${path}`).toEqual({ kind: 'text', text: 'x' });
    }
  });
});
