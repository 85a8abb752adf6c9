import { describe, expect, it } from 'vitest';
import {
  bridge,
  conflictsOn,
  handSyncedLaptops,
  replicate,
  syncBoth,
  type HandSyncedLaptop,
} from '../../test/support/handSyncedLaptops';
import { contactInput, stakeholderInput } from '../../test/support/builders';
import { findDanglingReferences } from '../db/danglingReferences';
import { collectPersonalData, erasePerson } from '../db/privacy';
import { createAction } from '../db/repositories/actions';
import { createContact, deleteContacts, updateContact } from '../db/repositories/contacts';
import { createStakeholder, deleteStakeholders, updateStakeholder } from '../db/repositories/stakeholders';
import { createTraining } from '../db/repositories/trainings';
import { resolveConflict } from './conflicts';

// Issue 15: conflicts where they meet deletions, references and erasure. Two
// laptops are two local PouchDBs replicated by hand, as in bridge.test.ts; the team server
// keeps the same revision trees, so what stays live here stays live there.

type Side = HandSyncedLaptop;
const side = handSyncedLaptops();

/** A conflict on a contact person: both laptops change her phone before either sees the other's change. */
async function contactInConflict() {
  const [a, b] = [side('anna'), side('marco')];
  const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
  const ada = await createContact(
    a.db,
    contactInput(asl.id, { name: 'Ada Neri', emails: ['ada.neri@example.org'], phones: ['+39 333 1111111'] }),
  );
  await syncBoth(a, b);
  await updateContact(a.db, ada.id, contactInput(asl.id, { name: 'Ada Neri', phones: ['+39 333 2222222'] }));
  await updateContact(
    b.db,
    ada.id,
    contactInput(asl.id, { name: 'Ada Neri', emails: ['ada.neri@example.org'], phones: ['+39 333 3333333'] }),
  );
  await syncBoth(a, b);
  expect(
    (await conflictsOn(a)).map((conflict) => conflict.id),
    'set-up: the contact is in conflict',
  ).toEqual([ada.id]);
  return { a, b, asl, ada };
}

describe('a conflict meets a deletion', () => {
  it('an offline edit of a contact whose stakeholder a teammate deleted does not leave her pointing at nothing', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    const contact = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri' }));
    await syncBoth(a, b);
    // Offline: Anna deletes the stakeholder (its contact goes with it); Marco edits the contact.
    await deleteStakeholders(a.db, [asl.id]);
    await updateContact(b.db, contact.id, contactInput(asl.id, { name: 'Ada Neri', role: 'Psichiatra' }));
    await syncBoth(a, b);
    expect(
      await findDanglingReferences(a.db),
      'Anna deleted the stakeholder; Marco’s offline edit brought its contact back on her laptop pointing at a stakeholder that no longer exists',
    ).toEqual([]);
    expect(await findDanglingReferences(b.db), 'the same on Marco’s laptop').toEqual([]);
  });

  it('an offline edit of a contact a teammate deleted is not silently undoing the deletion: it is listed as a conflict', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    const contact = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri' }));
    await syncBoth(a, b);
    await deleteContacts(a.db, [contact.id]);
    await updateContact(b.db, contact.id, contactInput(asl.id, { name: 'Ada Neri', role: 'Psichiatra' }));
    await syncBoth(a, b);
    const isBackOnAnna = (await a.db.contacts.get(contact.id)) !== undefined;
    const listedOnAnna = (await conflictsOn(a)).map((conflict) => conflict.id);
    // Either choice may be the team's rule, but Anna must learn that her deletion did not hold.
    expect(
      { isBackOnAnna, listedOnAnna },
      'Anna’s deletion was undone by Marco’s offline edit and the Conflicts list says nothing about it',
    ).not.toEqual({ isBackOnAnna: true, listedOnAnna: [] });
  });

  it('deleting a stakeholder whose contact is in conflict does not bring the contact’s other version back', async () => {
    const { a, b, asl, ada } = await contactInConflict();
    await deleteStakeholders(a.db, [asl.id]);
    await syncBoth(a, b);
    expect(
      await a.db.contacts.get(ada.id),
      'the cascade deleted the winning revision only: the other version became the winner and came back',
    ).toBeUndefined();
    expect(await findDanglingReferences(a.db), 'a contact back pointing at the deleted stakeholder').toEqual([]);
    expect(await findDanglingReferences(b.db), 'the same on Marco’s laptop').toEqual([]);
  });

  it('deleting a stakeholder in conflict deletes it: its other version does not come back', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta', influence: 3 }));
    await syncBoth(a, b);
    await updateStakeholder(a.db, asl.id, stakeholderInput({ name: 'ASL Caserta', influence: 4 }));
    await updateStakeholder(b.db, asl.id, stakeholderInput({ name: 'ASL Caserta', influence: 5 }));
    await syncBoth(a, b);
    expect(
      (await conflictsOn(a)).map((conflict) => conflict.id),
      'set-up: the stakeholder is in conflict',
    ).toEqual([asl.id]);
    await deleteStakeholders(a.db, [asl.id]);
    await syncBoth(a, b);
    expect(
      [await a.db.stakeholders.get(asl.id), await b.db.stakeholders.get(asl.id)],
      'Anna deleted the stakeholder; the version in conflict with the one she saw came back on both laptops',
    ).toEqual([undefined, undefined]);
  });
});

