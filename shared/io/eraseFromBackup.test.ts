import { afterEach, describe, expect, it, vi } from 'vitest';
import { COPIES_PENDING_META_KEY, ERASED_CONTACTS_META_KEY } from '../domain/personalData';
import { parseBackup, serialiseBackup, type Backup, type BackupTables } from './backup';
import { eraseFromBackup, holdsId, type BackupErasureRequest } from './eraseFromBackup';
import { emptyBackupTables } from '../../test/support/backupTables';

const ID = 'c0ffee00-0000-4000-8000-000000000001';
const OTHER = 'c0ffee00-0000-4000-8000-000000000002';
const AT = '2026-11-22T08:00:00.000Z';
/** The places the user confirmed in the dialog: only these change, besides the person's own record and id. */
const CONFIRMED = [
  { table: 'stakeholders', id: 's1', field: 'notes' },
  { table: 'stakeholders', id: 's1', field: 'tags[]' },
  { table: 'contacts', id: OTHER, field: 'role' },
  { table: 'actions', id: 'a1', field: 'outcome' },
  { table: 'briefings', id: 'b1', field: 'agenda' },
] as const;
const request: BackupErasureRequest = {
  contactId: ID,
  person: { name: 'Giovanna Esempio', emails: ['giovanna.esempio@example.org'], phones: ['+39 0823 000 000'] },
  places: CONFIRMED,
  marker: '[erased]',
  currentSchemaVersion: 2,
};

const base = { createdAt: AT, updatedAt: AT };
function tables(overrides: Partial<BackupTables> = {}): BackupTables {
  return {
    ...emptyBackupTables(),
    stakeholders: [
      {
        ...base,
        id: 's1',
        name: 'ASL Caserta',
        shortName: '',
        categoryId: 'local-health-authority',
        level: 'local',
        region: 'campania',
        province: 'CE',
        city: '',
        sector: 'health',
        website: '',
        notes: 'Sentire Giovanna Esempio',
        tags: ['tel 0823 000000'],
        programmeIds: [],
        influence: 3,
        interest: 3,
        attitude: 'supporter',
        guidelinesStage: 'aware',
      },
    ],
    contacts: [
      {
        ...base,
        id: ID,
        stakeholderId: 's1',
        name: 'Giovanna Esempio',
        role: '',
        emails: ['giovanna.esempio@example.org'],
        phones: ['+39 0823 000 000'],
        languages: [],
        notes: '',
        isPrimary: false,
        lawfulBasis: '',
      },
      {
        ...base,
        id: OTHER,
        stakeholderId: 's1',
        name: 'Carlo Finto',
        role: 'Vice di Giovanna Esempio',
        emails: [],
        phones: [],
        languages: [],
        notes: '',
        isPrimary: false,
        lawfulBasis: '',
      },
    ],
    actions: [
      {
        ...base,
        id: 'a1',
        title: 'Incontro DSM',
        kind: 'bilateral-meeting',
        date: '2026-09-10',
        regions: [],
        programmeId: null,
        objective: '',
        targetIds: ['s1'],
        participantIds: [ID, OTHER],
        ownerId: null,
        status: 'done',
        outcome: 'Scrivere a GIOVANNA.ESEMPIO@example.org',
      },
    ],
    briefings: [
      {
        ...base,
        id: 'b1',
        title: 'Tavolo',
        source: { kind: 'stakeholders', stakeholderIds: ['s1'] },
        sections: ['agenda'],
        programmeId: null,
        agenda: '1. Giovanna Esempio (+39 0823-000-000)',
      },
    ],
    ...overrides,
  };
}

function rewritten(text: string, options: Partial<BackupErasureRequest> = {}) {
  const result = eraseFromBackup(text, { ...request, ...options });
  if (result.status !== 'rewritten') throw new Error(`Expected a rewrite, got ${result.status}`);
  return result;
}

