import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../test/support/databasePerTest';
import { createProgramme, createStaffMember } from '../db/repositories/organisation';
import { findRecord, listRecords, recordName } from './recordQueries';

const database = databasePerTest();

describe('the queries of any plain table', () => {
  it('list records by their name as people read it, numbers in order, case aside', async () => {
    const db = database();
    for (const name of ['ASL 10', 'asl 2', 'Zeta', 'ASL 1']) await createStaffMember(db, { name });
    expect((await listRecords(db, 'staff')).map((member) => member.name)).toEqual(['ASL 1', 'asl 2', 'ASL 10', 'Zeta']);
  });

  it('name a record by its first name field that is not empty', async () => {
    const db = database();
    const short = await createProgramme(db, { name: 'PsychCare 2', shortName: 'PC2' });
    const long = await createProgramme(db, { name: 'AMIF Basilicata', shortName: '  ' });
    expect(recordName('programmes', short)).toBe('PC2');
    expect(recordName('programmes', long)).toBe('AMIF Basilicata');
    expect(recordName('relationships', { id: 'r1' })).toBe('');
  });

  it('find a record, or say null for an id that is not there (hostile ones too)', async () => {
    const db = database();
    const member = await createStaffMember(db, { name: 'Giulia' });
    expect(await findRecord(db, 'staff', member.id)).toEqual(member);
    for (const id of ['missing', '__proto__', 'constructor', ''.padEnd(5000, 'x')])
      expect(await findRecord(db, 'staff', id)).toBeNull();
  });
});
