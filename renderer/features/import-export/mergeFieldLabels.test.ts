import { describe, expect, it } from 'vitest';
import { BACKUP_TABLE_NAMES, backupSchema } from '../../../shared/io/backup';
import { translate } from '../../i18n/translate';
import { MERGE_FIELD_LABELS } from './mergeFieldLabels';

// The merge preview names every field in the user's language: a field added to a schema
// without a label here would show its code name (programmeIds, x, value…).

interface SchemaNode {
  def: { type: string; innerType?: SchemaNode; in?: SchemaNode; element?: SchemaNode; options?: SchemaNode[] };
  shape?: Record<string, SchemaNode>;
}

function unwrap(node: SchemaNode): SchemaNode {
  let current = node;
  while (current.def.innerType ?? (current.def.type === 'pipe' ? current.def.in : undefined)) current = current.def.innerType ?? current.def.in!;
  return current;
}

/** Every field path of a record schema, nested objects and objects in lists included. */
function fieldPaths(node: SchemaNode, prefix = ''): string[] {
  const inner = unwrap(node);
  if (inner.def.type === 'union') return [...new Set((inner.def.options ?? []).flatMap((option) => fieldPaths(option, prefix)))];
  if (inner.def.type !== 'object' || !inner.shape) return [];
  return Object.entries(inner.shape).flatMap(([key, child]) => {
    const path = `${prefix}${key}`;
    const value = unwrap(child);
    const nested = value.def.type === 'array' && value.def.element ? fieldPaths(value.def.element, `${path}[].`) : fieldPaths(value, `${path}.`);
    return [path, ...nested];
  });
}

describe('the merge preview’s field names', () => {
  const tables = backupSchema.shape.tables.shape as unknown as Record<string, SchemaNode>;
  it('are looked for in nested objects and in objects of lists too', () => {
    const pathsOf = (table: string) => fieldPaths(unwrap(tables[table]!).def.element!);
    expect(pathsOf('agreements')).toContain('parties[].role');
    expect(pathsOf('savedViews')).toContain('filters.regions');
    expect(pathsOf('briefings')).toEqual(expect.arrayContaining(['source.kind', 'source.actionId', 'source.stakeholderIds']));
  });

  for (const table of BACKUP_TABLE_NAMES) {
    it(`name every field of ${table} in English and Italian`, () => {
      const element = unwrap(tables[table]!).def.element!;
      const paths = fieldPaths(element);
      const missing = paths.filter((path) => MERGE_FIELD_LABELS[table][path] === undefined);
      expect(missing).toEqual([]);
      for (const path of paths) for (const language of ['en', 'it'] as const) expect(translate(language, MERGE_FIELD_LABELS[table][path]!)).not.toMatch(/^restore\./);
    });
  }
});
