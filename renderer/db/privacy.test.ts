import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COPIES_PENDING_META_KEY, FREE_TEXT_FIELDS } from '../../shared/domain/personalData';
import { contactInput, freshDatabase, relationshipInput, stakeholderInput } from '../../test/support/builders';
import type { TramaDatabase } from './db';
import { tablesMentioning } from '../../test/support/references';
import { collectPersonalData, erasePerson } from './privacy';
import { ERASED_CONTACTS_META_KEY, findErasedContactIds } from './erasedContacts';
import { createAction, createFollowUp } from './repositories/actions';
import { createBriefing } from './repositories/briefings';
import { createContact } from './repositories/contacts';
import { createRelationship } from './repositories/relationships';
import { readCopiesPending } from './copiesPending';
import { createStakeholder } from './repositories/stakeholders';
import { stampChange, undoChange } from './undo';

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

async function seed() {
  const asl = await createStakeholder(
    db,
    stakeholderInput({ name: 'ASL Caserta', province: 'CE', notes: 'Sentire Giovanna Esempio per il tavolo' }),
  );
  const giovanna = await createContact(
    db,
    contactInput(asl.id, {
      name: 'Giovanna Esempio',
      emails: ['giovanna.esempio@example.org'],
      phones: ['+39 0823 000 000'],
    }),
  );
  const other = await createContact(db, contactInput(asl.id, { name: 'Carlo Finto', emails: [] }));
  const meeting = await createAction(db, {
    title: 'Incontro DSM',
    kind: 'bilateral-meeting',
    date: '2026-09-10',
    status: 'done',
    targetIds: [asl.id],
    participantIds: [giovanna.id, other.id],
    outcome: 'Giovanna Esempio invierà i dati',
  });
  await createFollowUp(db, { actionId: meeting.id, text: 'Richiamare Giovanna Esempio', dueDate: '2026-10-01' });
  return { asl, giovanna, other, meeting };
}

