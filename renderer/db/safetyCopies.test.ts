import { afterEach, describe, expect, it } from 'vitest';
import { completeSafetyCopy, KEPT_SAFETY_COPIES, listSafetyCopies, listSafetyCopySummaries, readSafetyCopy, replaceSafetyCopy, saveSafetyCopy } from './safetyCopies';

// The browser's copies of the data taken before a restore: none identical to the one before,
// none pushed out by restores that were cancelled or failed, and none removed unsaid.

const name = `test-safety-${crypto.randomUUID()}`;
afterEach(async () => {
  indexedDB.deleteDatabase(name);
});

/** Backup text as Trama writes it: the same data taken at two times differs only in `createdAt`. */
const backupText = (data: string, createdAt = '2026-03-02T10:00:00.000Z') =>
  `{"format":"trama-backup","formatVersion":1,"createdAt":"${createdAt}","schemaVersion":2,"tables":{"note":"${data}"}}`;

const save = (data: string, createdAt = '2026-03-02T10:00:00.000Z') => saveSafetyCopy({ createdAt, reason: 'before-restore', json: backupText(data, createdAt) }, name);

describe('a copy taken before a restore', () => {
  it('is not saved again when the data is the same as in the newest copy, whatever the time it was taken', async () => {
    const first = await save('data as it was', '2026-03-02T10:00:00.000Z');
    const again = await save('data as it was', '2026-03-02T10:05:00.000Z');
    expect(again).toMatchObject({ id: first.id, isNew: false });
    expect(await listSafetyCopies(name)).toHaveLength(1);
    expect((await save('changed since')).isNew).toBe(true);
  });

  it('taken for restores that were cancelled or failed never pushes out a copy kept for a restore that happened', async () => {
    for (let index = 0; index < KEPT_SAFETY_COPIES; index += 1) await completeSafetyCopy((await save(`restored ${index}`)).id, name);
    for (let index = 0; index < KEPT_SAFETY_COPIES + 3; index += 1) await save(`cancelled ${index}`);
    const summaries = await listSafetyCopySummaries(name);
    expect(summaries.filter((copy) => copy.state === 'kept')).toHaveLength(KEPT_SAFETY_COPIES);
    expect(summaries.filter((copy) => copy.state === 'attempt').length).toBeLessThanOrEqual(KEPT_SAFETY_COPIES);
  });

  it('of cancelled restores is kept until a restore completes; then the oldest beyond the limit go, and each removal is told', async () => {
    const kept = [];
    for (let index = 0; index < KEPT_SAFETY_COPIES; index += 1) {
      const saved = await save(`restored ${index}`, `2026-03-0${index + 1}T10:00:00.000Z`);
      kept.push(saved.id);
      expect((await completeSafetyCopy(saved.id, name)).pruned).toEqual([]);
    }
    const cancelled = await save('cancelled', '2026-03-07T10:00:00.000Z');
    const restored = await save('restored at last', '2026-03-08T10:00:00.000Z');
    const { pruned } = await completeSafetyCopy(restored.id, name);
    expect(pruned).toEqual([
      { id: cancelled.id, createdAt: '2026-03-07T10:00:00.000Z', state: 'attempt' },
      { id: kept[0], createdAt: '2026-03-01T10:00:00.000Z', state: 'kept' },
    ]);
    expect((await listSafetyCopySummaries(name)).map((copy) => copy.id)).toEqual([restored.id, ...kept.slice(1).reverse()]);
  });

  it('is listed newest first with its time, size and state, without reading its text', async () => {
    const saved = await save('é', '2026-03-02T10:00:00.000Z');
    expect(await listSafetyCopySummaries(name)).toEqual([{ id: saved.id, createdAt: '2026-03-02T10:00:00.000Z', sizeBytes: new TextEncoder().encode(backupText('é')).length, state: 'attempt' }]);
  });

  it('rewritten by an erasure is told apart from the data it held before', async () => {
    const saved = await save('with the person');
    await replaceSafetyCopy(saved.id, backupText('without the person'), name);
    expect((await readSafetyCopy(saved.id, name))?.json).toBe(backupText('without the person'));
    expect((await save('with the person')).isNew).toBe(true);
  });
});
