import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import * as action from './action';
import * as agreement from './agreement';
import * as briefing from './briefing';
import * as common from './common';
import * as contact from './contact';
import { ENTITIES, ENTITY_TABLES, referencesFrom, type EntityTable } from './entities';
import * as organisation from './organisation';
import { PERSONAL_DATA_FIELDS } from './personalData';
import { NOT_REFERENCES, REFERENCES, referencesIn, valuesAt, withoutIdsAt, type Reference } from './references';
import * as relationship from './relationship';
import { schemaFields } from './schemaFields';
import * as stakeholder from './stakeholder';

// The registry of references must know every field named like one, in every stored table:
// a new `…Id` field fails here until someone says what it points at and what deleting that
// does to it, or that it is no reference.

/** `programmeIds[]` and `ownerId` are named like references; `id` is the record's own. */
const isNamedLikeReference = (path: string) => /(Id|Ids\[\])$/.test(path);

function pathsOf(table: EntityTable): Set<string> {
  return new Set(schemaFields(ENTITIES[table].schema).map((field) => field.path));
}

/** The fields of a record of `table`, with this schema, named like a reference that the registry does not know. */
function unknownReferenceFields(table: EntityTable, schema: z.ZodType): string[] {
  const known = new Set([
    ...referencesFrom(table).map((reference) => reference.path),
    ...Object.keys(NOT_REFERENCES)
      .filter((key) => key.startsWith(`${table}.`))
      .map((key) => key.slice(table.length + 1)),
  ]);
  return schemaFields(schema)
    .map((field) => field.path)
    .filter((path) => isNamedLikeReference(path) && !known.has(path));
}

