import { describe, expect, it } from 'vitest';
import { ERASED_CONTACTS_META_KEY } from '../domain/personalData';
import { parseBackup, serialiseBackup, type BackupTables } from './backup';
import { eraseFromBackup, type BackupErasureRequest } from './eraseFromBackup';

const ID = 'c0ffee00-0000-4000-8000-000000000001';
const OTHER = 'c0ffee00-0000-4000-8000-000000000002';
const AT = '2026-11-22T08:00:00.000Z';
const request: BackupErasureRequest = {
  contactId: ID,
  person: { name: 'Giovanna Esempio', emails: ['giovanna.esempio@example.org'], phones: ['+39 0823 000 000'] },
  redactMentions: true,
  marker: '[erased]',
};

const base = { createdAt: AT, updatedAt: AT };
function tables(overrides: Partial<BackupTables> = {}): BackupTables {
  return {
    stakeholders: [{ ...base, id: 's1', name: 'ASL Caserta', shortName: '', categoryId: 'local-health-authority', level: 'local', region: 'campania', province: 'CE', city: '', sector: 'health', website: '', notes: 'Sentire Giovanna Esempio', tags: ['tel 0823 000000'], programmeIds: [], influence: 3, interest: 3, attitude: 'supporter', guidelinesStage: 'aware' }],
    contacts: [
      { ...base, id: ID, stakeholderId: 's1', name: 'Giovanna Esempio', role: '', emails: ['giovanna.esempio@example.org'], phones: ['+39 0823 000 000'], languages: [], notes: '', isPrimary: false, lawfulBasis: '' },
      { ...base, id: OTHER, stakeholderId: 's1', name: 'Carlo Finto', role: 'Vice di Giovanna Esempio', emails: [], phones: [], languages: [], notes: '', isPrimary: false, lawfulBasis: '' },
    ],
    relationships: [],
    agreements: [],
    actions: [{ ...base, id: 'a1', title: 'Incontro DSM', kind: 'bilateral-meeting', date: '2026-09-10', regions: [], programmeId: null, objective: '', targetIds: ['s1'], participantIds: [ID, OTHER], ownerId: null, status: 'done', outcome: 'Scrivere a GIOVANNA.ESEMPIO@example.org' }],
    followUps: [],
    programmes: [],
    staff: [],
    categories: [],
    savedViews: [],
    mapPositions: [],
    meta: [],
    briefings: [{ ...base, id: 'b1', title: 'Tavolo', source: { kind: 'stakeholders', stakeholderIds: ['s1'] }, sections: ['agenda'], programmeId: null, agenda: '1. Giovanna Esempio (+39 0823-000-000)' }],
    ...overrides,
  };
}

function rewritten(text: string, options: Partial<BackupErasureRequest> = {}) {
  const result = eraseFromBackup(text, { ...request, ...options });
  if (result.status !== 'rewritten') throw new Error(`Expected a rewrite, got ${result.status}`);
  return result;
}

