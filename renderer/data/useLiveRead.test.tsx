import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../test/support/builders';
import { databasePerTest } from '../../test/support/databasePerTest';
import { db as appDatabase } from '../db/db';
import { createStakeholder } from '../db/repositories/stakeholders';
import { DatabaseContext } from './useDatabase';
import { useStakeholder, useStakeholders, useStakeholdersByIds } from './useStakeholderQueries';

const database = databasePerTest();
afterEach(async () => {
  await appDatabase.stakeholders.clear();
});

/** The first live query of a cold run can take a while to answer. */
const FIRST_ANSWER = { timeout: 5000 };

function Names() {
  const stakeholders = useStakeholders();
  return (
    <p data-testid="names">
      {stakeholders === undefined
        ? 'loading'
        : stakeholders
            .map((stakeholder) => stakeholder.name)
            .sort()
            .join(', ') || 'none'}
    </p>
  );
}

function One({ id }: { id: string }) {
  const stakeholder = useStakeholder(id);
  return (
    <p data-testid="one">
      {stakeholder === undefined ? 'loading' : stakeholder === null ? 'missing' : stakeholder.name}
    </p>
  );
}

function ByIds({ ids }: { ids: readonly string[] }) {
  const stakeholders = useStakeholdersByIds(ids);
  return (
    <p data-testid="by-ids">
      {stakeholders === undefined ? 'loading' : stakeholders.map((stakeholder) => stakeholder?.name ?? '—').join(' | ')}
    </p>
  );
}

describe('the live hooks of the data layer', () => {
  it('read the database given above them, not the app’s, and follow its changes', async () => {
    const db = database();
    await createStakeholder(appDatabase, stakeholderInput({ name: 'Only in the app database' }));
    await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
    render(
      <DatabaseContext.Provider value={db}>
        <Names />
      </DatabaseContext.Provider>,
    );
    expect((await screen.findByText('ASL Caserta', undefined, FIRST_ANSWER)).dataset.testid).toBe('names');
    await act(() => createStakeholder(db, stakeholderInput({ name: 'Comune di Aversa' })));
    expect((await screen.findByText('ASL Caserta, Comune di Aversa')).dataset.testid).toBe('names');
  });

  it('read again when the ids change, even to ids that join into the same text', async () => {
    const db = database();
    // Ids as a restored backup may hold them: any text up to 64 characters.
    const template = await createStakeholder(db, stakeholderInput());
    await db.stakeholders.bulkAdd([
      { ...template, id: 'a\u0000b', name: 'Joined' },
      { ...template, id: 'a', name: 'First' },
      { ...template, id: 'b', name: 'Second' },
    ]);
    const { rerender } = render(
      <DatabaseContext.Provider value={db}>
        <ByIds ids={['a\u0000b']} />
      </DatabaseContext.Provider>,
    );
    await screen.findByText('Joined', undefined, FIRST_ANSWER);
    rerender(
      <DatabaseContext.Provider value={db}>
        <ByIds ids={['a', 'b']} />
      </DatabaseContext.Provider>,
    );
    expect((await screen.findByText('First | Second')).dataset.testid).toBe('by-ids');
  });

  it('say null once a record is known to be missing', async () => {
    render(
      <DatabaseContext.Provider value={database()}>
        <One id="__proto__" />
      </DatabaseContext.Provider>,
    );
    expect((await screen.findByText('missing', undefined, FIRST_ANSWER)).dataset.testid).toBe('one');
  });
});