describe('the registry of references', () => {
  it.each(ENTITY_TABLES)('knows every field of %s named like a reference', (table) => {
    expect(unknownReferenceFields(table, ENTITIES[table].schema)).toEqual([]);
  });

  it('fails for a field named like a reference that it does not know, however deep', () => {
    const grown = z.object({
      ...stakeholder.stakeholderFieldsSchema.shape,
      trainerId: common.idSchema,
      sessions: z.array(z.object({ attendeeIds: z.array(common.idSchema) })),
    });
    expect(unknownReferenceFields('stakeholders', grown)).toEqual(['trainerId', 'sessions[].attendeeIds[]']);
  });

  it('names only fields that exist, in tables that exist, pointing at tables that exist', () => {
    for (const reference of REFERENCES) {
      expect(ENTITY_TABLES, reference.to).toContain(reference.to);
      expect([...pathsOf(reference.from)], `${reference.from}.${reference.path}`).toContain(reference.path);
      // The privacy registry uses the same paths.
      expect(Object.keys(PERSONAL_DATA_FIELDS[reference.from]), `${reference.from}.${reference.path}`).toContain(
        reference.path,
      );
    }
    for (const key of Object.keys(NOT_REFERENCES)) {
      const [table = '', ...rest] = key.split('.');
      expect(ENTITY_TABLES, key).toContain(table);
      expect([...pathsOf(table as EntityTable)], key).toContain(rest.join('.'));
    }
  });

  it('knows every field named like a reference in the schemas of shared/domain, stored or not', () => {
    const modules = { action, agreement, briefing, common, contact, organisation, relationship, stakeholder };
    const known = new Set([
      ...REFERENCES.map((reference) => reference.path),
      ...Object.keys(NOT_REFERENCES).map((key) => key.slice(key.indexOf('.') + 1)),
    ]);
    const unknown: string[] = [];
    for (const [module, exports] of Object.entries(modules)) {
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value !== 'object' || value === null || !('_zod' in value)) continue;
        // A part of a record (a briefing's source, an agreement's party) is known by the end of its path.
        const isKnown = (path: string) =>
          [...known].some((knownPath) => knownPath === path || knownPath.endsWith(`.${path}`));
        for (const { path } of schemaFields(value as z.ZodType))
          if (isNamedLikeReference(path) && !isKnown(path)) unknown.push(`${module} ${name}: ${path}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('names as a fallback list only a list of the same record pointing at the same table, for a list that may not be empty', () => {
    for (const reference of REFERENCES as readonly Reference[]) {
      if (!reference.fallbackList) continue;
      const { path, exclusions } = reference.fallbackList;
      const name = `${reference.from}.${reference.path}`;
      expect(reference.onTargetDeleted, name).toBe('remove-id-delete-row-if-empty');
      for (const other of exclusions ? [path, exclusions] : [path])
        expect(
          REFERENCES.some((one) => one.from === reference.from && one.path === other && one.to === reference.to),
          `${name} falls back on ${other}`,
        ).toBe(true);
    }
  });

  it('lists each reference once', () => {
    const keys = REFERENCES.map((reference) => `${reference.from}.${reference.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('reading the ids a record points at', () => {
  it('follows nested fields and lists, and nothing else', () => {
    const agreement = {
      parties: [{ stakeholderId: 'a' }, { stakeholderId: 'b' }, { stakeholderId: '' }, null, 'c'],
      programmeIds: ['p', 7, null],
    };
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

  it('takes ids out as a deletion leaves the record: a field emptied, an id out of its list, a party out whole', () => {
    const gone = new Set(['s2', 'c1']);
    const agreement = {
      parties: [
        { stakeholderId: 's1', role: 'promoter' },
        { stakeholderId: 's2', role: 'signatory' },
      ],
      programmeIds: ['p'],
    };
    expect(withoutIdsAt(agreement, 'parties[].stakeholderId', gone)).toEqual({
      parties: [{ stakeholderId: 's1', role: 'promoter' }],
      programmeIds: ['p'],
    });
    expect(withoutIdsAt({ targetIds: ['s1', 's2', 's2'] }, 'targetIds[]', gone)).toEqual({ targetIds: ['s1'] });
    expect(withoutIdsAt({ ownerId: 'c1', title: 't' }, 'ownerId', gone)).toEqual({ ownerId: null, title: 't' });
    const briefing = { source: { kind: 'stakeholders', stakeholderIds: ['s2', 's3'] }, agenda: '' };
    expect(withoutIdsAt(briefing, 'source.stakeholderIds[]', gone)).toEqual({
      source: { kind: 'stakeholders', stakeholderIds: ['s3'] },
      agenda: '',
    });
    expect(briefing.source.stakeholderIds).toEqual(['s2', 's3']);
  });

  it('gives the same record back when it holds none of the ids, whatever it holds', () => {
    const gone = new Set(['s2']);
    for (const record of [
      { targetIds: ['s1'] },
      { targetIds: 'not a list' },
      { source: { kind: 'region', region: 'lazio' } },
      { ownerId: null },
      { parties: [null, 7, 's2'] },
    ]) {
      expect(withoutIdsAt(record, 'targetIds[]', gone)).toBe(record);
      expect(withoutIdsAt(record, 'source.stakeholderIds[]', gone)).toBe(record);
      expect(withoutIdsAt(record, 'ownerId', gone)).toBe(record);
    }
    expect(withoutIdsAt(null, 'ownerId', gone)).toBeNull();
    expect(withoutIdsAt('s2', 'ownerId', gone)).toBe('s2');
  });

  it('never writes through the prototype, and keeps a "__proto__" key a plain key', () => {
    const hostile = JSON.parse('{"__proto__": {"ownerId": "s2"}, "targetIds": ["s2"]}') as Record<string, unknown>;
    const after = withoutIdsAt(hostile, 'targetIds[]', new Set(['s2'])) as Record<string, unknown>;
    expect(after.targetIds).toEqual([]);
    expect(Object.getPrototypeOf(after)).toBe(Object.prototype);
    expect(Object.hasOwn(after, '__proto__')).toBe(true);
    expect(withoutIdsAt(hostile, 'ownerId', new Set(['s2']))).toBe(hostile);
    const inheriting = Object.create({ ownerId: 's2' }) as object;
    expect(withoutIdsAt(inheriting, 'ownerId', new Set(['s2']))).toBe(inheriting);
    expect(({} as Record<string, unknown>).ownerId).toBeUndefined();
  });

  it('gives each id with the reference that holds it', () => {
    const action = { targetIds: ['s1', 's2'], participantIds: ['c1'], ownerId: null, programmeId: 'p1' };
    expect(
      referencesIn('actions', action).map(({ reference, id }) => `${reference.path}→${reference.to}:${id}`),
    ).toEqual([
      'targetIds[]→stakeholders:s1',
      'targetIds[]→stakeholders:s2',
      'participantIds[]→contacts:c1',
      'programmeId→programmes:p1',
    ]);
  });
});