describe('taking a person out of a backup’s text', () => {
  it('removes the record, the participation and the mentions, and changes nothing else', () => {
    const text = serialiseBackup(tables(), 2, AT);
    const result = rewritten(text);
    expect(result.counts).toEqual({ contacts: 1, references: 1, mentions: 6 });
    expect(result.leftovers.count).toBe(0);
    const backup = parseBackup(result.json, 2);
    expect(backup.tables.contacts.map((contact) => [contact.id, contact.role])).toEqual([[OTHER, 'Vice di [erased]']]);
    expect(backup.tables.actions[0]).toMatchObject({ participantIds: [OTHER], outcome: 'Scrivere a [erased]' });
    expect(backup.tables.briefings[0]!.agenda).toBe('1. [erased] ([erased])');
    expect(backup.tables.stakeholders[0]).toMatchObject({ notes: 'Sentire [erased]', tags: ['tel [erased]'] });
    // Same keys in the same order, same header: only the person changed.
    expect(Object.keys(JSON.parse(result.json))).toEqual(Object.keys(JSON.parse(text)));
    expect(result.json.length).toBeLessThan(text.length);
  });

  it('keeps the mentions when the user chose so, still removing the record and the participation', () => {
    const backup = parseBackup(rewritten(serialiseBackup(tables(), 2, AT), { redactMentions: false }).json, 2);
    expect(backup.tables.contacts).toHaveLength(1);
    expect(backup.tables.briefings[0]!.agenda).toContain('Giovanna Esempio');
  });

  it('leaves a copy without the person alone, and keeps an old version’s shape', () => {
    expect(eraseFromBackup(serialiseBackup(tables({ contacts: [], actions: [], briefings: [], stakeholders: [] }), 2, AT), request)).toEqual({ status: 'not-present' });
    const { briefings: _briefings, ...version1Tables } = tables();
    const version1 = JSON.stringify({ format: 'trama-backup', formatVersion: 1, createdAt: AT, schemaVersion: 1, tables: version1Tables });
    const result = JSON.parse(rewritten(version1).json) as { schemaVersion: number; tables: Record<string, unknown> };
    expect(result.schemaVersion).toBe(1);
    expect(Object.keys(result.tables)).toEqual(Object.keys(version1Tables));
  });

  it('says where the id is left when it appears in places no schema puts it', () => {
    const hostile = tables({
      followUps: [{ ...base, id: 'f1', actionId: 'a1', text: 'x', dueDate: null, ownerId: ID, doneOn: null }],
      meta: [
        { key: ERASED_CONTACTS_META_KEY, value: ['someone-else', ID] },
        { key: 'custom', value: { nested: [{ deeper: `see ${ID}` }] } },
        { key: ID, value: 1 },
      ],
    });
    const raw = JSON.parse(serialiseBackup(hostile, 2, AT)) as Record<string, Record<string, unknown>>;
    raw.tables!.unknownTable = [{ [ID]: true }];
    const result = rewritten(JSON.stringify(raw));
    expect(result.leftovers).toEqual({
      count: 4,
      places: ['tables.followUps[0].ownerId', 'tables.meta[1].value.nested[0].deeper', 'tables.meta[2].key', `tables.unknownTable[0].${ID}`],
    });
    const onlyStrays = JSON.stringify({ format: 'trama-backup', tables: { contacts: [], notes: [ID] } });
    expect(eraseFromBackup(onlyStrays, request)).toEqual({ status: 'still-present', leftovers: { count: 1, places: ['tables.notes[0]'] } });
  });

  it('does not take an id that merely begins with the erased one for a leftover', () => {
    const sampleLike = JSON.stringify({ format: 'trama-backup', tables: { contacts: [{ id: 'sample-contact-1' }, { id: 'sample-contact-12' }], actions: [{ id: 'a', participantIds: ['sample-contact-1', 'sample-contact-10'] }] } });
    const result = rewritten(sampleLike, { contactId: 'sample-contact-1' });
    expect(result.leftovers).toEqual({ count: 0, places: [] });
    expect(JSON.parse(result.json)).toEqual({ format: 'trama-backup', tables: { contacts: [{ id: 'sample-contact-12' }], actions: [{ id: 'a', participantIds: ['sample-contact-10'] }] } });
  });

  it('does not let "__proto__" keys pollute anything, and keeps them as data', () => {
    const text = serialiseBackup(tables(), 2, AT).replace('"notes":"Sentire', '"__proto__":{"polluted":true},"notes":"Sentire').replace('{"format"', '{"__proto__":{"polluted":true},"format"');
    const result = rewritten(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.json.match(/"__proto__":\{"polluted":true\}/g)).toHaveLength(2);
  });

  it('refuses what is not a backup, saying why', () => {
    expect(eraseFromBackup(`{"format":"trama-backup","tables":{"contacts":[{"id":"${ID}"`, request)).toEqual({ status: 'unreadable', reason: 'not-json' });
    for (const text of ['null', '[]', '"x"', '{"format":"other","tables":{}}', '{"format":"trama-backup","tables":[]}']) {
      expect(eraseFromBackup(text, request), text).toEqual({ status: 'unreadable', reason: 'not-a-backup' });
    }
    const deep = JSON.stringify({ format: 'trama-backup', tables: { contacts: [{ id: ID }] } }).replace('}}', `,"deep":${'['.repeat(200_000)}${']'.repeat(200_000)}}}`);
    expect(eraseFromBackup(deep, request)).toEqual({ status: 'unreadable', reason: 'too-deep' });
  });

  it('rewrites a backup holding a huge note', () => {
    const note = 'Giovanna Esempio, tel. 0823 000 000. '.repeat(30_000);
    const text = serialiseBackup(tables({ relationships: [{ ...base, id: 'r1', sourceId: 's1', targetId: 's2', type: 'coordination', isDirected: false, strength: 2, status: 'active', since: null, until: null, notes: note }] }), 2, AT);
    const result = rewritten(text);
    expect(result.counts.mentions).toBe(60_006);
    expect(result.json).not.toContain('0823');
  });
});
