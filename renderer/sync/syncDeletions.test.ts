import { describe, expect, it } from 'vitest';
import { bridge, conflictsOn, handSyncedLaptops, replicate, syncBoth } from '../../test/support/handSyncedLaptops';
import { MemoryPouch } from '../../test/support/memoryPouch';
import type { PouchDatabase } from './pouchdb';
import { contactInput, stakeholderInput } from '../../test/support/builders';
import { collectPersonalData, erasePerson } from '../db/privacy';
import { createContact, deleteContacts, updateContact } from '../db/repositories/contacts';
import { createStakeholder, deleteStakeholders } from '../db/repositories/stakeholders';
import { createTraining, updateTraining } from '../db/repositories/trainings';
import { stampChange, undoChange } from '../db/undo';
import { resolveConflict } from './conflicts';

// Deletions across laptops: a deletion's cascade on records arriving or kept by a resolution
// (tallies, restores arriving out of order), and the versions a deletion or an erasure takes.
// Two laptops are two local PouchDBs replicated by hand, as in conflictsDataRules.test.ts.

const side = handSyncedLaptops();

const trainedCount = (training: { attendeeIds?: string[]; formerAttendees?: unknown[] } | undefined) =>
  (training?.attendeeIds?.length ?? 0) + (training?.formerAttendees?.length ?? 0);

describe('a training arriving that names an attendee deleted here', () => {
  it('keeps the person counted as a former attendee', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    const ada = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri' }));
    await syncBoth(a, b);
    // Offline: Anna deletes Ada; Marco records the training Ada attended that morning.
    await deleteContacts(a.db, [ada.id]);
    const { training } = await createTraining(b.db, {
      title: 'Corso linee guida',
      date: '2026-10-02',
      attendeeIds: [ada.id],
    });
    await syncBoth(a, b);
    expect(
      trainedCount(await a.db.trainings.get(training.id)),
      'the training arrived on Anna’s laptop without Ada and without a former-attendee entry: a person trained drops out of the report (cascade.ts would have tallied her)',
    ).toBe(1);
  });

  it('a resolution keeping the teammate’s version keeps the attendee deleted since counted', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    const ada = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri' }));
    const bruno = await createContact(a.db, contactInput(asl.id, { name: 'Bruno Verdi' }));
    const input = { title: 'Corso linee guida', date: '2026-10-02', attendeeIds: [ada.id, bruno.id] };
    const { training } = await createTraining(a.db, input);
    await syncBoth(a, b);
    await deleteContacts(a.db, [ada.id]);
    await updateTraining(b.db, training.id, { ...input, title: 'Corso linee guida OMS' });
    await syncBoth(a, b);
    const conflict = (await conflictsOn(a)).find((one) => one.id === training.id);
    expect(conflict, 'set-up: the training is in conflict').toBeDefined();
    const marcos = conflict!.versions.findIndex((version) => version.record.title === 'Corso linee guida OMS');
    const outcome = await resolveConflict(a.local, conflict!, { kind: 'keep', version: marcos }, 'anna', new Date());
    expect(outcome.ok, 'set-up: the resolution is accepted').toBe(true);
    await syncBoth(a, b);
    expect(
      [trainedCount(await a.db.trainings.get(training.id)), trainedCount(await b.db.trainings.get(training.id))],
      'keeping Marco’s title: the resolution took Ada off (withoutDeletedTargets) and tallied nobody — 2 trained became 1 on both laptops',
    ).toEqual([2, 2]);
  });
});

