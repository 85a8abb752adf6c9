import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TrainingInput } from '../../../shared/domain/training';
import { ValidationError } from '../../../shared/domain/validation';
import { contactInput, freshDatabase, stakeholderInput } from '../../../test/support/builders';
import type { TramaDatabase } from '../db';
import { collectPersonalData, erasePerson } from '../privacy';
import { stampChange, undoChange } from '../undo';
import { createContact, deleteContacts, previewContactDeletion } from './contacts';
import { createProgramme, createStaffMember, deleteProgramme, deleteStaffMember } from './organisation';
import { createStakeholder } from './stakeholders';
import { createTraining, deleteTraining, previewTrainingDeletion, updateTraining } from './trainings';

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

/** A reception centre with two operators, a trainer and a programme. */
async function seed() {
  const centre = await createStakeholder(db, stakeholderInput({ name: 'CAS Esempio' }));
  const anna = await createContact(db, contactInput(centre.id, { name: 'Anna Prova' }));
  const marco = await createContact(db, contactInput(centre.id, { name: 'Marco Esempio' }));
  const trainer = await createStaffMember(db, { name: 'Giulia Formatrice' });
  const programme = await createProgramme(db, { name: 'PsychCare 2' });
  return { anna, marco, trainer, programme };
}

function trainingInput(overrides: Partial<TrainingInput> = {}): TrainingInput {
  return { title: 'Le linee guida nei CAS', topic: 'Linee guida nazionali', date: '2026-10-05', ...overrides };
}

const undo = async (change: Parameters<typeof stampChange>[0]) => undoChange(db, await stampChange(change));

describe('trainings', () => {
  it('records, updates and deletes a training, each undone', async () => {
    const { anna, marco, trainer, programme } = await seed();
    const { training, change: created } = await createTraining(
      db,
      trainingInput({
        region: 'campania',
        endDate: '2026-10-06',
        programmeId: programme.id,
        trainerIds: [trainer.id],
        // A person picked twice attended once.
        attendeeIds: [anna.id, marco.id, anna.id],
        notes: '  Seconda giornata con esercitazioni  ',
      }),
    );
    expect(training).toMatchObject({ region: 'campania', attendeeIds: [anna.id, marco.id], trainerIds: [trainer.id] });
    expect(await db.trainings.get(training.id)).toEqual(training);

    const { training: updated, change: edited } = await updateTraining(db, training.id, {
      ...training,
      title: 'Linee guida: secondo modulo',
      attendeeIds: [marco.id],
    });
    expect(updated.title).toBe('Linee guida: secondo modulo');
    expect(updated.createdAt).toBe(training.createdAt);
    await undo(edited);
    expect(await db.trainings.get(training.id)).toEqual(training);

    expect(await previewTrainingDeletion(db, training.id)).toEqual({ deleted: [], changed: [] });
    const deleted = await deleteTraining(db, training.id);
    expect(await db.trainings.count()).toBe(0);
    await undo(deleted);
    expect(await db.trainings.get(training.id)).toEqual(training);

    await undo(created);
    expect(await db.trainings.count()).toBe(0);
    await expect(deleteTraining(db, training.id)).rejects.toThrow(/no longer exists/);
  });

  it('refuses attendees, trainers or a programme that do not exist, saying which list, and writes nothing', async () => {
    const { anna, trainer } = await seed();
    const refusal = await createTraining(
      db,
      trainingInput({ attendeeIds: [anna.id, 'no-such-contact'], trainerIds: [trainer.id, 'gone'], programmeId: 'x' }),
    ).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).byField()).toEqual({
      attendeeIds: 'unknown-contact',
      trainerIds: 'unknown-staff',
      programmeId: 'unknown-programme',
    });
    expect(await db.trainings.count()).toBe(0);
  });

  it('refuses hostile input by the schema’s limits: notes over 20,000 characters, an end before the start, no title, bad ids', async () => {
    const { anna } = await seed();
    const reasonsFor = async (overrides: Record<string, unknown>) => {
      const error = await createTraining(db, trainingInput(overrides as Partial<TrainingInput>)).catch(
        (caught: unknown) => caught,
      );
      expect(error, JSON.stringify(overrides).slice(0, 80)).toBeInstanceOf(ValidationError);
      return (error as ValidationError).byField();
    };
    expect(await reasonsFor({ notes: 'x'.repeat(20_001) })).toEqual({ notes: 'too_big' });
    expect(await reasonsFor({ date: '2026-10-05', endDate: '2026-10-04' })).toEqual({ endDate: 'ends-before-start' });
    expect(await reasonsFor({ title: ' \t\n ' })).toEqual({ title: 'required' });
    expect(await reasonsFor({ date: '5/10/2026' })).toHaveProperty('date');
    expect(await reasonsFor({ region: 'atlantide' })).toHaveProperty('region');
    expect(await reasonsFor({ attendeeIds: ['x'.repeat(65)] })).toHaveProperty('attendeeIds.0');
    const hostile = JSON.parse(
      `{"title":"Formazione","date":"2026-10-05","attendeeIds":["${anna.id}"],"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`,
    ) as TrainingInput;
    const { training: kept } = await createTraining(db, hostile);
    expect(Object.keys(kept)).not.toContain('constructor');
    expect(Object.hasOwn(kept, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const { training } = await createTraining(db, trainingInput({ notes: 'x'.repeat(20_000), topic: '\u202eRTL' }));
    expect(training.notes).toHaveLength(20_000);
    expect(await db.trainings.count()).toBe(2);
  });
});

describe('deleting what a training points at', () => {
  it('takes an erased contact, a departed trainer and a deleted programme off the training, which stays; undo puts them back', async () => {
    const { anna, marco, trainer, programme } = await seed();
    const { training } = await createTraining(
      db,
      trainingInput({ programmeId: programme.id, trainerIds: [trainer.id], attendeeIds: [anna.id, marco.id] }),
    );
    expect(await previewContactDeletion(db, [anna.id])).toEqual({
      deleted: [],
      changed: [{ table: 'trainings', count: 1 }],
    });
    const { change } = await deleteContacts(db, [anna.id]);
    expect((await db.trainings.get(training.id))?.attendeeIds).toEqual([marco.id]);
    await undo(change);
    expect(await db.trainings.get(training.id)).toEqual(training);
    await deleteContacts(db, [anna.id]);
    await deleteStaffMember(db, trainer.id);
    await deleteProgramme(db, programme.id);
    const left = await db.trainings.get(training.id);
    expect(left).toMatchObject({ trainerIds: [], programmeId: null, attendeeIds: [marco.id], title: training.title });
    expect(left!.updatedAt >= training.updatedAt).toBe(true);
    // The training as it is now still refers to nothing missing, and can be saved again.
    await expect(updateTraining(db, training.id, left!)).resolves.toBeDefined();
  });
});

describe('a person who attended a training (GDPR)', () => {
  it('finds the training in their data, and erasure takes them off it, touching no one else', async () => {
    const { anna, marco } = await seed();
    const { training } = await createTraining(db, trainingInput({ attendeeIds: [anna.id, marco.id] }));
    const report = await collectPersonalData(db, anna.id);
    expect(report.listedIn).toEqual([{ table: 'trainings', id: training.id, label: training.title }]);
    expect((await collectPersonalData(db, marco.id)).listedIn).toHaveLength(1);

    await erasePerson(db, anna.id);
    expect((await db.trainings.get(training.id))?.attendeeIds).toEqual([marco.id]);
    expect(JSON.stringify(await db.trainings.toArray())).not.toContain(anna.id);
  });
});
