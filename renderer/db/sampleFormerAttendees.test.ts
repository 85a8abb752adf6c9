import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { trainingCoverage } from '../../shared/analysis/trainingCoverage';
import { contactSchema } from '../../shared/domain/contact';
import { stakeholderSchema } from '../../shared/domain/stakeholder';
import { contactInput, freshDatabase, stakeholderInput } from '../../test/support/builders';
import type { TramaDatabase } from './db';
import { createTraining } from './repositories/trainings';
import { clearSampleNetwork, SAMPLE_ID_PREFIX } from './sample';

// Clearing the sample network leaves "no reference to the sample" in the
// user's own records (sample.ts). A training the user recorded while trying the app with the
// sample's people (or by mistake) must not keep them, anonymously, as people trained: they
// never existed, and the report would count them for ever.

const stamp = { createdAt: '2026-01-10T09:00:00.000Z', updatedAt: '2026-01-10T09:00:00.000Z' };
let db: TramaDatabase;

beforeEach(async () => {
  db = freshDatabase();
  const centre = stakeholderSchema.parse({
    ...stakeholderInput({ name: 'CAS di esempio', categoryId: 'reception-centre', sector: 'reception' }),
    id: `${SAMPLE_ID_PREFIX}cas`,
    ...stamp,
  });
  await db.stakeholders.add(centre);
  await db.contacts.add(
    contactSchema.parse({
      ...contactInput(centre.id, { name: 'Operatrice di esempio' }),
      id: `${SAMPLE_ID_PREFIX}op`,
      ...stamp,
    }),
  );
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('clearing the sample network under a training of the user’s', () => {
  it('counts none of the sample’s people as trained afterwards', async () => {
    const { training } = await createTraining(db, {
      title: 'Prova',
      topic: '',
      date: '2026-02-01',
      region: 'campania',
      attendeeIds: [`${SAMPLE_ID_PREFIX}op`],
    });
    await clearSampleNetwork(db);
    const kept = (await db.trainings.get(training.id))!;
    expect(kept.attendeeIds).toEqual([]);
    expect(kept.formerAttendees, 'the training keeps the sample’s operator as a former attendee').toBeUndefined();
    const coverage = trainingCoverage(await db.trainings.toArray(), await db.contacts.toArray(), []);
    expect(coverage.peopleTrained, 'people trained once the sample is gone').toBe(0);
  });
});
