import { describe, expect, it } from 'vitest';
import { trainingCoverage } from '../analysis/trainingCoverage';
import { trainingSchema } from '../domain/training';
import { buildSampleNetwork } from '../sample/sampleNetwork';
import { emptyBackupTables } from '../../test/support/backupTables';
import type { BackupTables } from './backup';
import { planLeftOutContacts, tablesToRestore } from './restorePlan';

// An attendee erased on request stays counted among the people trained (the
// erasure leaves an anonymous entry on the training). A restore of a backup made before the
// erasure leaves the person out and takes their id off the training's attendees: the same
// erasure, done again on the backup's copy, must leave the same trace, or the people trained
// of an already reported year fall as soon as last month's backup is restored.

describe('restoring a backup that holds a trainee erased here since', () => {
  it('still counts the erased trainee among the people trained', () => {
    const sample = buildSampleNetwork('2026-11-22');
    const [first, second] = sample.contacts;
    const training = trainingSchema.parse({
      id: 'course',
      title: 'Linee guida',
      date: '2025-04-10',
      region: 'campania',
      attendeeIds: [first!.id, second!.id],
      createdAt: '2025-04-10T09:00:00.000Z',
      updatedAt: '2025-04-10T09:00:00.000Z',
    });
    const tables: BackupTables = { ...emptyBackupTables(), ...sample, trainings: [training], meta: [] };
    const trainedIn = (restored: BackupTables) =>
      trainingCoverage(restored.trainings, restored.contacts, restored.stakeholders).peopleTrained;
    expect(trainedIn(tables), 'people trained in the backup').toBe(2);

    const restored = tablesToRestore(tables, planLeftOutContacts(tables, [second!.id], '[erased]'));
    expect(restored.trainings[0]!.attendeeIds, 'the erased person is off the attendees').toEqual([first!.id]);
    expect(trainedIn(restored), 'people trained once the backup is restored without the erased trainee').toBe(2);
  });
});
