import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { backupSchema } from '../io/backup';
import * as action from './action';
import * as agreement from './agreement';
import * as briefing from './briefing';
import * as common from './common';
import * as contact from './contact';
import * as organisation from './organisation';
import { PERSONAL_DATA_FIELDS } from './personalData';
import { NOT_REFERENCES, REFERENCES, referencesIn, valuesAt } from './references';
import * as relationship from './relationship';
import * as stakeholder from './stakeholder';

// The registry of references must know every field named like one, in every stored table:
// a new `…Id` field fails here until someone says what it points at and what deleting that
// does to it, or that it is no reference.

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Paths (`a.b`, `a[]`) of every field of a schema, whatever it holds. */
function fieldPaths(schema: z.ZodType, path: string, found: Set<string>): void {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        const fieldPath = path ? `${path}.${key}` : key;
        found.add(fieldPath);
        fieldPaths(field, fieldPath, found);
      }
      return;
    case 'array':
      found.add(`${path}[]`);
      fieldPaths(def.element as z.ZodType, `${path}[]`, found);
      return;
    case 'union':
      for (const option of def.options as z.ZodType[]) fieldPaths(option, path, found);
      return;
    case 'pipe':
      fieldPaths(def.in as z.ZodType, path, found);
      return;
    case 'default':
    case 'optional':
    case 'nullable':
    case 'readonly':
    case 'prefault':
    case 'catch':
    case 'nonoptional':
      fieldPaths(def.innerType as z.ZodType, path, found);
      return;
    default:
      return;
  }
}

const tableSchemas = backupSchema.shape.tables.shape;

/** `programmeIds[]` and `ownerId` are named like references; `id` is the record's own. */
const isNamedLikeReference = (path: string) => /(Id|Ids\[\])$/.test(path);

function pathsOf(table: keyof typeof tableSchemas): Set<string> {
  const found = new Set<string>();
  fieldPaths(tableSchemas[table] as z.ZodType, '', found);
  return new Set([...found].map((path) => path.replace(/^\[\]\.?/, '')).filter((path) => path !== ''));
}

describe('the registry of references', () => {
  it.each(Object.keys(tableSchemas))('knows every field of %s named like a reference', (table) => {
    const named = [...pathsOf(table as keyof typeof tableSchemas)].filter(isNamedLikeReference);
    const known = new Set([
      ...REFERENCES.filter((reference) => reference.from === table).map((reference) => reference.path),
      ...Object.keys(NOT_REFERENCES).filter((key) => key.startsWith(`${table}.`)).map((key) => key.slice(table.length + 1)),
    ]);
    expect(named.filter((path) => !known.has(path))).toEqual([]);
  });

  it('names only fields that exist, in tables that exist, pointing at tables that exist', () => {
    for (const reference of REFERENCES) {
      expect(Object.keys(tableSchemas), reference.to).toContain(reference.to);
      expect([...pathsOf(reference.from)], `${reference.from}.${reference.path}`).toContain(reference.path);
      // The privacy registry uses the same paths.
      expect(Object.keys(PERSONAL_DATA_FIELDS[reference.from]), `${reference.from}.${reference.path}`).toContain(reference.path);
    }
    for (const key of Object.keys(NOT_REFERENCES)) {
      const [table = '', ...rest] = key.split('.');
      expect([...pathsOf(table as keyof typeof tableSchemas)], key).toContain(rest.join('.'));
    }
  });

  it('knows every field named like a reference in the schemas of shared/domain, stored or not', () => {
    const modules = { action, agreement, briefing, common, contact, organisation, relationship, stakeholder };
    const known = new Set([...REFERENCES.map((reference) => reference.path), ...Object.keys(NOT_REFERENCES).map((key) => key.slice(key.indexOf('.') + 1))]);
    const unknown: string[] = [];
    for (const [module, exports] of Object.entries(modules)) {
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value !== 'object' || value === null || !('_zod' in value)) continue;
        const found = new Set<string>();
        fieldPaths(value as z.ZodType, '', found);
        // A part of a record (a briefing's source, a view's filters) is known by the end of its path.
        const isKnown = (path: string) => [...known].some((knownPath) => knownPath === path || knownPath.endsWith(`.${path}`));
        for (const path of found) if (isNamedLikeReference(path) && !isKnown(path.replace(/^\[\]\.?/, ''))) unknown.push(`${module} ${name}: ${path}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('lists each reference once', () => {
    const keys = REFERENCES.map((reference) => `${reference.from}.${reference.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('reading the ids a record points at', () => {
  it('follows nested fields and lists, and nothing else', () => {
    const agreement = { parties: [{ stakeholderId: 'a' }, { stakeholderId: 'b' }, { stakeholderId: '' }, null, 'c'], programmeIds: ['p', 7, null] };
    expect(valuesAt(agreement, 'parties[].stakeholderId')).toEqual(['a', 'b']);
    expect(valuesAt(agreement, 'programmeIds[]')).toEqual(['p']);
    expect(valuesAt({ source: { kind: 'region', region: 'lazio' } }, 'source.stakeholderIds[]')).toEqual([]);
    expect(valuesAt({ programmeIds: 'not a list' }, 'programmeIds[]')).toEqual([]);
    expect(valuesAt(null, 'ownerId')).toEqual([]);
  });

  it('never reads through the prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"ownerId": "polluted"}}') as unknown;
    expect(valuesAt(hostile, 'ownerId')).toEqual([]);
    expect(valuesAt({}, 'constructor')).toEqual([]);
    expect(valuesAt(Object.create({ ownerId: 'inherited' }), 'ownerId')).toEqual([]);
    expect(({} as Record<string, unknown>).ownerId).toBeUndefined();
  });

  it('gives each id with the reference that holds it', () => {
    const action = { targetIds: ['s1', 's2'], participantIds: ['c1'], ownerId: null, programmeId: 'p1' };
    expect(referencesIn('actions', action).map(({ reference, id }) => `${reference.path}→${reference.to}:${id}`)).toEqual([
      'targetIds[]→stakeholders:s1',
      'targetIds[]→stakeholders:s2',
      'participantIds[]→contacts:c1',
      'programmeId→programmes:p1',
    ]);
  });
});
