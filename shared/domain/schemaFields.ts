import type { z } from 'zod';

// Every field of a zod schema, as the registries name them (`a.b` a nested field, `a[]` each
// item of a list), and whether a string can be stored there. The registry tests walk the
// schemas with it: a field nobody classified, or an `…Id` nobody registered, fails there.

export interface SchemaField {
  path: string;
  /** A string can be stored here: a string, an enum, a string literal, any JSON value. */
  holdsString: boolean;
}

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

function walk(schema: z.ZodType, path: string, found: Map<string, boolean>): void {
  const def = defOf(schema);
  const note = (holdsString: boolean) => found.set(path, (found.get(path) ?? false) || holdsString);
  switch (def.type) {
    case 'string':
    case 'enum':
    case 'lazy': // z.json(): any JSON value, strings included
      note(true);
      return;
    case 'literal':
      note((def.values as unknown[]).some((value) => typeof value === 'string'));
      return;
    case 'number':
    case 'boolean':
    case 'null':
    case 'transform':
      note(false);
      return;
    case 'object':
      note(false);
      for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>))
        walk(field, path ? `${path}.${key}` : key, found);
      return;
    case 'array':
      note(false);
      walk(def.element as z.ZodType, `${path}[]`, found);
      return;
    case 'union':
      for (const option of def.options as z.ZodType[]) walk(option, path, found);
      return;
    case 'pipe':
      walk(def.in as z.ZodType, path, found);
      walk(def.out as z.ZodType, path, found);
      return;
    case 'default':
    case 'optional':
    case 'nullable':
    case 'readonly':
    case 'prefault':
    case 'catch':
    case 'nonoptional':
      walk(def.innerType as z.ZodType, path, found);
      return;
    default:
      // Unknown to the walk: a field of that kind would pass every registry test unclassified.
      throw new Error(
        `The walk does not know zod's "${def.type}" at ${path || 'the top'}: teach it before classifying`,
      );
  }
}

/** The fields of a record's schema (or of a list of records: the leading `[]` is left out), the record itself excluded. */
export function schemaFields(schema: z.ZodType): SchemaField[] {
  const found = new Map<string, boolean>();
  walk(schema, '', found);
  return [...found]
    .map(([path, holdsString]) => ({ path: path.replace(/^\[\]\.?/, ''), holdsString }))
    .filter((field) => field.path !== '');
}