/** The backup as parsed, with `edit` applied to a deep copy: what a rewrite must give, exactly. */
function expected(original: string, edit: (backup: Backup) => void): Backup {
  const backup = structuredClone(parseBackup(original, 2));
  edit(backup);
  return backup;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('taking a person out of a backup’s text', () => {
  it('removes the record, the participation and the confirmed mentions, and changes nothing else', () => {
    const text = serialiseBackup(tables(), 2, AT);
    const result = rewritten(text);
    expect(result.counts).toEqual({ contacts: 1, references: 1, mentions: 6 });
    expect(result.leftovers.count).toBe(0);
    expect(parseBackup(result.json, 2)).toEqual(
      expected(text, ({ tables: t }) => {
        t.contacts = [{ ...t.contacts[1]!, role: 'Vice di [erased]' }];
        t.actions[0] = { ...t.actions[0]!, participantIds: [OTHER], outcome: 'Scrivere a [erased]' };
        t.briefings[0]!.agenda = '1. [erased] ([erased])';
        t.stakeholders[0] = { ...t.stakeholders[0]!, notes: 'Sentire [erased]', tags: ['tel [erased]'] };
      }),
    );
    // Same keys in the same order, same header: only the person changed.
    expect(Object.keys(JSON.parse(result.json))).toEqual(Object.keys(JSON.parse(text)));
    expect(result.json.length).toBeLessThan(text.length);
  });

  it('replaces mentions only in the places the user confirmed, still removing the record and the participation', () => {
    const text = serialiseBackup(tables(), 2, AT);
    const result = rewritten(text, { places: [{ table: 'stakeholders', id: 's1', field: 'notes' }] });
    expect(parseBackup(result.json, 2)).toEqual(
      expected(text, ({ tables: t }) => {
        t.contacts = [t.contacts[1]!];
        t.actions[0]!.participantIds = [OTHER];
        t.stakeholders[0]!.notes = 'Sentire [erased]';
      }),
    );
    expect(parseBackup(rewritten(text, { places: [] }).json, 2)).toEqual(
      expected(text, ({ tables: t }) => {
        t.contacts = [t.contacts[1]!];
        t.actions[0]!.participantIds = [OTHER];
      }),
    );
  });

  it('leaves a copy without the person alone, and keeps an old version’s shape', () => {
    expect(
      eraseFromBackup(
        serialiseBackup(tables({ contacts: [], actions: [], briefings: [], stakeholders: [] }), 2, AT),
        request,
      ),
    ).toEqual({ status: 'not-present', samePerson: [] });
    const { briefings: _briefings, ...version1Tables } = tables();
    const version1 = JSON.stringify({
      format: 'trama-backup',
      formatVersion: 1,
      createdAt: AT,
      schemaVersion: 1,
      tables: version1Tables,
    });
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
      places: [
        'tables.followUps[0].ownerId',
        'tables.meta[1].value.nested[0].deeper',
        'tables.meta[2].key',
        `tables.unknownTable[0].${ID}`,
      ],
    });
    const onlyStrays = JSON.stringify({ format: 'trama-backup', tables: { contacts: [], notes: [ID] } });
    expect(eraseFromBackup(onlyStrays, request)).toEqual({
      status: 'still-present',
      leftovers: { count: 1, places: ['tables.notes[0]'] },
      samePerson: [],
    });
  });

  it('does not take an id that merely begins with the erased one for a leftover', () => {
    const sampleLike = JSON.stringify({
      format: 'trama-backup',
      formatVersion: 1,
      createdAt: AT,
      schemaVersion: 1,
      tables: {
        contacts: [{ id: 'sample-contact-1' }, { id: 'sample-contact-12' }],
        actions: [{ id: 'a', participantIds: ['sample-contact-1', 'sample-contact-10'] }],
      },
    });
    const result = rewritten(sampleLike, { contactId: 'sample-contact-1' });
    expect(result.leftovers).toEqual({ count: 0, places: [] });
    expect(JSON.parse(result.json)).toEqual({
      format: 'trama-backup',
      formatVersion: 1,
      createdAt: AT,
      schemaVersion: 1,
      tables: {
        contacts: [{ id: 'sample-contact-12' }],
        actions: [{ id: 'a', participantIds: ['sample-contact-10'] }],
      },
    });
  });

  it('does not let "__proto__" keys pollute anything, and keeps them as data', () => {
    const text = serialiseBackup(tables(), 2, AT)
      .replace('"notes":"Sentire', '"__proto__":{"polluted":true},"notes":"Sentire')
      .replace('{"format"', '{"__proto__":{"polluted":true},"format"');
    const result = rewritten(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.json.match(/"__proto__":\{"polluted":true\}/g)).toHaveLength(2);
  });

  it('refuses what is not a backup, saying why and whether its raw text holds the person’s id, email or phone', () => {
    expect(eraseFromBackup(`{"format":"trama-backup","tables":{"contacts":[{"id":"${ID}"`, request)).toEqual({
      status: 'unreadable',
      reason: 'not-json',
      traces: ['id'],
    });
    expect(
      eraseFromBackup('{"cut short": "Scrivere a GIOVANNA.esempio@example.org, tel. 0823-000000', request),
    ).toEqual({ status: 'unreadable', reason: 'not-json', traces: ['email', 'phone'] });
    for (const text of [
      'null',
      '[]',
      '"x"',
      '{"format":"other","tables":{}}',
      '{"format":"trama-backup","tables":[]}',
    ]) {
      expect(eraseFromBackup(text, request), text).toEqual({
        status: 'unreadable',
        reason: 'not-a-backup',
        traces: [],
      });
    }
    const deep = JSON.stringify({ format: 'trama-backup', tables: { contacts: [{ id: ID }] } }).replace(
      '}}',
      `,"deep":${'['.repeat(200_000)}${']'.repeat(200_000)}}}`,
    );
    expect(eraseFromBackup(deep, request)).toEqual({ status: 'unreadable', reason: 'too-deep', traces: ['id'] });
  });

  it('tells a result too long for a string from one nested too deep', () => {
    const text = serialiseBackup(tables(), 2, AT);
    const stringify = JSON.stringify;
    vi.spyOn(JSON, 'stringify').mockImplementation((value: unknown, ...rest: unknown[]) => {
      if (typeof value === 'object' && value !== null && 'tables' in value)
        throw new RangeError('Invalid string length');
      return stringify(value, ...(rest as []));
    });
    expect(eraseFromBackup(text, request)).toEqual({
      status: 'unreadable',
      reason: 'too-large',
      traces: ['id', 'email', 'phone'],
    });
  });

  it('rewrites a copy of an older version holding a note far over today’s limit, which it keeps as it was but for the person', () => {
    const note = 'Giovanna Esempio, tel. 0823 000 000. '.repeat(30_000);
    const version1 = JSON.parse(
      serialiseBackup(
        tables({
          relationships: [
            {
              ...base,
              id: 'r1',
              sourceId: 's1',
              targetId: 's2',
              type: 'coordination',
              isDirected: false,
              strength: 2,
              status: 'active',
              since: null,
              until: null,
              notes: note,
            },
          ],
        }),
        1,
        AT,
      ),
    ) as { tables: Record<string, unknown> };
    delete version1.tables.briefings;
    const result = rewritten(JSON.stringify(version1), {
      places: [...CONFIRMED, { table: 'relationships', id: 'r1', field: 'notes' }],
    });
    expect(result.counts.mentions).toBe(60_004);
    expect(result.json).not.toContain('0823');
    expect(
      (JSON.parse(result.json) as { tables: { relationships: Array<{ notes: string }> } }).tables.relationships[0]!
        .notes,
    ).toBe('[erased], tel. [erased]. '.repeat(30_000));
  });
});

