import { describe, expect, it } from 'vitest';
import { contactInput, freshDatabase, stakeholderInput } from '../../test/support/builders';
import { bridge, handSyncedLaptops, replicate, syncBoth } from '../../test/support/handSyncedLaptops';
import { createContact, deleteContacts } from '../db/repositories/contacts';
import { createStakeholder } from '../db/repositories/stakeholders';
import { createTraining, updateTraining } from '../db/repositories/trainings';

// The former-attendee token of a person deleted here (cascade.ts) and the one a training
// arriving later gets for her (deletedTallies.ts) are the same: both derive it from the
// revision of her record that the deletion replaced, so she is counted once in the reports.

const side = handSyncedLaptops();

describe('a person deleted on this laptop, then dropped from a training arriving', () => {
  it('is tallied under one token on both trainings', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    const ada = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri' }));
    const bruno = await createContact(a.db, contactInput(asl.id, { name: 'Bruno Verdi' }));
    const { training: first } = await createTraining(a.db, {
      title: 'Corso linee guida',
      date: '2026-10-02',
      attendeeIds: [ada.id, bruno.id],
    });
    const { training: second } = await createTraining(a.db, {
      title: 'Corso avanzato',
      date: '2026-11-02',
      attendeeIds: [bruno.id],
    });
    await syncBoth(a, b);
    // Offline, Marco adds Ada to the second course while Anna deletes her.
    await updateTraining(b.db, second.id, { title: second.title, date: second.date, attendeeIds: [bruno.id, ada.id] });
    await deleteContacts(a.db, [ada.id]);
    await bridge(a);
    await bridge(b);
    await replicate(a, b);
    await bridge(a);

    const tokensOf = async (id: string) =>
      ((await a.db.trainings.get(id))?.formerAttendees ?? []).map((entry) => entry.token);
    const tokens = { deletedHere: await tokensOf(first.id), onArrival: await tokensOf(second.id) };
    expect(tokens.onArrival, 'set-up: Ada is tallied on arrival').toHaveLength(1);
    expect(
      tokens,
      'the deleting laptop drew a token of its own: Ada counts as two people trained in the report',
    ).toEqual({ deletedHere: tokens.onArrival, onArrival: tokens.onArrival });
  });
});

describe('a person deleted outside a team', () => {
  it('gets a token of her own on each deletion', async () => {
    const db = freshDatabase();
    try {
      const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
      const [ada, bruno] = [
        await createContact(db, contactInput(asl.id, { name: 'Ada Neri' })),
        await createContact(db, contactInput(asl.id, { name: 'Bruno Verdi' })),
      ];
      const { training } = await createTraining(db, {
        title: 'Corso',
        date: '2026-10-02',
        attendeeIds: [ada.id, bruno.id],
      });
      await deleteContacts(db, [ada.id]);
      await deleteContacts(db, [bruno.id]);
      const tokens = ((await db.trainings.get(training.id))?.formerAttendees ?? []).map((entry) => entry.token);
      expect(tokens).toHaveLength(2);
      expect(new Set(tokens).size).toBe(2);
    } finally {
      await db.delete();
    }
  });
});
