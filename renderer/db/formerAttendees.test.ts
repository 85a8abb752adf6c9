import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { programmeReport, type ReportScope } from '../../shared/analysis/programmeReport';
import { trainingCoverage } from '../../shared/analysis/trainingCoverage';
import { contactSchema } from '../../shared/domain/contact';
import { trainingSchema, type Training } from '../../shared/domain/training';
import { docIdOf, parseIncomingDoc, syncDocBody } from '../../shared/sync/syncDocs';
import { freshDatabase } from '../../test/support/builders';
import { seedReportNetwork } from '../../test/support/reportNetwork';
import { loadReportData } from '../data/reportQueries';
import type { TramaDatabase } from './db';
import { erasePerson } from './privacy';
import { deleteContacts } from './repositories/contacts';
import { deleteStakeholders } from './repositories/stakeholders';
import { updateTraining } from './repositories/trainings';
import { stampChange, undoChange } from './undo';

// Issue 18: the people a programme trained stay trained when the address book is tidied. The
// report network's CAS had two operators trained in 2025, Anna (still there) and Bruno, who
// left and attended both of the year's courses.

const YEAR_2025: ReportScope = { programmeId: 'psychcare', region: 'campania', from: '2025-01-01', to: '2025-12-31' };
const stamp = { createdAt: '2025-01-10T09:00:00.000Z', updatedAt: '2025-01-10T09:00:00.000Z' };
const course = (id: string, date: string, attendeeIds: string[]) =>
  trainingSchema.parse({ id, title: id, date, region: 'campania', programmeId: 'psychcare', attendeeIds, ...stamp });

let db: TramaDatabase;

