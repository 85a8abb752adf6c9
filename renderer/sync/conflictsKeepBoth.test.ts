import { describe, expect, it } from 'vitest';
import { conflictsOn, handSyncedLaptops, syncBoth } from '../../test/support/handSyncedLaptops';
import { contactInput, stakeholderInput } from '../../test/support/builders';
import { findDanglingReferences } from '../db/danglingReferences';
import { collectPersonalData } from '../db/privacy';
import { createAction } from '../db/repositories/actions';
import { createContact, deleteContacts, updateContact } from '../db/repositories/contacts';
import { createStakeholder } from '../db/repositories/stakeholders';
import { createTraining } from '../db/repositories/trainings';
import { resolveConflict } from './conflicts';

// "Keep both" in the Conflicts list, from two laptops' offline changes to what the team's
// records hold after the resolution: two laptops are two local PouchDBs replicated by hand,
// as in bridge.test.ts.

const side = handSyncedLaptops();

describe('a contact person’s name in conflict', () => {
  // An erasure looks for her name as the record holds it (shared/domain/mentions.ts): "Ada
  // Neri | Ada Neri Rossi" would be found nowhere, and neither name where the other is written.
  it('is not kept twice: one name is chosen, and a later erasure finds her mentions', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    const ada = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri' }));
    await createAction(a.db, {
      title: 'Incontro DSM',
      kind: 'bilateral-meeting',
      date: '2026-09-10',
      status: 'done',
      targetIds: [asl.id],
      outcome: 'Richiamare Ada Neri Rossi a ottobre',
    });
    await syncBoth(a, b);
    // Offline: Anna adds her role, Marco adds her married name.
    await updateContact(a.db, ada.id, contactInput(asl.id, { name: 'Ada Neri', role: 'Psichiatra' }));
    await updateContact(b.db, ada.id, contactInput(asl.id, { name: 'Ada Neri Rossi' }));
    await syncBoth(a, b);
    const [conflict] = await conflictsOn(a);
    const name = conflict?.differences.find((difference) => difference.field === 'name');
    expect(name?.canKeepBoth, 'the Conflicts list offers to keep both names').toBe(false);
    const both = await resolveConflict(
      a.local,
      conflict!,
      { kind: 'fields', choices: { name: { kind: 'both' } } },
      'anna',
      new Date(),
    );
    expect(both).toEqual({ ok: false, reason: 'invalid', problems: [{ kind: 'cannot-keep-both', field: 'name' }] });
    const married = conflict!.versions.findIndex((version) => version.record.name === 'Ada Neri Rossi');
    const outcome = await resolveConflict(
      a.local,
      conflict!,
      { kind: 'fields', choices: { name: { kind: 'version', version: married } } },
      'anna',
      new Date(),
    );
    expect(outcome).toEqual({ ok: true });
    await syncBoth(a, b);
    const kept = await a.db.contacts.get(ada.id);
    expect(kept?.name).toBe('Ada Neri Rossi');
    const report = await collectPersonalData(a.db, ada.id);
    expect(
      report.mentions.map((mention) => mention.table),
      `her name is "${kept?.name}": the erasure misses the mention in the action's outcome`,
    ).toEqual(['actions']);
  });
});

describe('a training’s tally of former attendees in conflict', () => {
  it('keeps both tallies: both deletions hold, and each person trained is counted once', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    const ada = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri' }));
    const bruno = await createContact(a.db, contactInput(asl.id, { name: 'Bruno Verdi' }));
    const carla = await createContact(a.db, contactInput(asl.id, { name: 'Carla Russo' }));
    const { training } = await createTraining(a.db, {
      title: 'Corso linee guida',
      date: '2026-10-02',
      attendeeIds: [ada.id, bruno.id, carla.id],
    });
    await syncBoth(a, b);
    // Offline, each tidies the address book: Anna deletes Ada, Marco deletes Bruno.
    await deleteContacts(a.db, [ada.id]);
    await deleteContacts(b.db, [bruno.id]);
    await syncBoth(a, b);
    const [conflict] = await conflictsOn(a);
    expect(conflict?.id, 'set-up: the training is in conflict').toBe(training.id);
    expect(
      conflict!.differences.find((difference) => difference.field === 'formerAttendees')?.canKeepBoth,
      'the Conflicts list does not offer to keep both tallies: one of the people trained would drop out of the reports',
    ).toBe(true);
    const outcome = await resolveConflict(
      a.local,
      conflict!,
      { kind: 'fields', choices: { formerAttendees: { kind: 'both' } } },
      'anna',
      new Date(),
    );
    expect(outcome).toEqual({ ok: true });
    await syncBoth(a, b);
    for (const laptop of [a, b]) {
      const kept = await laptop.db.trainings.get(training.id);
      expect(
        { attendeeIds: kept?.attendeeIds, formerAttendees: kept?.formerAttendees?.length },
        `on ${laptop.member}’s laptop: Carla listed, Ada and Bruno counted once each as former attendees`,
      ).toEqual({ attendeeIds: [carla.id], formerAttendees: 2 });
      expect(await findDanglingReferences(laptop.db)).toEqual([]);
    }
    expect(await conflictsOn(b), 'the conflict is resolved on Marco’s laptop too').toEqual([]);
  });

  it('counts once a person both laptops deleted offline, though each drew its own token', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    const ada = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri' }));
    const carla = await createContact(a.db, contactInput(asl.id, { name: 'Carla Russo' }));
    const { training } = await createTraining(a.db, {
      title: 'Corso linee guida',
      date: '2026-10-02',
      attendeeIds: [ada.id, carla.id],
    });
    await syncBoth(a, b);
    await deleteContacts(a.db, [ada.id]);
    // Both laptops now derive one token from the revision deleted (formerAttendeeToken.ts); one
    // that knows no revision of her (tallies made before that, a record never sent) draws its own.
    await b.db.table('syncRevisions').delete(`contacts:${ada.id}`);
    await deleteContacts(b.db, [ada.id]);
    await syncBoth(a, b);
    const [conflict] = await conflictsOn(a);
    expect(conflict?.id, 'set-up: the training is in conflict').toBe(training.id);
    const tokens = conflict!.versions.map(
      (version) => (version.record.formerAttendees as Array<{ token: string }>)[0]!.token,
    );
    expect(new Set(tokens).size, 'set-up: each laptop drew its own token for Ada').toBe(2);
    const outcome = await resolveConflict(
      a.local,
      conflict!,
      { kind: 'fields', choices: { formerAttendees: { kind: 'both' } } },
      'anna',
      new Date(),
    );
    expect(outcome).toEqual({ ok: true });
    await syncBoth(a, b);
    const kept = await b.db.trainings.get(training.id);
    expect(
      { attendeeIds: kept?.attendeeIds, formerAttendees: kept?.formerAttendees?.map((entry) => entry.token) },
      'Ada is counted twice, once by each laptop’s token',
    ).toEqual({ attendeeIds: [carla.id], formerAttendees: [[...tokens].sort()[0]] });
  });
});
