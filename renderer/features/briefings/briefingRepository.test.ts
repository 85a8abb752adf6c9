import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/domain/validation';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { SAMPLE_CAMPANIA_MEETING_TITLE } from '../../../shared/sample/sampleActivity';
import { freshDatabase } from '../../../test/support/builders';
import type { TramaDatabase } from '../../db/db';
import { RecordGoneError } from '../../db/recordGone';
import {
  briefingForAction,
  createBriefing,
  deleteBriefing,
  recordMeetingDone,
  updateBriefing,
} from '../../db/repositories/briefings';
import { parseBackup } from '../../../shared/io/backup';
import { createBackupJson } from '../../db/backup';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import { stampChange, undoChange } from '../../db/undo';

let db: TramaDatabase;
const sample = buildSampleNetwork('2026-11-23');
const meeting = sample.actions.find((action) => action.title === SAMPLE_CAMPANIA_MEETING_TITLE)!;

beforeEach(async () => {
  db = freshDatabase();
  await db.stakeholders.bulkAdd(sample.stakeholders);
  await db.contacts.bulkAdd(sample.contacts);
  await db.actions.bulkAdd(sample.actions);
  await db.followUps.bulkAdd(sample.followUps);
});
afterEach(async () => {
  await db.delete();
});

describe('briefings', () => {
  it("saves the coordinator's edits and takes a deletion back on undo", async () => {
    const briefing = await createBriefing(db, { title: 'Tavolo', source: { kind: 'region', region: 'campania' } });
    expect(briefing.sections).toContain('gaps');
    const edited = await updateBriefing(db, briefing.id, { agenda: '1. Welcome', sections: ['agenda'] });
    expect(edited).toMatchObject({
      title: 'Tavolo',
      agenda: '1. Welcome',
      sections: ['agenda'],
      createdAt: briefing.createdAt,
    });
    await expect(updateBriefing(db, briefing.id, { title: ' ' })).rejects.toBeInstanceOf(ValidationError);
    const change = await deleteBriefing(db, briefing.id);
    expect(await db.briefings.count()).toBe(0);
    await undoChange(db, await stampChange(change));
    expect((await db.briefings.get(briefing.id))?.agenda).toBe('1. Welcome');
  });

  it('makes one briefing per action, even when asked twice at once', async () => {
    const [first, second] = await Promise.all([briefingForAction(db, meeting), briefingForAction(db, meeting)]);
    expect(second.id).toBe(first.id);
    expect(await db.briefings.count()).toBe(1);
    expect((await briefingForAction(db, meeting)).id).toBe(first.id);
    expect(first).toMatchObject({
      title: meeting.title,
      source: { kind: 'action', actionId: meeting.id },
      programmeId: meeting.programmeId,
    });
  });
});

describe('recording a meeting as done', () => {
  const followUpsOf = () => db.followUps.where('actionId').equals(meeting.id).toArray();

  it('marks it done with who came and what came of it, adds the follow-ups, and undoes all of it', async () => {
    const before = await followUpsOf();
    const came = meeting.participantIds.slice(1);
    const change = await recordMeetingDone(db, {
      actionId: meeting.id,
      date: '2026-12-07',
      attendedContactIds: came,
      outcome: '  Protocol renewal agreed.  ',
      followUps: [
        { text: 'Circulate the minutes', dueDate: '2026-12-20', ownerId: 'sample-staff-campania' },
        { text: 'Call ASL Napoli 2', dueDate: null, ownerId: null },
      ],
    });
    expect(await db.actions.get(meeting.id)).toMatchObject({
      status: 'done',
      date: '2026-12-07',
      participantIds: came,
      outcome: 'Protocol renewal agreed.',
    });
    const added = (await followUpsOf()).filter((item) => !before.some((old) => old.id === item.id));
    expect(added.map((item) => [item.text, item.dueDate, item.ownerId, item.doneOn])).toEqual(
      expect.arrayContaining([
        ['Circulate the minutes', '2026-12-20', 'sample-staff-campania', null],
        ['Call ASL Napoli 2', null, null, null],
      ]),
    );
    await undoChange(db, await stampChange(change));
    expect(await db.actions.get(meeting.id)).toEqual(meeting);
    expect(await followUpsOf()).toEqual(before);
  });

  it('writes nothing when a follow-up is invalid or the meeting is gone', async () => {
    const before = await followUpsOf();
    await expect(
      recordMeetingDone(db, {
        actionId: meeting.id,
        date: '2026-12-07',
        attendedContactIds: [],
        outcome: '',
        followUps: [{ text: '  ', dueDate: null, ownerId: null }],
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      recordMeetingDone(db, {
        actionId: meeting.id,
        date: '7/12/2026',
        attendedContactIds: [],
        outcome: '',
        followUps: [],
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      recordMeetingDone(db, {
        actionId: 'deleted',
        date: '2026-12-07',
        attendedContactIds: [],
        outcome: '',
        followUps: [{ text: 'Orphan', dueDate: null, ownerId: null }],
      }),
    ).rejects.toBeInstanceOf(RecordGoneError);
    expect(await db.actions.get(meeting.id)).toEqual(meeting);
    expect(await followUpsOf()).toEqual(before);
    expect(await db.followUps.count()).toBe(sample.followUps.length);
  });

  it('refuses an outcome too long for a backup to restore, naming the wrong fields, and writes nothing', async () => {
    const attempt = recordMeetingDone(db, {
      actionId: meeting.id,
      date: '2026-12-07',
      attendedContactIds: [],
      outcome: 'x'.repeat(20_001),
      followUps: [
        { text: 'Circulate the minutes', dueDate: null, ownerId: null },
        { text: ' ', dueDate: 'soon', ownerId: null },
      ],
    });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    const error = (await attempt.catch((caught: unknown) => caught)) as ValidationError;
    expect(Object.keys(error.byField()).sort()).toEqual(['followUps.1.dueDate', 'followUps.1.text', 'outcome']);
    expect(await db.actions.get(meeting.id)).toEqual(meeting);
    const backup = await createBackupJson(db);
    expect(() => parseBackup(backup, CURRENT_SCHEMA_VERSION)).not.toThrow();
  });

  it('keeps only attendees who are still on record', async () => {
    const [present] = meeting.participantIds;
    await recordMeetingDone(db, {
      actionId: meeting.id,
      date: '2026-12-07',
      attendedContactIds: [present!, 'deleted-contact', present!],
      outcome: 'Agreed.',
      followUps: [],
    });
    expect((await db.actions.get(meeting.id))?.participantIds).toEqual([present]);
  });
});
