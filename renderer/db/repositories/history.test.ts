import { afterEach, describe, expect, it } from 'vitest';
import { contactInput, freshDatabase, stakeholderInput } from '../../../test/support/builders';
import type { TramaDatabase } from '../db';
import { collectPersonalData, erasePerson } from '../privacy';
import { createAction } from './actions';
import { createContact, updateContact } from './contacts';
import { eraseFromHistory } from './history';
import { createStakeholder, patchStakeholder } from './stakeholders';

const opened: TramaDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const MARKER = '[erased]';

/** The erasure as the dialog runs it (useContactErasure.ts): its transaction scrubs the history too. */
async function eraseAsTheDialogDoes(db: TramaDatabase, contactId: string): Promise<void> {
  const report = await collectPersonalData(db, contactId);
  const mentions = report.mentions.filter((mention) => !mention.isUncertain);
  await erasePerson(db, contactId, { mentions, marker: MARKER });
}

describe('a GDPR erasure and the history', () => {
  it('leaves none of the person’s name, email, phone or id in any entry, and keeps the others’ changes', async () => {
    const db = freshDatabase();
    opened.push(db);
    const stakeholder = await createStakeholder(db, stakeholderInput({ guidelinesStage: 'aware' }));
    const contact = await createContact(
      db,
      contactInput(stakeholder.id, {
        name: 'Maria Esempio',
        emails: ['old.maria@example.org'],
        phones: ['+39 333 1234567'],
      }),
    );
    await updateContact(
      db,
      contact.id,
      contactInput(stakeholder.id, { name: 'Maria Esempio', emails: ['maria.esempio@example.org'], phones: [] }),
    );
    await patchStakeholder(db, stakeholder.id, {
      notes: 'Ask Maria Esempio (maria.esempio@example.org, 333 1234567) about the protocol',
      guidelinesStage: 'engaged',
    });
    await createAction(db, {
      title: 'Meeting',
      kind: 'bilateral-meeting',
      date: '2026-11-01',
      status: 'done',
      participantIds: [contact.id],
      targetIds: [stakeholder.id],
    });

    await eraseAsTheDialogDoes(db, contact.id);

    const text = JSON.stringify(await db.history.toArray());
    for (const trace of ['maria.esempio@example.org', 'old.maria@example.org', 'Maria Esempio', '1234567', contact.id])
      expect(text, trace).not.toContain(trace);
    const stages = (await db.history.where('recordIds').equals(stakeholder.id).toArray())
      .flatMap((entry) => entry.changes)
      .filter((change) => change.field === 'guidelinesStage');
    expect(stages).toEqual([{ field: 'guidelinesStage', before: 'aware', after: 'engaged' }]);
  });

  it('takes a hostile entry apart without polluting anything', async () => {
    const db = freshDatabase();
    opened.push(db);
    const stakeholder = await createStakeholder(db, stakeholderInput());
    const contact = await createContact(db, contactInput(stakeholder.id, { name: 'Mario Rossi', emails: [] }));
    await db.history.add({
      id: 'hostile',
      at: '2026-01-01T00:00:00.000Z',
      table: 'stakeholders',
      recordIds: [stakeholder.id],
      kind: 'changed',
      by: null,
      source: 'here',
      changes: [{ field: 'notes', before: JSON.parse('{"__proto__":{"x":"Mario Rossi"},"list":["Mario Rossi"]}') }],
    });
    await eraseFromHistory(db, contact.id, { name: 'Mario Rossi', emails: [], phones: [] }, MARKER);
    const entry = await db.history.get('hostile');
    expect(JSON.stringify(entry)).not.toContain('Mario Rossi');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