describe('access to one person’s data (GDPR Art. 15)', () => {
  it('gathers the record, the organisation, participations and every note naming them', async () => {
    const { giovanna, meeting, asl } = await seed();
    const report = await collectPersonalData(db, giovanna.id, new Date('2026-11-22T10:00:00Z'));
    expect(report.contact.emails).toEqual(['giovanna.esempio@example.org']);
    expect(report.organisation).toEqual({ id: asl.id, name: 'ASL Caserta' });
    expect(report.participations.map((action) => action.id)).toEqual([meeting.id]);
    expect(report.mentions.map((mention) => `${mention.table}.${mention.field}`).sort()).toEqual([
      'actions.outcome',
      'followUps.text',
      'stakeholders.notes',
    ]);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

/** A bare record of a table holding `text` at a registry path (`a.b`, `a[]`), with its id and nothing else. */
function recordHolding(id: string, path: string, text: string): Record<string, unknown> {
  const objectAt = ([head = '', ...rest]: string[]): Record<string, unknown> => {
    const value = rest.length === 0 ? text : objectAt(rest);
    return head.endsWith('[]') ? { [head.slice(0, -2)]: [value] } : { [head]: value };
  };
  return { id, ...objectAt(path.split('.')) };
}

describe('the search for a person’s mentions', () => {
  it('reads every free-text field the registry names, in every table, briefing agendas included', async () => {
    const { giovanna } = await seed();
    const expected = FREE_TEXT_FIELDS.flatMap(({ table, fields }) => fields.map((field) => `${table}.${field}`));
    for (const { table, fields } of FREE_TEXT_FIELDS) {
      for (const field of fields)
        await db
          .table(table)
          .put(recordHolding(`mention-${table}-${field}`, field, 'scritto da giovanna.esempio@example.org'));
    }
    const report = await collectPersonalData(db, giovanna.id);
    const found = new Set(
      report.mentions
        .filter((mention) => mention.id.startsWith('mention-'))
        .map((mention) => `${mention.table}.${mention.field}`),
    );
    expect(expected.filter((field) => !found.has(field))).toEqual([]);
    expect(expected).toContain('briefings.agenda');
  });
});

describe('erasure of one person (GDPR Art. 17)', () => {
  it('leaves no reference to them in any table, touching no one else', async () => {
    const { giovanna, other, meeting } = await seed();
    expect(await tablesMentioning(db, giovanna.id)).toEqual(['contacts', 'actions', 'history']);
    const { change } = await erasePerson(db, giovanna.id);
    // Only the records of erased ids and of copies still to check keep the id (no name, no details), by design.
    expect(await tablesMentioning(db, giovanna.id)).toEqual(['meta']);
    expect((await db.meta.toArray()).filter((row) => JSON.stringify(row).includes(giovanna.id))).toEqual([
      { key: COPIES_PENDING_META_KEY, value: [{ contactId: giovanna.id, places: [] }] },
      { key: ERASED_CONTACTS_META_KEY, value: [giovanna.id] },
    ]);
    expect((await db.actions.get(meeting.id))?.participantIds).toEqual([other.id]);
    expect(await db.contacts.get(other.id)).toBeDefined();
    await undoChange(db, await stampChange(change));
    expect((await db.actions.get(meeting.id))?.participantIds).toEqual([giovanna.id, other.id]);
  });
});

describe('mentions of the person (issue 13)', () => {
  it('finds them by email and by phone as well as by name, in every free-text field, briefing agendas included', async () => {
    const { asl, giovanna } = await seed();
    await db.contacts.update(giovanna.id, { emails: [...giovanna.emails, 'ge1970@pec.example.it'] });
    await createStakeholder(
      db,
      stakeholderInput({
        name: 'Prefettura di Caserta',
        province: 'CE',
        notes: 'Scrivere a GE1970@Pec.Example.it per il verbale',
      }),
    );
    await createAction(db, {
      title: 'Telefonata',
      kind: 'call-or-email',
      date: '2026-09-12',
      status: 'done',
      targetIds: [asl.id],
      objective: 'Chiamata al 0823 000000, interno assente',
    });
    await createBriefing(db, {
      title: 'Tavolo di Caserta',
      source: { kind: 'stakeholders', stakeholderIds: [asl.id] },
      agenda: '1. Saluti di Giovanna Esempio\n2. Protocollo',
    });
    const report = await collectPersonalData(db, giovanna.id);
    const places = report.mentions.map((mention) => `${mention.table}.${mention.field}`).sort();
    expect(places).toEqual([
      'actions.objective',
      'actions.outcome',
      'briefings.agenda',
      'followUps.text',
      'stakeholders.notes',
      'stakeholders.notes',
    ]);
  });

  it('replaces the chosen mentions with a marker in the erasure’s transaction, records the erased id, and undo brings everything back', async () => {
    const { asl, giovanna, meeting } = await seed();
    const briefing = await createBriefing(db, {
      title: 'Tavolo di Caserta',
      source: { kind: 'stakeholders', stakeholderIds: [asl.id] },
      agenda: 'Chiamare +39 0823 000 000 (Giovanna Esempio)',
    });
    const report = await collectPersonalData(db, giovanna.id);
    const { change, mentionsReplaced } = await erasePerson(db, giovanna.id, {
      mentions: report.mentions,
      marker: '[erased]',
    });
    expect(mentionsReplaced).toBe(5);
    expect((await db.briefings.get(briefing.id))?.agenda).toBe('Chiamare [erased] ([erased])');
    expect((await db.actions.get(meeting.id))?.outcome).toBe('[erased] invierà i dati');
    expect((await db.stakeholders.get(asl.id))?.notes).toBe('Sentire [erased] per il tavolo');
    expect(await findErasedContactIds(db, [giovanna.id])).toEqual([giovanna.id]);
    const everything = JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));
    for (const trace of ['Giovanna Esempio', 'giovanna.esempio@example.org', '0823 000 000'])
      expect(everything).not.toContain(trace);

    await undoChange(db, await stampChange(change));
    expect((await db.briefings.get(briefing.id))?.agenda).toBe('Chiamare +39 0823 000 000 (Giovanna Esempio)');
    expect((await db.actions.get(meeting.id))?.outcome).toBe('Giovanna Esempio invierà i dati');
    expect(await db.contacts.get(giovanna.id)).toBeDefined();
    expect(await findErasedContactIds(db, [giovanna.id])).toEqual([]);
  });
});

describe('what the erasure dialog is told (review of issue 13)', () => {
  it('does not look for an email or phone another contact also has, and says whose it is', async () => {
    const { asl, giovanna, other } = await seed();
    await db.contacts.update(giovanna.id, { phones: ['+39 0823 000 000', '+39 0823 111 111'] });
    await db.contacts.update(other.id, { phones: ['0823 111111'] });
    await createStakeholder(db, stakeholderInput({ name: 'Centralino', notes: 'Centralino ASL: 0823 111 111' }));
    const report = await collectPersonalData(db, giovanna.id);
    expect(report.mentions.map((mention) => mention.text)).not.toContain('Centralino ASL: 0823 111 111');
    expect(report.sharedDetails).toEqual([
      { kind: 'phone', detail: '+39 0823 111 111', sharedWith: [{ id: other.id, name: 'Carlo Finto' }] },
    ]);
    expect(asl.id).toBeDefined();
  });

  it('names a relationship by its two ends and a category in the interface’s language', async () => {
    const { asl, giovanna } = await seed();
    const prefettura = await createStakeholder(db, stakeholderInput({ name: 'Prefettura di Caserta', province: 'CE' }));
    await createRelationship(db, relationshipInput(asl.id, prefettura.id, { notes: 'Tramite Giovanna Esempio' }));
    await db.categories.put({
      id: 'cat-1',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      labels: { it: 'Cooperativa di Giovanna Esempio', en: 'Giovanna Esempio’s cooperative' },
      defaultSector: 'civil-society',
    });
    const report = await collectPersonalData(db, giovanna.id);
    expect(report.mentions.find((mention) => mention.table === 'relationships')?.label).toBe(
      'ASL Caserta → Prefettura di Caserta',
    );
    expect(
      report.mentions.filter((mention) => mention.table === 'categories').map((mention) => mention.labels),
    ).toEqual([
      { it: 'Cooperativa di Giovanna Esempio', en: 'Giovanna Esempio’s cooperative' },
      { it: 'Cooperativa di Giovanna Esempio', en: 'Giovanna Esempio’s cooperative' },
    ]);
  });

  it('lists a one-word name’s matches as uncertain', async () => {
    const asl = await createStakeholder(
      db,
      stakeholderInput({ name: 'ASL Caserta', notes: 'Ospedale di Santa Maria Capua Vetere' }),
    );
    const maria = await createContact(db, contactInput(asl.id, { name: 'Maria', emails: [] }));
    const report = await collectPersonalData(db, maria.id);
    expect(report.mentions.map((mention) => [mention.field, mention.isUncertain])).toEqual([['notes', true]]);
  });

  it('remembers the erasure’s copies as pending (ids and confirmed places only) until they are checked; undo forgets it', async () => {
    const { giovanna, asl } = await seed();
    const report = await collectPersonalData(db, giovanna.id);
    const confirmed = report.mentions.filter((mention) => mention.table === 'stakeholders');
    const { change } = await erasePerson(db, giovanna.id, { mentions: confirmed, marker: '[erased]' });
    expect(await readCopiesPending(db)).toEqual([
      { contactId: giovanna.id, places: [{ table: 'stakeholders', id: asl.id, field: 'notes' }] },
    ]);
    expect((await db.meta.get(COPIES_PENDING_META_KEY))?.value).toEqual([
      { contactId: giovanna.id, places: [{ table: 'stakeholders', id: asl.id, field: 'notes' }] },
    ]);
    await undoChange(db, await stampChange(change));
    expect(await readCopiesPending(db)).toEqual([]);
  });
});
