import { afterEach, describe, expect, it } from 'vitest';
import {
  REFERENCES,
  valuesAt,
  withoutIdsAt,
  type OnTargetDeleted,
  type Reference,
} from '../../shared/domain/references';
import { freshDatabase } from '../../test/support/builders';
import {
  newestFixtureTables,
  seedDatabase,
  type FixtureRow,
  type FixtureTables,
} from '../../test/support/newestFixture';
import { findDanglingReferences } from './danglingReferences';
import type { TramaDatabase } from './db';
import { deleteAction } from './repositories/actions';
import { deleteContacts } from './repositories/contacts';
import { deleteProgramme, deleteStaffMember } from './repositories/organisation';
import { deleteStakeholders } from './repositories/stakeholders';
import type { TableName } from './schema';

// For every reference in the registry and every record that the newest database fixture
// points at through it, the target is deleted the way the app deletes it (cascade.ts for
// stakeholders and contacts, organisation.ts for staff and programmes, actions.ts for
// actions): nothing may be left pointing at nothing, and each record that pointed at it is
// treated as the registry says. The fixture holds a record of every table
// (migrations.test.ts), so a new table's fixture rows are its seed here.

const opened: TramaDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

function openDatabase(): TramaDatabase {
  const db = freshDatabase();
  opened.push(db);
  return db;
}

/**
 * The record with one more item in the list at `path` for each item that holds `id`, the
 * copy holding `twinId` instead: what the record would be with one more target like it.
 */
function widenedAt(value: unknown, parts: readonly string[], id: string, twinId: string): unknown {
  if (typeof value !== 'object' || value === null || parts.length === 0) return value;
  const [head = '', ...rest] = parts;
  const key = head.endsWith('[]') ? head.slice(0, -2) : head;
  const field = (value as FixtureRow)[key];
  if (!head.endsWith('[]')) return { ...value, [key]: widenedAt(field, rest, id, twinId) };
  if (!Array.isArray(field)) return value;
  const holdsId = (item: unknown) => (rest.length === 0 ? item === id : valuesAt(item, rest.join('.')).includes(id));
  const twins = field
    .filter(holdsId)
    .map((item: unknown) => JSON.parse(JSON.stringify(item).replaceAll(JSON.stringify(id), JSON.stringify(twinId))));
  return { ...value, [key]: [...field, ...twins] };
}

/**
 * The fixture, and for each record pointing at `id` through a list a wider copy: the same
 * list with a twin of the target as well. A rule that counts what is left (an agreement
 * below two parties, a briefing with no stakeholder) then meets both of its outcomes even
 * when the fixture's lists are short.
 */
function seedFor(fixture: FixtureTables, reference: Reference, id: string): FixtureTables {
  if (!reference.path.includes('[]')) return fixture;
  const target = fixture[reference.to].find((row) => row.id === id);
  expect(target, `${reference.to} ${id} in the newest fixture`).toBeDefined();
  const twinId = `${id}-twin`;
  const wider = fixture[reference.from]
    .filter((row) => valuesAt(row, reference.path).includes(id))
    .map((row) => ({
      ...(widenedAt(row, reference.path.split('.'), id, twinId) as FixtureRow),
      id: `${String(row.id)}-wider`,
    }));
  // A list that falls back on another when left empty (fallbackList): a copy pointing at the
  // target alone through the list, the twin waiting in the fallback list, meets the fallback.
  const { fallbackList } = reference as Reference;
  const fallingBack = fallbackList
    ? fixture[reference.from]
        .filter((row) => valuesAt(row, reference.path).includes(id))
        .map((row) => {
          const others = new Set(valuesAt(row, reference.path).filter((value) => value !== id));
          expect(fallbackList.path, 'a fallback list of the record itself').toMatch(/^\w+\[\]$/);
          return {
            ...withoutIdsAt(row, reference.path, others),
            [fallbackList.path.slice(0, -2)]: [twinId],
            id: `${String(row.id)}-falling-back`,
          };
        })
    : [];
  const seed = { ...fixture, [reference.to]: [...fixture[reference.to], { ...target, id: twinId }] };
  seed[reference.from] = [...seed[reference.from], ...wider, ...fallingBack];
  return seed;
}