beforeEach(async () => {
  db = freshDatabase();
  await seedReportNetwork(db);
  await db.contacts.add(contactSchema.parse({ id: 'bruno', stakeholderId: 'cas', name: 'Bruno Esposito', ...stamp }));
  await db.trainings.bulkAdd([
    course('spring-2025', '2025-04-10', ['anna', 'bruno']),
    course('autumn-2025', '2025-10-02', ['bruno']),
  ]);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

async function trainedIn2025() {
  const data = await loadReportData(db);
  const { trainings } = programmeReport(data, YEAR_2025, undefined, '2026-12-07');
  return { peopleTrained: trainings.peopleTrained, operators: trainings.byGroup['reception-operators'] };
}

const coverageNow = async () => {
  const data = await loadReportData(db);
  return trainingCoverage(data.trainings, data.contacts, data.stakeholders, { from: '2025-01-01', to: '2025-12-31' });
};

const trainingsOf2025 = async () => (await db.trainings.bulkGet(['spring-2025', 'autumn-2025'])) as Training[];

describe('people trained in 2025, after the address book is tidied', () => {
  it('still counts a trainee whose record is deleted, once for his two courses', async () => {
    expect(await trainedIn2025(), 'before anything is deleted').toEqual({ peopleTrained: 2, operators: 2 });
    await deleteContacts(db, ['bruno']);
    expect(await trainedIn2025(), 'people trained after deleting Bruno').toEqual({ peopleTrained: 2, operators: 2 });
    const [spring, autumn] = await trainingsOf2025();
    expect(spring!.attendeeIds).toEqual(['anna']);
    expect(autumn!.attendeeIds).toEqual([]);
    expect(spring!.formerAttendees, 'the spring course keeps an anonymous trace of Bruno').toEqual([
      { token: expect.any(String), region: 'campania', sector: 'reception', categoryId: 'reception-centre' },
    ]);
    expect(autumn!.formerAttendees?.[0]?.token, 'one person, one token on both courses').toBe(
      spring!.formerAttendees?.[0]?.token,
    );
  });

  it('still counts a trainee who asked to be erased, and keeps nothing that leads back to him', async () => {
    await erasePerson(db, 'bruno');
    expect(await trainedIn2025(), 'people trained after erasing Bruno').toEqual({ peopleTrained: 2, operators: 2 });
    const stored = JSON.stringify(await trainingsOf2025());
    expect(stored, "the trainings hold the erased person's id").not.toContain('bruno');
    expect(stored, "the trainings hold the erased person's name").not.toMatch(/Bruno|Esposito/);
    expect(stored).toContain('formerAttendees');
  });

  it('still counts the trainees of a CAS that is deleted, but under no stakeholder', async () => {
    await deleteStakeholders(db, ['cas']);
    expect(await trainedIn2025(), 'people trained after deleting the CAS').toEqual({ peopleTrained: 2, operators: 2 });
    const data = await loadReportData(db);
    expect(programmeReport(data, YEAR_2025, undefined, '2026-12-07').trainings.byStakeholder).toEqual([]);
    expect(JSON.stringify(await trainingsOf2025())).not.toMatch(/anna|bruno|"cas"/);
  });

  it('finds the facility without a trained operator once both have gone, and still counts them trained', async () => {
    expect((await coverageNow()).coveredFacilityIds.has('cas')).toBe(true);
    await deleteContacts(db, ['anna', 'bruno']);
    const coverage = await coverageNow();
    expect(coverage.coveredFacilityIds.has('cas'), 'the CAS counted as covered by people no longer there').toBe(false);
    expect(coverage.uncoveredFacilities.flatMap((place) => place.stakeholderIds)).toContain('cas');
    expect(coverage.byStakeholder.has('cas')).toBe(false);
    expect(coverage.peopleTrained, 'people trained after deleting both trainees').toBe(2);
  });

  it('keeps the trace when the training is edited afterwards', async () => {
    await deleteContacts(db, ['bruno']);
    const [, autumn] = await trainingsOf2025();
    await updateTraining(db, 'autumn-2025', { ...autumn!, title: 'Autunno' });
    expect((await db.trainings.get('autumn-2025'))?.formerAttendees, 'the tally after an edit').toHaveLength(1);
    expect(await trainedIn2025(), 'people trained after the edit').toEqual({ peopleTrained: 2, operators: 2 });
  });

  it('puts the training back as it was when the deletion is undone, counting him once', async () => {
    const before = await trainingsOf2025();
    const { change } = await deleteContacts(db, ['bruno']);
    expect(await trainedIn2025(), 'people trained after deleting Bruno').toEqual({ peopleTrained: 2, operators: 2 });
    const outcome = await undoChange(db, await stampChange(change));
    expect(outcome.isApplied).toBe(true);
    expect(await trainingsOf2025(), 'the courses after Undo').toEqual(before);
    expect((await trainingsOf2025()).every((training) => training.formerAttendees === undefined)).toBe(true);
    expect(await trainedIn2025(), 'people trained after Undo').toEqual({ peopleTrained: 2, operators: 2 });
  });

  it('keeps his trace when Undo cannot bring him back (his CAS deleted since)', async () => {
    const { change } = await deleteContacts(db, ['bruno']);
    await deleteStakeholders(db, ['cas']);
    const asLeft = await trainingsOf2025();
    const outcome = await undoChange(db, await stampChange(change), 'safe-part');
    expect(outcome.conflicts.map(({ table, reason }) => `${table}: ${reason}`)).toContain('contacts: dangling');
    expect(await trainingsOf2025(), 'the courses after an Undo that could not bring Bruno back').toEqual(asLeft);
    expect(await trainedIn2025(), 'people trained after that Undo').toEqual({ peopleTrained: 2, operators: 2 });
  });

  it('sends a training with its former attendees to the team and reads it back whole', () => {
    const spring: Training = {
      ...course('spring-2025', '2025-04-10', ['anna']),
      formerAttendees: [{ token: 'a1b2', region: 'campania', sector: 'reception', categoryId: 'reception-centre' }],
    };
    const doc = {
      _id: docIdOf('trainings', spring.id),
      _rev: '2-abc',
      ...syncDocBody('trainings', spring, 'anna', '2026-12-07T10:00:00.000Z'),
    };
    const incoming = parseIncomingDoc(JSON.parse(JSON.stringify(doc)));
    expect(incoming.kind === 'record' && incoming.record, 'the training as a teammate reads it').toEqual(spring);
  });
});