describe('a rewritten copy stays restorable (review of issue 13)', () => {
  it('uses the short marker where the marker would not fit, and leaves and reports a mention where nothing fits', () => {
    const al = { ...request, person: { name: 'Al Bo', emails: [], phones: [] }, marker: '[cancellato]' };
    const shortName = Array.from({ length: 8 }, () => 'Al Bo').join(', ');
    const text = serialiseBackup(
      tables({ stakeholders: [{ ...tables().stakeholders[0]!, shortName, website: 'https://al.bo' }] }),
      2,
      AT,
    );
    const places = [
      { table: 'stakeholders', id: 's1', field: 'shortName' },
      { table: 'stakeholders', id: 's1', field: 'website' },
    ];
    const result = rewritten(text, { ...al, places });
    expect(result.mentionsLeft).toEqual([{ table: 'stakeholders', id: 's1', field: 'website' }]);
    expect(parseBackup(result.json, 2)).toEqual(
      expected(text, ({ tables: t }) => {
        t.contacts = [t.contacts[1]!];
        t.actions[0]!.participantIds = [OTHER];
        t.stakeholders[0]!.shortName = Array.from({ length: 8 }, () => '[…]').join(', ');
      }),
    );
  });

  it('keeps a copy of today’s version as it was when the rewrite would not restore, and says why', () => {
    const broken = tables({
      relationships: [
        {
          ...base,
          id: 'r1',
          sourceId: 's1',
          targetId: 's2',
          type: 'coordination',
          isDirected: false,
          strength: 99,
          status: 'active',
          since: null,
          until: null,
          notes: '',
        },
      ],
    });
    const result = eraseFromBackup(serialiseBackup(broken, 2, AT), request);
    expect(result).toMatchObject({ status: 'not-rewritten', reason: 'invalid-records' });
  });

  it('keeps a copy as it was when the desktop would refuse to store the rewrite', () => {
    const noCreationTime = JSON.stringify({
      format: 'trama-backup',
      formatVersion: 1,
      schemaVersion: 1,
      tables: { contacts: [{ id: ID, name: 'Giovanna Esempio' }] },
    });
    expect(eraseFromBackup(noCreationTime, request)).toEqual({ status: 'not-rewritten', reason: 'no-creation-time' });
  });
});