describe('a resolution and the records it points at', () => {
  it('keeping a version that names a contact deleted since does not store a reference to nothing', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    const first = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri' }));
    const second = await createContact(a.db, contactInput(asl.id, { name: 'Bruno Verdi' }));
    const meeting = await createAction(a.db, {
      title: 'Incontro DSM',
      kind: 'bilateral-meeting',
      date: '2026-09-10',
      status: 'done',
      targetIds: [asl.id],
      participantIds: [first.id],
    });
    await syncBoth(a, b);
    const edit = async (laptop: Side, change: Record<string, unknown>) =>
      laptop.db.transaction('rw', laptop.db.actions, async () => {
        const action = await laptop.db.actions.get(meeting.id);
        await laptop.db.actions.put({ ...action!, ...change, updatedAt: new Date().toISOString() });
      });
    // Anna saves twice (her version wins: a longer history); Marco adds Bruno as a participant.
    await edit(a, { outcome: 'Da richiamare' });
    await bridge(a);
    await edit(a, { outcome: 'Da richiamare a ottobre' });
    await edit(b, { participantIds: [first.id, second.id] });
    await syncBoth(a, b);
    // Anna deletes Bruno: her laptop's action (the winner) does not name him, Marco's version does.
    await deleteContacts(a.db, [second.id]);
    await syncBoth(a, b);
    const [conflict] = await conflictsOn(a);
    expect(conflict?.id, 'set-up: the action is in conflict').toBe(meeting.id);
    const withBruno = conflict!.versions.findIndex((version) =>
      (version.record.participantIds as string[]).includes(second.id),
    );
    expect(withBruno, 'set-up: the other version names Bruno').toBe(1);
    const outcome = await resolveConflict(a.local, conflict!, { kind: 'keep', version: withBruno }, 'anna', new Date());
    await syncBoth(a, b);
    const dangling = await findDanglingReferences(a.db);
    expect(
      { outcome, dangling },
      'the resolution stored an action naming a deleted contact as participant (refuse it with a message, or drop the id and say so)',
    ).not.toMatchObject({ outcome: { ok: true }, dangling: [expect.stringContaining(second.id)] });
  });
});

describe('an erasure of a person whose record is in conflict', () => {
  it('leaves no version holding her details live on the server, though the teammate who made it is away', async () => {
    const { a, b, ada } = await contactInConflict();
    // Marco's laptop goes away (holiday, lost laptop); the team's server stands as a third copy.
    const server = side('server');
    await replicate(a, server);
    const report = await collectPersonalData(a.db, ada.id);
    await erasePerson(a.db, ada.id, { mentions: report.mentions, marker: '[erased]' });
    for (let round = 0; round < 2; round++) {
      await bridge(a);
      await replicate(a, server);
    }
    const docId = `contacts:${ada.id}`;
    const liveOnServer = await server.local.get(docId).then(
      (doc) => doc.record,
      () => null,
    );
    expect(
      liveOnServer,
      'the erasure deleted the winning revision only: the other version, with her name and phone, is live on the server (team:purge skips it as "live") until Marco’s laptop returns',
    ).toBeNull();
    expect(await b.db.contacts.get(ada.id), 'set-up: Marco’s laptop has not heard of the erasure').toBeDefined();
  });
});

describe('a conflict on a training’s tally of former attendees', () => {
  /** Offline, each tidies the address book: Anna deletes Ada, Marco deletes Bruno; both attended one training. */
  async function trainingTidiedOnBoth() {
    const [a, b] = [side('anna'), side('marco')];
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    const ada = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri' }));
    const bruno = await createContact(a.db, contactInput(asl.id, { name: 'Bruno Verdi' }));
    const { training } = await createTraining(a.db, {
      title: 'Corso linee guida',
      date: '2026-10-02',
      attendeeIds: [ada.id, bruno.id],
    });
    await syncBoth(a, b);
    await deleteContacts(a.db, [ada.id]);
    await deleteContacts(b.db, [bruno.id]);
    await syncBoth(a, b);
    return { a, b, training };
  }

  it('the training shown to the team does not name the attendee the other laptop deleted', async () => {
    const { a, b } = await trainingTidiedOnBoth();
    expect(
      await findDanglingReferences(a.db),
      'the winning version of the training still names the attendee the other laptop deleted',
    ).toEqual([]);
    expect(await findDanglingReferences(b.db), 'the same on Marco’s laptop').toEqual([]);
  });

  it('the Conflicts list can keep both former attendees, so both stay counted', async () => {
    const { a, training } = await trainingTidiedOnBoth();
    const [conflict] = await conflictsOn(a);
    expect(conflict?.id, 'set-up: the training is in conflict').toBe(training.id);
    const outcome = await resolveConflict(
      a.local,
      conflict!,
      { kind: 'fields', choices: { formerAttendees: { kind: 'both' } } },
      'anna',
      new Date(),
    );
    expect(
      outcome,
      'the Conflicts list cannot keep both tallies: whichever it keeps, one of the two people trained drops out of the programme report',
    ).toEqual({ ok: true });
  });
});

describe('"keep both" is offered only where it can work', () => {
  it('a website changed on two laptops: keeping both is not offered, or it is accepted', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    await syncBoth(a, b);
    await updateStakeholder(a.db, asl.id, stakeholderInput({ name: 'ASL Caserta', website: 'https://asl.caserta.it' }));
    await updateStakeholder(
      b.db,
      asl.id,
      stakeholderInput({ name: 'ASL Caserta', website: 'https://www.aslcaserta.it' }),
    );
    await syncBoth(a, b);
    const [conflict] = await conflictsOn(a);
    const website = conflict?.differences.find((difference) => difference.field === 'website');
    expect(website, 'set-up: the website differs').toBeDefined();
    const outcome = await resolveConflict(
      a.local,
      conflict!,
      { kind: 'fields', choices: { website: { kind: 'both' } } },
      'anna',
      new Date(),
    );
    expect(
      { offered: website!.canKeepBoth, accepted: outcome.ok },
      'the list offers "Keep both" for the website, and the joined "a | b" always fails its address check',
    ).not.toEqual({ offered: true, accepted: false });
  });
});
