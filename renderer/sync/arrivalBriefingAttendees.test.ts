import { describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../test/support/builders';
import { bridge, handSyncedLaptops, replicate, syncBoth } from '../../test/support/handSyncedLaptops';
import { findDanglingReferences } from '../db/danglingReferences';
import { createBriefing, updateBriefing } from '../db/repositories/briefings';
import { createStakeholder, deleteStakeholders } from '../db/repositories/stakeholders';
import { afterDeletions } from './referencedDocs';
import type { SyncedRecord } from '../../shared/sync/syncDocs';

// A briefing arriving that names a stakeholder deleted here (inboundReferences.ts) takes the
// deletion's cascade as the app's own deletion does (cascade.ts): when the last stakeholder it
// was made for is gone, those added by hand become its list, and the briefing stays.

const side = handSyncedLaptops();

describe('a briefing arriving whose last source stakeholder was deleted here', () => {
  it('keeps those a teammate added by hand as its list, on every laptop', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    const cas = await createStakeholder(a.db, stakeholderInput({ name: 'CAS Caserta' }));
    const briefing = await createBriefing(a.db, {
      title: 'Incontro con la ASL',
      source: { kind: 'stakeholders', stakeholderIds: [asl.id] },
    });
    await syncBoth(a, b);
    // Offline, Marco adds the CAS by hand and types an agenda while Anna deletes the ASL.
    await updateBriefing(b.db, briefing.id, { addedStakeholderIds: [cas.id], agenda: 'Posti in accoglienza' });
    await deleteStakeholders(a.db, [asl.id]);
    await bridge(a);
    await bridge(b);
    await replicate(a, b);
    await bridge(a);
    for (let round = 0; round < 2; round++) await syncBoth(a, b);

    const held = await Promise.all([a, b].map(async (laptop) => laptop.db.briefings.get(briefing.id)));
    expect(
      held[0],
      'the briefing Marco added an attendee to was dropped on arrival with the ASL: his agenda is lost',
    ).toMatchObject({
      source: { kind: 'stakeholders', stakeholderIds: [cas.id] },
      addedStakeholderIds: [],
      agenda: 'Posti in accoglienza',
    });
    expect(held[1], 'Marco’s briefing differs from Anna’s').toEqual(held[0]);
    for (const laptop of [a, b]) expect(await findDanglingReferences(laptop.db), laptop.member).toEqual([]);
  });
});

describe('the cascade a synced record takes', () => {
  const record = (fields: object) =>
    ({
      id: 'b1',
      title: 'Incontro',
      source: { kind: 'stakeholders', stakeholderIds: ['asl'] },
      addedStakeholderIds: ['cas', 'sai'],
      removedStakeholderIds: ['asl'],
      ...fields,
    }) as unknown as SyncedRecord;
  const goneOf =
    (...ids: string[]) =>
    (docId: string) =>
      ids.some((id) => docId === `stakeholders:${id}`);

  it('moves the stakeholders added by hand into the list left empty', () => {
    const after = afterDeletions('briefings', record({}), goneOf('asl'));
    expect(after.cannotLive).toEqual([]);
    expect(after.record).toMatchObject({
      source: { kind: 'stakeholders', stakeholderIds: ['cas', 'sai'] },
      addedStakeholderIds: [],
      removedStakeholderIds: [],
    });
  });

  it('leaves out those added by hand that are gone too, and cannot keep a briefing with none left', () => {
    expect(afterDeletions('briefings', record({}), goneOf('asl', 'sai')).record).toMatchObject({
      source: { kind: 'stakeholders', stakeholderIds: ['cas'] },
      addedStakeholderIds: [],
    });
    expect(afterDeletions('briefings', record({}), goneOf('asl', 'sai', 'cas')).cannotLive).toEqual([
      { field: 'source', table: 'stakeholders' },
    ]);
  });
});
