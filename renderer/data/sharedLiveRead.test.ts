import { describe, expect, it, vi } from 'vitest';
import { stakeholderInput } from '../../test/support/builders';
import { databasePerTest } from '../../test/support/databasePerTest';
import type { TramaDatabase } from '../db/db';
import { createStakeholder } from '../db/repositories/stakeholders';
import { sharedLiveRead } from './sharedLiveRead';

const database = databasePerTest();

/** A query that says how many times it ran: the rows read. */
function countedNames() {
  const runs = { count: 0 };
  const read = sharedLiveRead(async (db: TramaDatabase) => {
    runs.count += 1;
    return (await db.stakeholders.toArray()).map((stakeholder) => stakeholder.name).sort();
  });
  return { runs, read };
}

const aTaskLater = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a live read shared by its watchers', () => {
  it('reads once for every watcher of a database, and follows its changes for all of them', async () => {
    const db = database();
    await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
    const { runs, read } = countedNames();
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = read(db).subscribe(first);
    await vi.waitFor(() => expect(first).toHaveBeenLastCalledWith(['ASL Caserta']));
    const stopSecond = read(db).subscribe(second);
    // The second watcher gets the answer there already, without a read of its own.
    expect(second).toHaveBeenLastCalledWith(['ASL Caserta']);
    expect(runs.count).toBe(1);

    await createStakeholder(db, stakeholderInput({ name: 'CAS Aversa' }));
    await vi.waitFor(() => expect(second).toHaveBeenLastCalledWith(['ASL Caserta', 'CAS Aversa']));
    expect(first).toHaveBeenLastCalledWith(['ASL Caserta', 'CAS Aversa']);
    expect(runs.count).toBe(2);
    stopFirst();
    stopSecond();
  });

  it('held before its screen exists, hands its answer to the screen at once; stopped, a later watcher reads afresh', async () => {
    const db = database();
    await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
    const { runs, read } = countedNames();
    read(db).holdFor(60_000);
    await vi.waitFor(() => expect(read(db).hasValue()).toBe(true));
    expect(read(db).getValue()).toEqual(['ASL Caserta']);

    const screen = vi.fn();
    const leave = read(db).subscribe(screen);
    expect(screen).toHaveBeenCalledWith(['ASL Caserta']);
    expect(runs.count).toBe(1);
    // The hold is over once the screen watches: when the screen leaves, the read stops (a task later).
    leave();
    expect(read(db).hasValue()).toBe(true);
    await aTaskLater();
    expect(read(db).hasValue()).toBe(false);

    await createStakeholder(db, stakeholderInput({ name: 'CAS Aversa' }));
    expect(runs.count).toBe(1);
    const later = vi.fn();
    const stop = read(db).subscribe(later);
    await vi.waitFor(() => expect(later).toHaveBeenLastCalledWith(['ASL Caserta', 'CAS Aversa']));
    expect(runs.count).toBe(2);
    stop();
  });

  it('keeps its read for a watcher that leaves and comes back at once, and gives up a hold nobody took over', async () => {
    const db = database();
    await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
    const { runs, read } = countedNames();
    const watcher = vi.fn();
    read(db).subscribe(watcher)();
    const stop = read(db).subscribe(watcher);
    await vi.waitFor(() => expect(watcher).toHaveBeenLastCalledWith(['ASL Caserta']));
    await aTaskLater();
    expect(read(db).hasValue()).toBe(true);
    expect(runs.count).toBe(1);
    // A hold nobody takes over ends by itself, and with it the read (timers faked once the read is up).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      read(db).holdFor(30_000);
      stop();
      vi.advanceTimersByTime(1);
      expect(read(db).hasValue()).toBe(true);
      vi.advanceTimersByTime(30_000);
      expect(read(db).hasValue()).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