describe('an Undo of a deletion meets the cascade on arrival', () => {
  it('a restored contact arriving before its restored stakeholder is not deleted everywhere', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    const ada = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri' }));
    await syncBoth(a, b);
    const deletion = await deleteStakeholders(a.db, [asl.id]);
    await syncBoth(a, b);
    expect(await undoChange(a.db, await stampChange(deletion.change))).toMatchObject({ isApplied: true });
    await bridge(a);
    // Replication hands documents over in batches (and a sharded CouchDB's feed has no order
    // across documents): the contact's restored version reaches Marco before the stakeholder's.
    await (MemoryPouch.replicate as (s: PouchDatabase, t: PouchDatabase, o: object) => Promise<unknown>)(
      a.local,
      b.local,
      { doc_ids: [`contacts:${ada.id}`] },
    );
    await bridge(b);
    await syncBoth(a, b);
    expect(
      [await a.db.stakeholders.get(asl.id), await b.db.stakeholders.get(asl.id)].map(Boolean),
      'set-up: the stakeholder is back on both',
    ).toEqual([true, true]);
    expect(
      [await a.db.contacts.get(ada.id), await b.db.contacts.get(ada.id)].map(Boolean),
      'Anna undid the deletion; Marco’s laptop judged the restored contact against the stakeholder still deleted there, deleted every version of it (deleteDropped), and Ada is gone on both laptops, listed nowhere',
    ).toEqual([true, true]);
  });
});

describe('a deletion meets a teammate’s version that arrived before the pump', () => {
  it('does not delete the teammate’s newer version without listing it', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    const ada = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri' }));
    await syncBoth(a, b);
    // Anna edits twice (generation 3), Marco once offline (generation 2).
    await updateContact(a.db, ada.id, contactInput(asl.id, { name: 'Ada Neri', role: 'Medico' }));
    await bridge(a);
    await updateContact(a.db, ada.id, contactInput(asl.id, { name: 'Ada Neri', role: 'Medico di base' }));
    await bridge(a);
    await updateContact(
      b.db,
      ada.id,
      contactInput(asl.id, { name: 'Ada Neri', role: 'Psichiatra', phones: ['+39 333 4444444'] }),
    );
    await bridge(b);
    // Anna deletes Ada; Marco's version reaches her PouchDB before her pump hands the deletion over.
    await deleteContacts(a.db, [ada.id]);
    await MemoryPouch.replicate(b.local, a.local);
    await syncBoth(a, b);
    const isLive = Boolean(await a.db.contacts.get(ada.id)) || Boolean(await b.db.contacts.get(ada.id));
    const listed = [...(await conflictsOn(a)), ...(await conflictsOn(b))].map((conflict) => conflict.id);
    expect(
      { isLive, listed },
      'Marco’s phone and role, which Anna never saw, were deleted with her deletion (deleteVersionsInConflict) and neither Conflicts list says so; had his revision won the hash, it would have been listed',
    ).not.toEqual({ isLive: false, listed: [] });
  });
});

describe('an erasure meets a teammate’s version that arrived before the pump', () => {
  it('leaves no live version of the erased person on the server', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const server = side('server');
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    const ada = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri', phones: ['+39 333 1111111'] }));
    await syncBoth(a, b);
    for (const role of ['Medico', 'Psichiatra']) {
      await updateContact(b.db, ada.id, contactInput(asl.id, { name: 'Ada Neri', role, phones: ['+39 333 1111111'] }));
      await bridge(b);
    }
    const report = await collectPersonalData(a.db, ada.id);
    await erasePerson(a.db, ada.id, { mentions: report.mentions, marker: '[erased]' });
    // Marco's edits reach Anna's PouchDB before her pump hands the erasure over; Marco then goes offline.
    await MemoryPouch.replicate(b.local, a.local);
    for (let round = 0; round < 2; round++) {
      await bridge(a);
      await replicate(a, server);
    }
    const leaves = await server.local.get(`contacts:${ada.id}`, { open_revs: 'all' });
    const live = leaves.flatMap((leaf) => (leaf.ok && leaf.ok._deleted !== true ? [leaf.ok.record] : []));
    expect(
      live,
      'the erasure went beside the winner it did not see (pumpOutbox: winnerRev !== baseRev skips deleteVersionsInConflict): Ada’s name and phone stay live on the server until Marco’s laptop returns',
    ).toEqual([]);
  });
});
