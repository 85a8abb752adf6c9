import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { backupSchema } from '../io/backup';
import { CONTACT_ID_LISTS, COPIES_PENDING_META_KEY, COPY_STORE_NAMES, FREE_TEXT_FIELDS, PERSONAL_DATA_COPIES, PERSONAL_DATA_FIELDS, PERSONAL_DATA_TABLES, PRIVACY_INSTALLATION_META_KEYS } from './personalData';

// The registry must classify every field that may hold a string, in every table a backup
// holds. This walks the zod schemas themselves: a new field, or a new table, fails here
// until someone decides whether it may hold a person's name, email or phone.

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Paths (`a.b`, `a[]`) of every place in a schema where a string can be stored. */
function stringPaths(schema: z.ZodType, path: string, found: Set<string>): void {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
    case 'enum':
    case 'lazy': // z.json(): any JSON value, strings included
      found.add(path);
      return;
    case 'literal':
      if ((def.values as unknown[]).some((value) => typeof value === 'string')) found.add(path);
      return;
    case 'number':
    case 'boolean':
    case 'transform':
      return;
    case 'object':
      for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) stringPaths(field, path ? `${path}.${key}` : key, found);
      return;
    case 'array':
      stringPaths(def.element as z.ZodType, `${path}[]`, found);
      return;
    case 'union':
      for (const option of def.options as z.ZodType[]) stringPaths(option, path, found);
      return;
    case 'pipe':
      stringPaths(def.in as z.ZodType, path, found);
      stringPaths(def.out as z.ZodType, path, found);
      return;
    case 'default':
    case 'optional':
    case 'nullable':
    case 'readonly':
    case 'prefault':
    case 'catch':
    case 'nonoptional':
      stringPaths(def.innerType as z.ZodType, path, found);
      return;
    default:
      throw new Error(`The walk does not know zod's "${def.type}" at ${path}: teach it before classifying`);
  }
}

const tableSchemas = backupSchema.shape.tables.shape;

describe('the registry of where personal data lives', () => {
  it('has exactly the tables a backup holds', () => {
    expect([...PERSONAL_DATA_TABLES].sort()).toEqual(Object.keys(tableSchemas).sort());
  });

  it.each(Object.keys(tableSchemas))('classifies every string field of %s, and no field that does not exist', (table) => {
    const found = new Set<string>();
    stringPaths(tableSchemas[table as keyof typeof tableSchemas] as z.ZodType, '', found);
    const paths = [...found].map((path) => path.replace(/^\[\]\.?/, ''));
    const classified = Object.keys(PERSONAL_DATA_FIELDS[table as keyof typeof PERSONAL_DATA_FIELDS]);
    expect(classified.sort()).toEqual(paths.sort());
  });

  it('searches briefing agendas, notes, objectives, outcomes and follow-up texts', () => {
    const freeText = FREE_TEXT_FIELDS.flatMap(({ table, fields }) => fields.map((field) => `${table}.${field}`));
    for (const field of ['briefings.agenda', 'briefings.title', 'stakeholders.notes', 'contacts.notes', 'relationships.notes', 'agreements.notes', 'actions.objective', 'actions.outcome', 'actions.title', 'followUps.text']) {
      expect(freeText).toContain(field);
    }
  });

  it('knows the lists that refer to contact persons (what the cascade updates)', () => {
    expect(CONTACT_ID_LISTS).toEqual([{ table: 'actions', path: 'participantIds[]' }]);
  });

  it('says where each reachable copy is found, and that a copy taken elsewhere is found nowhere', () => {
    for (const copy of PERSONAL_DATA_COPIES) expect(copy.stores.length > 0, copy.id).toBe(copy.reachable);
    expect([...COPY_STORE_NAMES]).toEqual(['desktop', 'upgrade', 'safety']);
  });

  it('keeps the copies still to check as installation bookkeeping, like the erased ids', () => {
    expect(COPIES_PENDING_META_KEY).toBe('privacy.copiesPending');
    expect([...PRIVACY_INSTALLATION_META_KEYS]).toEqual(['privacy.erasedContactIds', 'privacy.copiesPending']);
  });
});