/** Deletes a record the way the app does. */
async function deleteTheAppsWay(db: TramaDatabase, table: TableName, id: string): Promise<void> {
  switch (table) {
    case 'stakeholders':
      await deleteStakeholders(db, [id]);
      return;
    case 'contacts':
      await deleteContacts(db, [id]);
      return;
    case 'staff':
      await deleteStaffMember(db, id);
      return;
    case 'programmes':
      await deleteProgramme(db, id);
      return;
    case 'actions':
      await deleteAction(db, id);
      return;
    default:
      throw new Error(`No deletion path for ${table}: add it here and to the registry's test`);
  }
}

function primaryKeyOf(table: TableName, row: Record<string, unknown>): string {
  return table === 'mapPositions' ? `${String(row.viewId)}\u0000${String(row.stakeholderId)}` : String(row.id);
}

type Outcome = 'gone' | 'kept without the id';

/** What each rule can do to a record that pointed at the record deleted. */
const OUTCOMES: Record<OnTargetDeleted, Outcome[]> = {
  'delete-row': ['gone'],
  'remove-id': ['kept without the id'],
  'set-null': ['kept without the id'],
  'remove-id-delete-row-if-empty': ['gone', 'kept without the id'],
  'remove-id-delete-row-below-two': ['gone', 'kept without the id'],
};

/** What the registry says becomes of a record that pointed at `id`, given what it held before. */
function expectedAfter(reference: Reference, before: unknown, id: string): Outcome {
  const others = valuesAt(before, reference.path).filter((value) => value !== id);
  switch (reference.onTargetDeleted) {
    case 'delete-row':
      return 'gone';
    case 'remove-id':
    case 'set-null':
      return 'kept without the id';
    case 'remove-id-delete-row-if-empty': {
      const fallback = reference.fallbackList ? valuesAt(before, reference.fallbackList.path) : [];
      return others.length === 0 && fallback.every((value) => value === id) ? 'gone' : 'kept without the id';
    }
    case 'remove-id-delete-row-below-two':
      return others.length < 2 ? 'gone' : 'kept without the id';
  }
}

const rowsOf = async (db: TramaDatabase, table: TableName) =>
  (await db.table(table).toArray()) as Array<Record<string, unknown>>;

describe('deleting what a record points at, for every reference in the registry', () => {
  it.each(REFERENCES.map((reference) => [`${reference.from}.${reference.path} → ${reference.to}`, reference] as const))(
    '%s',
    async (_name, reference) => {
      const fixture = newestFixtureTables();
      const targets = [...new Set(fixture[reference.from].flatMap((row) => valuesAt(row, reference.path)))];
      expect(
        targets,
        `nothing in the newest test/fixtures/db fixture uses ${reference.from}.${reference.path}`,
      ).not.toEqual([]);
      const seen = new Set<Outcome>();
      for (const id of targets) {
        const db = openDatabase();
        await seedDatabase(db, seedFor(fixture, reference, id));
        const pointing = (await rowsOf(db, reference.from)).filter((row) => valuesAt(row, reference.path).includes(id));
        expect(pointing.length, `${reference.from} pointing at ${reference.to} ${id}`).toBeGreaterThan(0);
        expect(await findDanglingReferences(db)).toEqual([]);

        await deleteTheAppsWay(db, reference.to, id);

        expect(await findDanglingReferences(db)).toEqual([]);
        const after = new Map(
          (await rowsOf(db, reference.from)).map((row) => [primaryKeyOf(reference.from, row), row]),
        );
        for (const before of pointing) {
          const now = after.get(primaryKeyOf(reference.from, before));
          const outcome =
            now === undefined
              ? 'gone'
              : valuesAt(now, reference.path).includes(id)
                ? 'still pointing'
                : 'kept without the id';
          expect(outcome, `${String(before.title ?? before.name ?? before.id ?? '')}, deleting ${id}`).toBe(
            expectedAfter(reference, before, id),
          );
          if (outcome !== 'still pointing') seen.add(outcome);
        }
      }
      expect(
        [...seen].sort(),
        `what deleting from ${reference.to} did to the ${reference.from} pointing there`,
      ).toEqual(OUTCOMES[reference.onTargetDeleted]);
    },
  );

  it.each(
    REFERENCES.filter((reference) => reference.index !== null).map(
      (reference) => [`${reference.from}.${reference.index}`, reference] as const,
    ),
  )('finds referrers through the index %s', (_name, reference) => {
    const schema = openDatabase().table(reference.from).schema;
    const indexes = [schema.primKey, ...schema.indexes].map((index) => index.name);
    expect(indexes).toContain(reference.index);
  });
});
