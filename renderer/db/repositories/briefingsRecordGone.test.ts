import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/support/builders';
import { errorMessageKey } from '../../app/notifications/errorMessage';
import type { TramaDatabase } from '../db';
import { createAction, deleteAction } from './actions';
import { briefingForAction, recordMeetingDone, updateBriefing } from './briefings';

// A briefing or its meeting deleted while the editor is open (Undo, a teammate's deletion
// arriving by sync). The notice must be the user's words, not an English sentence with an id.

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

async function failureOf(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    return errorMessageKey(error);
  }
  return 'no error';
}

describe('saving to a briefing whose meeting was deleted meanwhile', () => {
  it('tells the agenda’s save that the record is gone, not a generic English error naming its id', async () => {
    const meeting = await createAction(db, {
      title: 'Tavolo di rete Caserta',
      kind: 'network-meeting',
      date: '2027-01-14',
      status: 'planned',
    });
    const briefing = await briefingForAction(db, meeting);
    await deleteAction(db, meeting.id);
    expect(
      await failureOf(() => updateBriefing(db, briefing.id, { agenda: '1. Protocollo' })),
      'the notice reads "…: Briefing <id> no longer exists" in English',
    ).toEqual({ key: 'error.recordGone', detail: '' });
  });

  it('tells "Record as done" that the meeting is gone, not a generic English error naming its id', async () => {
    const meeting = await createAction(db, {
      title: 'Tavolo di rete Caserta',
      kind: 'network-meeting',
      date: '2026-12-01',
      status: 'planned',
    });
    await deleteAction(db, meeting.id);
    expect(
      await failureOf(() =>
        recordMeetingDone(db, {
          actionId: meeting.id,
          attendedContactIds: [],
          outcome: '',
          date: '2026-12-01',
          followUps: [],
        }),
      ),
      'the notice reads "…: Action <id> no longer exists" in English',
    ).toEqual({ key: 'error.recordGone', detail: '' });
  });
});
