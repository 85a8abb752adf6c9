import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stakeholderInput } from '../../test/support/builders';
import { databasePerTest } from '../../test/support/databasePerTest';
import { createStakeholder, patchStakeholder } from '../db/repositories/stakeholders';
import { DatabaseContext } from './useDatabase';
import { useRecordHistory } from './useHistoryQueries';

const database = databasePerTest();

/** The page's idle moments, held until the test lets them come. */
let idleCallbacks: Array<() => void> = [];
beforeEach(() => {
  idleCallbacks = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idleCallbacks.push(callback));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** The first live query of a cold run can take a while to answer. */
const FIRST_ANSWER = { timeout: 5000 };
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));
/** Lets the page's next idle moments come, once the re-read has asked for one (it waits a moment after the write first). */
async function beIdle() {
  await vi.waitFor(() => expect(idleCallbacks.length).toBeGreaterThan(0), { timeout: 2_000 });
  await act(async () => {
    for (const idle of idleCallbacks.splice(0)) idle();
  });
}

function Changes({ id }: { id: string }) {
  const history = useRecordHistory('stakeholders', id, 50);
  return <p data-testid="changes">{history === undefined ? 'loading' : `${history.total} entries`}</p>;
}

describe('a record’s history, kept up to date', () => {
  it('is read at once, and read again after an edit only once the page is idle (the edit itself shows first)', async () => {
    const db = database();
    const stakeholder = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
    render(
      <DatabaseContext.Provider value={db}>
        <Changes id={stakeholder.id} />
      </DatabaseContext.Provider>,
    );
    expect(await screen.findByText('1 entries', undefined, FIRST_ANSWER)).toBeTruthy();

    await patchStakeholder(db, stakeholder.id, { name: 'ASL Caserta Nord' });
    await settle();
    expect(screen.getByTestId('changes').textContent).toBe('1 entries');

    await beIdle();
    expect(await screen.findByText('2 entries', undefined, FIRST_ANSWER)).toBeTruthy();

    // Read after a wait, the history is still followed: the next edit wakes it again.
    await patchStakeholder(db, stakeholder.id, { name: 'ASL Caserta Sud' });
    await settle();
    await beIdle();
    expect(await screen.findByText('3 entries', undefined, FIRST_ANSWER)).toBeTruthy();
  });
});
