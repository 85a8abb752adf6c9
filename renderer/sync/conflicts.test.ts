import { afterEach, describe, expect, it } from 'vitest';
import { memoryPouchDatabase } from '../../test/support/memoryPouch';
import { stakeholderSchema } from '../../shared/domain/stakeholder';
import { syncDocBody } from '../../shared/sync/syncDocs';
import { readConflict, resolveConflict, SHOWN_VERSIONS } from './conflicts';
import type { PouchDatabase } from './pouchdb';

const opened: PouchDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((local) => local.destroy()));
});

const DOC_ID = 'stakeholders:s-1';
const NOW = new Date('2026-12-06T12:00:00.000Z');
const record = stakeholderSchema.parse({
  id: 's-1',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  name: 'ASL Roma 1',
  categoryId: 'local-health-authority',
  level: 'local',
  region: 'lazio',
  sector: 'health',
  influence: 3,
  interest: 3,
  attitude: 'supporter',
  guidelinesStage: 'aware',
});

/** A document with one first-generation revision per body: every one but the winner in conflict. */
async function conflicted(bodies: object[]): Promise<PouchDatabase> {
  const local = memoryPouchDatabase();
  opened.push(local);
  const docs = bodies.map((body, index) => {
    const hash = index.toString(16).padStart(32, '0');
    return { _id: DOC_ID, _rev: `1-${hash}`, _revisions: { start: 1, ids: [hash] }, ...body };
  });
  await local.bulkDocs(docs, { new_edits: false });
  return local;
}

const version = (influence: number) =>
  syncDocBody('stakeholders', { ...record, influence }, `member-${influence}`, '2026-12-02T10:00:00.000Z');

describe('a record in conflict', () => {
  it('shows a few versions of many, and its resolution replaces them all', async () => {
    const local = await conflicted(Array.from({ length: 30 }, (_, index) => version((index % 5) + 1)));
    const conflict = await readConflict(local, DOC_ID);
    expect(conflict?.versions).toHaveLength(SHOWN_VERSIONS);
    expect(conflict?.unshown).toBe(30 - SHOWN_VERSIONS);
    expect(conflict?.revisions).toHaveLength(30);
    expect(await resolveConflict(local, conflict!, { kind: 'keep', version: 0 }, 'anna', NOW)).toEqual({ ok: true });
    expect(await readConflict(local, DOC_ID)).toBeNull();
    const resolved = await local.get(DOC_ID, { conflicts: true });
    expect(resolved).toMatchObject({ changedBy: 'anna', changedAt: NOW.toISOString() });
    expect(resolved._conflicts ?? []).toEqual([]);
  });

  it('sets an invalid version aside, and its resolution removes it too', async () => {
    const local = await conflicted([version(2), { table: 'stakeholders', record: { id: 's-1', name: '' } }]);
    const conflict = await readConflict(local, DOC_ID);
    expect(conflict?.versions).toHaveLength(1);
    expect(conflict?.setAside).toEqual([
      { rev: expect.any(String), rejection: expect.objectContaining({ reason: 'invalid-record' }) },
    ]);
    expect(await resolveConflict(local, conflict!, { kind: 'keep', version: 0 }, 'anna', NOW)).toEqual({ ok: true });
    expect(await readConflict(local, DOC_ID)).toBeNull();
  });

  it('refuses a resolution of versions that changed since they were listed, and one already made', async () => {
    const local = await conflicted([version(2), version(4)]);
    const listed = (await readConflict(local, DOC_ID))!;
    const hash = 'f'.repeat(32);
    await local.bulkDocs([{ _id: DOC_ID, _rev: `1-${hash}`, _revisions: { start: 1, ids: [hash] }, ...version(5) }], {
      new_edits: false,
    });
    expect(await resolveConflict(local, listed, { kind: 'keep', version: 1 }, 'anna', NOW)).toEqual({
      ok: false,
      reason: 'changed-meanwhile',
    });
    const relisted = (await readConflict(local, DOC_ID))!;
    expect(await resolveConflict(local, relisted, { kind: 'keep', version: 1 }, 'anna', NOW)).toEqual({ ok: true });
    expect(await resolveConflict(local, relisted, { kind: 'keep', version: 1 }, 'anna', NOW)).toEqual({
      ok: false,
      reason: 'resolved-already',
    });
  });

  it('refuses a resolution whose record its schema refuses, writing nothing', async () => {
    const local = await conflicted([version(2), version(4)]);
    const listed = (await readConflict(local, DOC_ID))!;
    const outcome = await resolveConflict(
      local,
      listed,
      { kind: 'fields', choices: { influence: { kind: 'both' } } },
      'anna',
      NOW,
    );
    expect(outcome).toEqual({
      ok: false,
      reason: 'invalid',
      problems: [{ kind: 'cannot-keep-both', field: 'influence' }],
    });
    expect((await readConflict(local, DOC_ID))?.revisions).toEqual(listed.revisions);
  });
});
