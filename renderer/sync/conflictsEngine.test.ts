import { afterEach, describe, expect, it } from 'vitest';
import { contactInput, stakeholderInput } from '../../test/support/builders';
import {
  bridge,
  conflictsOn,
  handSyncedLaptops,
  syncBoth,
  type HandSyncedLaptop,
} from '../../test/support/handSyncedLaptops';
import { MemoryPouch } from '../../test/support/memoryPouch';
import { openSyncTestDatabase } from '../../test/support/syncDatabase';
import { createContact } from '../db/repositories/contacts';
import { createStakeholder, deleteStakeholders, updateStakeholder } from '../db/repositories/stakeholders';
import { stampChange, undoChange } from '../db/undo';
import type { PouchDatabase } from './pouchdb';
import type { ConflictChoice, RecordConflict } from './conflicts';
import { createSyncEngine, type SyncEngine } from './syncEngine';

// What the Conflicts list asks of a laptop's engine: resolving while this laptop's own edit of
// the record still waits in the outbox, and the restores held back on arrival. The engine is
// never started (no server): its local PouchDB is replicated by hand with the other laptop's,
// as in handSyncedLaptops.ts.

const side = handSyncedLaptops();
const engines: SyncEngine[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.local.destroy()));
});

function laptopWithEngine(member: string): HandSyncedLaptop & { engine: SyncEngine } {
  const db = openSyncTestDatabase(() => member);
  const engine = createSyncEngine({
    db,
    Pouch: MemoryPouch,
    localName: `laptop-${member}-${crypto.randomUUID()}`,
    localOptions: { adapter: 'memory' },
    remoteUrl: 'http://127.0.0.1:9/trama-never-reached',
    member,
  });
  engines.push(engine);
  return { db, local: engine.local, member, engine };
}

/** The choice taking the influence from the version that holds `influence` (the whole winner when it does). */
function choiceOfInfluence(conflict: RecordConflict, influence: number): ConflictChoice {
  const version = conflict.versions.findIndex((one) => one.record.influence === influence);
  expect(version, `set-up: a version holds influence ${influence}`).toBeGreaterThanOrEqual(0);
  return version === 0
    ? { kind: 'keep', version: 0 }
    : { kind: 'fields', choices: { influence: { kind: 'version', version } } };
}

describe('a resolution while this laptop’s own edit of the record waits to be sent', () => {
  it('makes no fresh conflict and loses neither the resolution nor the edit', async () => {
    const a = laptopWithEngine('anna');
    const b = side('marco');
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta', influence: 3 }));
    await syncBoth(a, b);
    await updateStakeholder(a.db, asl.id, stakeholderInput({ name: 'ASL Caserta', influence: 4 }));
    await updateStakeholder(b.db, asl.id, stakeholderInput({ name: 'ASL Caserta', influence: 5 }));
    await syncBoth(a, b);
    const [listed] = await a.engine.conflicts();
    expect(listed?.id, 'set-up: the stakeholder is in conflict').toBe(asl.id);
    // The list is open; meanwhile Anna saves the stakeholder's notes in its form.
    const shown = (await a.db.stakeholders.get(asl.id))!;
    await updateStakeholder(
      a.db,
      asl.id,
      stakeholderInput({ name: 'ASL Caserta', influence: shown.influence, notes: 'Referente: dott.ssa Neri' }),
    );
    // She keeps Marco's influence. Refused as changed meanwhile, she looks again and chooses again.
    let outcome = await a.engine.resolve(listed!, choiceOfInfluence(listed!, 5));
    if (!outcome.ok) {
      expect(outcome, 'only a refusal that asks to look again').toEqual({ ok: false, reason: 'changed-meanwhile' });
      const [relisted] = await a.engine.conflicts();
      outcome = await a.engine.resolve(relisted!, choiceOfInfluence(relisted!, 5));
    }
    expect(outcome.ok, 'the resolution was refused a second time').toBe(true);
    await syncBoth(a, b);
    expect(
      [(await conflictsOn(a)).length, (await conflictsOn(b)).length],
      'the resolution and the edit waiting in the outbox made a fresh conflict',
    ).toEqual([0, 0]);
    for (const laptop of [a, b])
      expect(
        await laptop.db.stakeholders.get(asl.id),
        `on ${laptop.member}'s laptop the record lost the edit or the resolution`,
      ).toMatchObject({ influence: 5, notes: 'Referente: dott.ssa Neri' });
  });
});

describe('a restore held on arrival whose record it needs never comes', () => {
  it('is listed, with what it waits for', async () => {
    const a = side('anna');
    const b = laptopWithEngine('marco');
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    const ada = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri' }));
    await syncBoth(a, b);
    const deletion = await deleteStakeholders(a.db, [asl.id]);
    await syncBoth(a, b);
    expect(await undoChange(a.db, await stampChange(deletion.change))).toMatchObject({ isApplied: true });
    await bridge(a);
    // Only Ada's restore reaches Marco; her stakeholder's never does (Anna's laptop was lost).
    await (MemoryPouch.replicate as (s: PouchDatabase, t: PouchDatabase, o: object) => Promise<unknown>)(
      a.local,
      b.local,
      { doc_ids: [`contacts:${ada.id}`] },
    );
    await b.engine.settle();
    expect(await b.db.contacts.get(ada.id), 'set-up: Ada is held off Marco’s database').toBeUndefined();
    expect(
      await b.engine.heldRecords(),
      'Ada’s restore is held on Marco’s laptop, live on the server, and listed nowhere',
    ).toEqual([
      expect.objectContaining({
        docId: `contacts:${ada.id}`,
        table: 'contacts',
        id: ada.id,
        changedBy: 'anna',
        waitsFor: [{ field: 'stakeholderId', table: 'stakeholders' }],
      }),
    ]);
  });
});