describe('what a copy itself says about the person (review of issue 13)', () => {
  it('also looks for the emails and phones of the person’s record in the copy, and lists other records sharing one as “same person?”', () => {
    const base2 = tables();
    const own = {
      ...base2.contacts[0]!,
      emails: ['g.esempio@old.example.org'],
      phones: ['+39 0823 000 000', '333 111 2222'],
    };
    const twin = { ...base2.contacts[1]!, id: 'twin', name: 'G. Esempio', role: '', phones: ['3331112222'] };
    const text = serialiseBackup(
      {
        ...base2,
        contacts: [own, base2.contacts[1]!, twin],
        stakeholders: [
          { ...base2.stakeholders[0]!, notes: 'Vecchia email g.esempio@old.example.org, cell. 333 111 2222' },
        ],
      },
      2,
      AT,
    );
    const result = rewritten(text, { places: [{ table: 'stakeholders', id: 's1', field: 'notes' }] });
    // The mobile is also the other record's: it is not taken out, and that record is named.
    expect(parseBackup(result.json, 2).tables.stakeholders[0]!.notes).toBe(
      'Vecchia email [erased], cell. 333 111 2222',
    );
    expect(result.samePerson).toEqual([{ id: 'twin', name: 'G. Esempio' }]);
  });

  it('takes a pending person out knowing only their id: the name, emails and phones come from the copy', () => {
    const text = serialiseBackup(tables(), 2, AT);
    const result = rewritten(text, {
      person: { name: '', emails: [], phones: [] },
      places: [{ table: 'briefings', id: 'b1', field: 'agenda' }],
    });
    expect(parseBackup(result.json, 2).tables.briefings[0]!.agenda).toBe('1. [erased] ([erased])');
  });

  it('does not count the installation’s own lists of erased and pending ids as leftovers', () => {
    const text = serialiseBackup(
      tables({
        meta: [
          { key: ERASED_CONTACTS_META_KEY, value: [ID] },
          { key: COPIES_PENDING_META_KEY, value: [{ contactId: ID, places: [] }] },
        ],
      }),
      2,
      AT,
    );
    expect(rewritten(text).leftovers).toEqual({ count: 0, places: [] });
  });
});

describe('an id found in text', () => {
  it('is whole: a full stop ends it only when no id character follows', () => {
    expect(holdsId('see sample-contact-1.', 'sample-contact-1')).toBe(true);
    expect(holdsId('sample-contact-1.5', 'sample-contact-1')).toBe(false);
    expect(holdsId('x.sample-contact-1', 'sample-contact-1')).toBe(false);
    expect(holdsId('(sample-contact-1)', 'sample-contact-1')).toBe(true);
    expect(holdsId('a.b', 'a.b')).toBe(true);
  });
});
