import { describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../test/support/builders';
import { databasePerTest } from '../../test/support/databasePerTest';
import { LAST_AUTO_BACKUP_META_KEY } from '../db/autoBackup';
import { createBriefing } from '../db/repositories/briefings';
import { META_KEYS, writeMeta } from '../db/repositories/meta';
import { createProgramme } from '../db/repositories/organisation';
import { createStakeholder } from '../db/repositories/stakeholders';
import { briefingsNewestFirst, findBriefing } from './briefingQueries';
import { readAppState, readLastAutomaticBackupDay } from './metaQueries';
import { programmeNames } from './organisationQueries';

const database = databasePerTest();

describe('the app state', () => {
  it('asks for onboarding only while nothing was chosen and nothing recorded', async () => {
    const db = database();
    expect(await readAppState(db)).toEqual({ isOnboarded: false, hasSample: false });
    await createStakeholder(db, stakeholderInput());
    expect(await readAppState(db)).toEqual({ isOnboarded: true, hasSample: false });
    await db.stakeholders.clear();
    await writeMeta(db, META_KEYS.onboarded, true);
    await writeMeta(db, META_KEYS.sample, { loadedOn: '2026-01-01', stakeholderCount: 0 });
    expect(await readAppState(db)).toEqual({ isOnboarded: true, hasSample: true });
  });
});

describe('the day of the last automatic backup', () => {
  it('is null when there was none, or when what is stored is not a day', async () => {
    const db = database();
    expect(await readLastAutomaticBackupDay(db)).toBeNull();
    await writeMeta(db, LAST_AUTO_BACKUP_META_KEY, { __proto__: { polluted: true } });
    expect(await readLastAutomaticBackupDay(db)).toBeNull();
    await writeMeta(db, LAST_AUTO_BACKUP_META_KEY, '2026-03-04');
    expect(await readLastAutomaticBackupDay(db)).toBe('2026-03-04');
  });
});

describe('the briefing and programme queries', () => {
  it('list briefings, the last changed first, and find one or say null', async () => {
    const db = database();
    const older = await createBriefing(db, {
      title: 'Tavolo Campania',
      source: { kind: 'region', region: 'campania' },
      agenda: '',
    });
    const newer = await createBriefing(db, {
      title: 'Tavolo Lazio',
      source: { kind: 'region', region: 'lazio' },
      agenda: '',
    });
    await db.briefings.update(older.id, { updatedAt: '2020-01-01T00:00:00.000Z' });
    expect((await briefingsNewestFirst(db)).map((briefing) => briefing.id)).toEqual([newer.id, older.id]);
    expect(await findBriefing(db, newer.id)).toEqual(newer);
    expect(await findBriefing(db, 'gone')).toBeNull();
  });

  it('name the programmes that exist among the ids, in their order', async () => {
    const db = database();
    const lazio = await createProgramme(db, { name: 'FAMI Lazio' });
    const sicilia = await createProgramme(db, { name: 'FAMI Sicilia' });
    expect(await programmeNames(db, [sicilia.id, 'gone', lazio.id])).toEqual(['FAMI Sicilia', 'FAMI Lazio']);
  });
});
