import { describe, expect, it } from 'vitest';
import { createContact } from '../../../renderer/db/repositories/contacts';
import { createRelationship } from '../../../renderer/db/repositories/relationships';
import {
  createStakeholder,
  deleteStakeholders,
  updateStakeholder,
} from '../../../renderer/db/repositories/stakeholders';
import { queueAllRecords, writeUnrecorded } from '../../../renderer/sync/syncOutbox';
import { contactInput, relationshipInput, stakeholderInput } from '../../support/builders';
import { adminRequest, eventually, teamPerFile, type Laptop } from '../../support/syncLaptops';

// Two officers' laptops replicating through a real (in-memory) team server.

const team = teamPerFile();

async function twoLaptopsAndTheirDatabase(): Promise<[Laptop, Laptop, string]> {
  const database = await team.database();
  const pair: [Laptop, Laptop] = [team.laptop(database, 'anna'), team.laptop(database, 'marco')];
  await Promise.all(pair.map((laptop) => laptop.engine.start()));
  return [...pair, database];
}

async function twoLaptops(): Promise<[Laptop, Laptop]> {
  const [a, b] = await twoLaptopsAndTheirDatabase();
  return [a, b];
}

describe('two laptops of a team', () => {
  it('A adds a stakeholder and B has it, with who added it', async () => {
    const [a, b] = await twoLaptops();
    const stakeholder = await createStakeholder(a.db, stakeholderInput());
    await eventually(
      () => b.db.stakeholders.get(stakeholder.id),
      (found) => expect(found).toEqual(stakeholder),
    );
    const doc = await b.engine.local.get(`stakeholders:${stakeholder.id}`);
    expect(doc).toMatchObject({ table: 'stakeholders', changedBy: 'anna' });
    // B's history names Anna, not "a teammate", with the time she made the change.
    const entries = await b.db.history.where('recordIds').equals(stakeholder.id).toArray();
    expect(entries.map(({ kind, by, source, at }) => ({ kind, by, source, at }))).toEqual([
      { kind: 'created', by: 'anna', source: 'team', at: doc.changedAt },
    ]);
    await eventually(
      async () => [a.engine.status(), b.engine.status()],
      (statuses) => expect(statuses).toEqual([{ kind: 'synced' }, { kind: 'synced' }]),
    );
  });

  it('shows the same winner and the conflict on both after both edit offline, and the resolution reaches B', async () => {
    const [a, b] = await twoLaptops();
    const stakeholder = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Roma 1', influence: 3 }));
    await eventually(
      () => b.db.stakeholders.get(stakeholder.id),
      (found) => expect(found).toBeDefined(),
    );
    a.engine.setReplicating(false);
    b.engine.setReplicating(false);
    await updateStakeholder(a.db, stakeholder.id, stakeholderInput({ name: 'ASL Roma 1 – Centro', influence: 3 }));
    await updateStakeholder(b.db, stakeholder.id, stakeholderInput({ name: 'ASL Roma 1', influence: 5 }));
    await Promise.all([a.engine.settle(), b.engine.settle()]);
    a.engine.setReplicating(true);
    b.engine.setReplicating(true);
    const [conflictOnA, conflictOnB] = await eventually(
      () => Promise.all([a.engine.conflicts(), b.engine.conflicts()]),
      ([onA, onB]) => {
        expect(onA).toHaveLength(1);
        expect(onB).toHaveLength(1);
      },
    );
    expect(conflictOnA![0]!.revisions).toEqual(conflictOnB![0]!.revisions);
    expect(conflictOnA![0]!.differences.map((difference) => difference.field)).toEqual(['name', 'influence']);
    const winner = conflictOnA![0]!.versions[0]!.record;
    await eventually(
      () => Promise.all([a.db.stakeholders.get(stakeholder.id), b.db.stakeholders.get(stakeholder.id)]),
      ([onA, onB]) => {
        expect(onA).toEqual(winner);
        expect(onB).toEqual(winner);
      },
    );
    const outcome = await a.engine.resolve(conflictOnA![0]!, {
      kind: 'fields',
      choices: { name: { kind: 'both' }, influence: { kind: 'version', version: 1 } },
    });
    expect(outcome).toEqual({ ok: true });
    const resolved = await eventually(
      () => b.db.stakeholders.get(stakeholder.id),
      (found) => expect(found?.name).toContain(' | '),
    );
    expect(resolved?.name.split(' | ').sort()).toEqual(['ASL Roma 1', 'ASL Roma 1 – Centro']);
    expect(resolved?.influence).toBe(conflictOnA![0]!.versions[1]!.record.influence);
    await eventually(
      () => b.engine.conflicts(),
      (onB) => expect(onB).toEqual([]),
    );
    expect(await a.engine.conflicts()).toEqual([]);
    expect(await a.db.stakeholders.get(stakeholder.id)).toEqual(resolved);
  });

  it('B deletes and the record is gone on A', async () => {
    const [a, b] = await twoLaptops();
    const stakeholder = await createStakeholder(a.db, stakeholderInput());
    await eventually(
      () => b.db.stakeholders.get(stakeholder.id),
      (found) => expect(found).toBeDefined(),
    );
    await deleteStakeholders(b.db, [stakeholder.id]);
    await eventually(
      () => a.db.stakeholders.get(stakeholder.id),
      (found) => expect(found).toBeUndefined(),
    );
  });

  it('a cascade deletion reaches B whole: the stakeholder, its contacts and its relationships', async () => {
    const [a, b] = await twoLaptops();
    const first = await createStakeholder(a.db, stakeholderInput());
    const second = await createStakeholder(a.db, stakeholderInput({ name: 'Prefettura di Napoli' }));
    const contact = await createContact(a.db, contactInput(first.id));
    const relationship = await createRelationship(a.db, relationshipInput(first.id, second.id));
    const countsOn = (laptop: Laptop) =>
      Promise.all([laptop.db.stakeholders.count(), laptop.db.contacts.count(), laptop.db.relationships.count()]);
    await eventually(
      () => countsOn(b),
      (counts) => expect(counts).toEqual([2, 1, 1]),
    );
    await deleteStakeholders(a.db, [first.id]);
    await eventually(
      () => countsOn(b),
      (counts) => expect(counts).toEqual([1, 0, 0]),
    );
    expect(await b.db.contacts.get(contact.id)).toBeUndefined();
    expect(await b.db.relationships.get(relationship.id)).toBeUndefined();
  });

  it('sets hostile documents aside on B and applies the valid ones around them', async () => {
    const [a, b, database] = await twoLaptopsAndTheirDatabase();
    const hostile = [
      { _id: 'stakeholders:evil', table: 'stakeholders', record: { id: 'evil', name: 'x'.repeat(100_000) } },
      { _id: 'mapPositions:v:s', table: 'mapPositions', record: { viewId: 'v', stakeholderId: 's', x: 1, y: 1 } },
      { _id: 'meta:sample', table: 'meta', record: { key: 'sample', value: true } },
      JSON.parse('{"_id": "contacts:c1", "table": "contacts", "record": {"__proto__": {"polluted": true}}}') as object,
    ];
    await adminRequest(team.server, `/${database}/_bulk_docs`, { method: 'POST', body: { docs: hostile } });
    const stakeholder = await createStakeholder(a.db, stakeholderInput());
    await eventually(
      () => b.db.stakeholders.get(stakeholder.id),
      (found) => expect(found).toBeDefined(),
    );
    await eventually(
      async () => b.engine.setAside(),
      (setAside) => expect(setAside.count).toBe(hostile.length),
    );
    expect(
      b.engine
        .setAside()
        .latest.map((rejection) => rejection.reason)
        .sort(),
    ).toEqual(['invalid-record', 'invalid-record', 'not-a-record', 'not-a-record']);
    expect(await b.db.stakeholders.get('evil')).toBeUndefined();
    expect(await b.db.contacts.count()).toBe(0);
    expect(await b.db.mapPositions.count()).toBe(0);
    expect(await b.db.meta.get('sample')).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says which refusal stops it: a wrong password, a team database that does not exist', async () => {
    const database = await team.database();
    const wrongPassword = { ...team.server, admin: { name: team.server.admin.name, password: 'wrong' } };
    const intruder = team.laptop(database, 'eve', { server: wrongPassword });
    const lost = team.laptop(`trama-missing-${crypto.randomUUID()}`, 'anna');
    await Promise.all([intruder.engine.start(), lost.engine.start()]);
    await eventually(
      async () => [intruder.engine.status(), lost.engine.status()],
      (statuses) =>
        expect(statuses).toEqual([
          { kind: 'error', error: 'unauthorized', pending: 0 },
          { kind: 'error', error: 'not-found', pending: 0 },
        ]),
    );
  });

  it('lets a laptop that already holds records join: new ones go, same ones match, differing ones conflict', async () => {
    const database = await team.database();
    const a = team.laptop(database, 'anna');
    const b = team.laptop(database, 'marco');
    await a.engine.start();
    const same = await createStakeholder(a.db, stakeholderInput({ name: 'Uguale' }));
    const differing = await createStakeholder(a.db, stakeholderInput({ name: 'Di Anna' }));
    await a.engine.settle();
    // Marco restored the same backup before joining, then changed one record and added one.
    const onlyHere = { ...same, id: 'only-on-marco', name: 'Solo di Marco' };
    await writeUnrecorded(b.db, ['stakeholders'], () =>
      b.db.stakeholders.bulkAdd([same, { ...differing, name: 'Di Marco' }, onlyHere]),
    );
    expect(await queueAllRecords(b.db, 'marco')).toBe(3);
    await b.engine.start();
    await eventually(
      () => a.db.stakeholders.get(onlyHere.id),
      (found) => expect(found).toEqual(onlyHere),
    );
    const [onA, onB] = await eventually(
      () => Promise.all([a.engine.conflicts(), b.engine.conflicts()]),
      ([conflictsOnA, conflictsOnB]) => {
        expect(conflictsOnA.map((conflict) => conflict.id)).toEqual([differing.id]);
        expect(conflictsOnB.map((conflict) => conflict.id)).toEqual([differing.id]);
      },
    );
    expect(onA![0]!.differences.map((difference) => difference.field)).toEqual(['name']);
    expect(onB![0]!.versions.map((version) => version.record.name).sort()).toEqual(['Di Anna', 'Di Marco']);
    expect(await b.db.stakeholders.get(same.id)).toEqual(same);
    expect(await a.db.stakeholders.get(same.id)).toEqual(same);
  });
});
