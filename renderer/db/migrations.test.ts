import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { advocacyActionSchema, followUpSchema } from '../../shared/domain/action';
import { agreementSchema } from '../../shared/domain/agreement';
import { contactSchema } from '../../shared/domain/contact';
import { mapPositionSchema } from '../../shared/domain/organisation';
import { relationshipSchema } from '../../shared/domain/relationship';
import { stakeholderSchema } from '../../shared/domain/stakeholder';
import v1Fixture from '../../test/fixtures/db/v1.json';
import { openTramaDatabase } from './db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, TABLE_NAMES } from './schema';

// The pattern for every schema change: seed a database exactly as version N wrote it
// (one fixture per released version), open it with the current code, and check the data.
// When version 2 arrives: add SCHEMA_V2 + its upgrade in db.ts, add v2.json, and add
// a case here for each older fixture.
const FIXTURES = [{ version: 1, schema: SCHEMA_V1, data: v1Fixture }] as const;

async function seedAtVersion(name: string, fixture: (typeof FIXTURES)[number]): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.schema);
  await old.open();
  await old.transaction('rw', TABLE_NAMES, async () => {
    for (const table of TABLE_NAMES) await old.table(table).bulkAdd(fixture.data.tables[table] as unknown[]);
  });
  old.close();
}

describe.each(FIXTURES)('a database written by schema version $version', (fixture) => {
  it(`opens at version ${CURRENT_SCHEMA_VERSION} with every record readable and valid`, async () => {
    const name = `migration-${fixture.version}-${crypto.randomUUID()}`;
    await seedAtVersion(name, fixture);
    const db = openTramaDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const table of TABLE_NAMES) {
      expect(await db.table(table).count(), table).toBe(fixture.data.tables[table].length);
    }
    const parsers = [
      [db.stakeholders, stakeholderSchema],
      [db.contacts, contactSchema],
      [db.relationships, relationshipSchema],
      [db.agreements, agreementSchema],
      [db.actions, advocacyActionSchema],
      [db.followUps, followUpSchema],
      [db.mapPositions, mapPositionSchema],
    ] as const;
    for (const [table, schema] of parsers) {
      for (const row of await table.toArray()) expect(schema.safeParse(row).success, `${table.name} ${JSON.stringify(row)}`).toBe(true);
    }
    // Indexes still answer the queries the views make.
    expect(await db.agreements.where('partyIds').equals('fixture-asl-potenza').count()).toBe(1);
    expect((await db.stakeholders.get('fixture-asl-potenza'))?.notes).toContain('àèìòù ✓');
    db.close();
    await Dexie.delete(name);
  });
});
