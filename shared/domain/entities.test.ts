import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  deletionReach,
  ENTITIES,
  ENTITY_TABLES,
  entity,
  SYNCED_TABLES,
  TIMESTAMPED_TABLES,
  WORK_TABLES,
  type EntityDefinition,
} from './entities';
import { PERSONAL_DATA_TABLES } from './personalData';
import { REFERENCES } from './references';
import { schemaFields } from './schemaFields';

// The registry of entities against the schemas it names. Its match with the database's
// tables is checked in renderer/db/entityTables.test.ts.

const fieldsOf = (schema: z.ZodType) => new Map(schemaFields(schema).map((field) => [field.path, field]));

describe('the registry of entities', () => {
  it('names the same tables as the registry of field roles', () => {
    expect([...ENTITY_TABLES].sort()).toEqual([...PERSONAL_DATA_TABLES].sort());
  });

  it.each(ENTITY_TABLES)('keys %s by text fields its schema has', (table) => {
    const fields = fieldsOf(ENTITIES[table].schema);
    for (const key of ENTITIES[table].key) expect(fields.get(key)?.holdsString, `${table}.${key}`).toBe(true);
  });

  it.each(ENTITY_TABLES)('says %s carries updatedAt exactly when its schema has it', (table) => {
    expect(ENTITIES[table].isTimestamped).toBe(fieldsOf(ENTITIES[table].schema).has('updatedAt'));
  });

  it.each(ENTITY_TABLES)(
    'names %s, and says which of its fields are dates and closed values, by text fields its schema has',
    (table) => {
      const fields = fieldsOf(ENTITIES[table].schema);
      // A meta row's value is free JSON: its date is inside a value the schema does not walk.
      const isInMetaValue = (field: string) => table === 'meta' && field.startsWith('value.');
      const { nameFields, dateFields, codeFields }: EntityDefinition = ENTITIES[table];
      for (const field of [...nameFields, ...dateFields, ...Object.keys(codeFields)])
        expect(fields.get(field)?.holdsString || isInMetaValue(field), `${table}.${field}`).toBe(true);
    },
  );

  it('lets references point only at tables keyed by one id, which is what they hold', () => {
    for (const reference of REFERENCES)
      expect(ENTITIES[reference.to].key, `${reference.from}.${reference.path}`).toEqual(['id']);
  });

  it('counts every row as work but the shipped programmes, the bookkeeping and the history', () => {
    expect(ENTITY_TABLES.filter((table) => !WORK_TABLES.includes(table))).toEqual(['programmes', 'meta', 'history']);
    expect(ENTITIES.programmes.holds).toBe('work-unless-shipped');
    expect(ENTITIES.meta.holds).toBe('bookkeeping');
    expect(ENTITIES.history.holds).toBe('history');
  });

  it('keeps map positions, the bookkeeping and the history on this laptop when a team syncs', () => {
    // Each laptop records what it applies, teammates' changes included: sharing would send each twice.
    expect(ENTITY_TABLES.filter((table) => !SYNCED_TABLES.includes(table))).toEqual([
      'mapPositions',
      'meta',
      'history',
    ]);
  });

  it('has no map position, meta row or history entry carry updatedAt, and every other table does', () => {
    expect(ENTITY_TABLES.filter((table) => !TIMESTAMPED_TABLES.includes(table))).toEqual([
      'mapPositions',
      'meta',
      'history',
    ]);
  });

  it('exports each sheet from one table only', () => {
    const sheets = ENTITY_TABLES.flatMap((table) => ENTITIES[table].sheets);
    expect(new Set(sheets).size).toBe(sheets.length);
  });

  it('dates each table from a schema version', () => {
    for (const table of ENTITY_TABLES)
      expect(
        Number.isInteger(ENTITIES[table].sinceSchemaVersion) && ENTITIES[table].sinceSchemaVersion >= 1,
        table,
      ).toBe(true);
    expect(ENTITIES.briefings.sinceSchemaVersion).toBe(2);
  });

  it('puts a table’s schema, references and field roles together', () => {
    const briefings = entity('briefings');
    expect(briefings.references.map((reference) => reference.path)).toEqual([
      'source.stakeholderIds[]',
      'addedStakeholderIds[]',
      'removedStakeholderIds[]',
      'source.actionId',
      'programmeId',
    ]);
    expect(briefings.referencedBy).toEqual([]);
    expect(briefings.freeTextFields).toEqual(['title', 'agenda', 'meetingPlace']);
    expect(entity('contacts').referencedBy.map((reference) => `${reference.from}.${reference.path}`)).toContain(
      'actions.participantIds[]',
    );
  });
});

// Exact about what goes; a later entity that points here only adds to what changes.
const including = (tables: readonly string[]): string[] => expect.arrayContaining([...tables]);

describe('what a deletion reaches', () => {
  it('follows a stakeholder to the records that go with it and on to those that point at them', () => {
    expect(deletionReach('stakeholders')).toEqual({
      deleted: ['stakeholders', 'contacts', 'relationships', 'agreements', 'mapPositions', 'briefings'],
      changed: including(['agreements', 'actions', 'briefings']),
      tables: including([
        'stakeholders',
        'contacts',
        'relationships',
        'agreements',
        'actions',
        'mapPositions',
        'briefings',
      ]),
    });
  });

  it('changes what points at a staff member or a programme and deletes nothing else', () => {
    expect(deletionReach('staff')).toEqual({
      deleted: ['staff'],
      changed: including(['actions', 'followUps']),
      tables: including(['actions', 'followUps', 'staff']),
    });
    expect(deletionReach('programmes')).toEqual({
      deleted: ['programmes'],
      changed: including(['stakeholders', 'agreements', 'actions', 'briefings']),
      tables: including(['stakeholders', 'agreements', 'actions', 'programmes', 'briefings']),
    });
  });

  it('takes an action’s follow-ups and briefings, and a contact only out of the actions', () => {
    expect(deletionReach('actions').tables).toEqual(including(['actions', 'followUps', 'briefings']));
    expect(deletionReach('contacts')).toEqual({
      deleted: ['contacts'],
      changed: including(['actions']),
      tables: including(['contacts', 'actions']),
    });
  });

  it('reaches nothing from a table nothing points at', () => {
    expect(deletionReach('meta')).toEqual({ deleted: ['meta'], changed: [], tables: ['meta'] });
  });
});

describe('the walk of a schema', () => {
  it('lists every field, says which can hold a string, and leaves out the list a table is', () => {
    const schema = z.array(
      z.object({
        id: z.string(),
        tags: z.array(z.string()),
        score: z.number().default(1),
        source: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('a'), at: z.number() }),
          z.object({ kind: z.literal('b'), at: z.string() }),
        ]),
        value: z.json(),
      }),
    );
    expect(schemaFields(schema)).toEqual([
      { path: 'id', holdsString: true },
      { path: 'tags', holdsString: false },
      { path: 'tags[]', holdsString: true },
      { path: 'score', holdsString: false },
      { path: 'source', holdsString: false },
      { path: 'source.kind', holdsString: true },
      { path: 'source.at', holdsString: true },
      { path: 'value', holdsString: true },
    ]);
  });

  it('refuses a kind of field it does not know, rather than pass it unclassified', () => {
    expect(() => schemaFields(z.object({ byKey: z.record(z.string(), z.string()) }))).toThrow(
      /does not know zod's "record" at byKey/,
    );
  });
});
