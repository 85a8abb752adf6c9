import { act, fireEvent, renderHook, screen, waitFor, within } from '@testing-library/react';
import Dexie from 'dexie';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contactInput, stakeholderInput } from '../../test/support/builders';
import { NotificationsProvider } from '../app/notifications/NotificationsProvider';
import { db } from '../db/db';
import { importStakeholders } from '../db/importStakeholders';
import { createContact } from '../db/repositories/contacts';
import { createStakeholder, updateStakeholder } from '../db/repositories/stakeholders';
import { emptyChange, recordCreated } from '../db/undo';
import { I18nProvider } from '../i18n/I18nProvider';
import type * as UndoModule from '../db/undo';
import { useUndoableChange } from './useUndoableChange';

// Undo runs as the app runs it; a test may hold it at its start to see what is shown meanwhile.
const undoGate = vi.hoisted(() => ({ wait: null as Promise<void> | null }));
vi.mock('../db/undo', async (importOriginal) => {
  const original = await importOriginal<typeof UndoModule>();
  return {
    ...original,
    undoChange: async (...args: Parameters<typeof original.undoChange>) => {
      await undoGate.wait;
      return original.undoChange(...args);
    },
  };
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  undoGate.wait = null;
  await Promise.all(db.tables.map((table) => table.clear()));
});

function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>{children}</NotificationsProvider>
    </I18nProvider>
  );
}

describe('a change made with Undo offered', () => {
  it('says what was done and offers Undo', async () => {
    const { result } = renderHook(() => useUndoableChange(), { wrapper: Providers });
    let isDone = false;
    await act(async () => {
      isDone = await result.current('Programme deleted.', () => Promise.resolve(emptyChange()));
    });
    expect(isDone).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('Programme deleted.');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('tells the failure instead and says it did not go through', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { result } = renderHook(() => useUndoableChange(), { wrapper: Providers });
    let isDone = true;
    await act(async () => {
      isDone = await result.current('Programme deleted.', () => Promise.reject(new Error('database closed')));
    });
    expect(isDone).toBe(false);
    expect(screen.getByRole('alert').textContent).toContain('database closed');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});

describe('Undo after later edits', () => {
  /** Two stakeholders added as one change, in one transaction, the way an import adds them. */
  async function addTwoWithUndo(changeWithUndo: ReturnType<typeof useUndoableChange>) {
    const ids: string[] = [];
    await changeWithUndo('2 stakeholders added.', () =>
      db.transaction('rw', db.stakeholders, async () => {
        const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' }));
        const cas = await createStakeholder(db, stakeholderInput({ name: 'CAS Tiburtino' }));
        ids.push(asl.id, cas.id);
        const change = emptyChange();
        recordCreated(change, 'stakeholders', ids);
        return change;
      }),
    );
    return ids as [string, string];
  }

  it('says which records changed since and, when asked, undoes only the rest', async () => {
    const { result } = renderHook(() => useUndoableChange(), { wrapper: Providers });
    let ids: [string, string] = ['', ''];
    await act(async () => {
      ids = await addTwoWithUndo(result.current);
    });
    const later = await createContact(db, contactInput(ids[0], { name: 'Marco Nuovo' }));

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    const dialog = await screen.findByRole('dialog', { name: 'This change cannot be fully undone' });
    expect(dialog.textContent).toContain(
      'Some records were changed after this change, or newer records now refer to them.',
    );
    expect(dialog.textContent).toContain('ASL Roma 1 (Stakeholder): referred to later by Marco Nuovo (Contact person)');
    expect(dialog.textContent).toContain('You can undo the rest (1 record)');
    expect(await db.stakeholders.count()).toBe(2);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Undo the rest' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Undone, except 1 record that stays as it is now.'),
    );
    expect(await db.stakeholders.get(ids[0])).toBeDefined();
    expect(await db.stakeholders.get(ids[1])).toBeUndefined();
    expect(await db.contacts.get(later.id)).toBeDefined();
  });

  it('changes nothing when the user cancels', async () => {
    const { result } = renderHook(() => useUndoableChange(), { wrapper: Providers });
    let ids: [string, string] = ['', ''];
    await act(async () => {
      ids = await addTwoWithUndo(result.current);
    });
    await createContact(db, contactInput(ids[0], { name: 'Marco Nuovo' }));

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    const dialog = await screen.findByRole('dialog', { name: 'This change cannot be fully undone' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await db.stakeholders.count()).toBe(2);
  });

  it('offers only to close when nothing can be undone safely', async () => {
    const { result } = renderHook(() => useUndoableChange(), { wrapper: Providers });
    let id = '';
    await act(async () => {
      await result.current('1 stakeholder added.', () =>
        db.transaction('rw', db.stakeholders, async () => {
          id = (await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' }))).id;
          const change = emptyChange();
          recordCreated(change, 'stakeholders', [id]);
          return change;
        }),
      );
    });
    await createContact(db, contactInput(id, { name: 'Marco Nuovo' }));

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    const dialog = await screen.findByRole('dialog', { name: 'This change cannot be fully undone' });
    expect(dialog.textContent).toContain('Nothing else can be undone');
    expect(within(dialog).queryByRole('button', { name: 'Undo the rest' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await db.stakeholders.get(id)).toBeDefined();
  });
});

describe('Undo while it runs, and when it cannot run', () => {
  it('says "Undoing…" while it runs, then that it is done', async () => {
    const { result } = renderHook(() => useUndoableChange(), { wrapper: Providers });
    await act(async () => {
      await result.current('1 stakeholder added.', () =>
        db.transaction('rw', db.stakeholders, async () => {
          const change = emptyChange();
          recordCreated(change, 'stakeholders', [
            (await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' }))).id,
          ]);
          return change;
        }),
      );
    });
    let release = () => undefined as void;
    undoGate.wait = new Promise<void>((resolve) => (release = resolve));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Undoing…'));
    expect(await db.stakeholders.count()).toBe(1);
    await act(async () => release());
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Undone.'));
    expect(await db.stakeholders.count()).toBe(0);
  });

  it('says so when a change cannot be checked against later edits, and undoes nothing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { result } = renderHook(() => useUndoableChange(), { wrapper: Providers });
    const row = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' }));
    await db.stakeholders.delete(row.id);
    // Written outside one transaction: no record of how it left the rows.
    await act(async () => {
      await result.current('1 stakeholder added.', async () => {
        await db.stakeholders.add(row);
        const change = emptyChange();
        recordCreated(change, 'stakeholders', [row.id]);
        return change;
      });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'This change can no longer be undone safely, so nothing was undone.',
      ),
    );
    expect(await db.stakeholders.get(row.id)).toBeDefined();
  });
});

describe('Undo after an edit saved while the change ran', () => {
  it('names the edit and leaves it, instead of taking it as part of the change', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const prefettura = await createStakeholder(db, stakeholderInput({ name: 'Prefettura' }));
    const anna = await createContact(db, contactInput(prefettura.id, { name: 'Anna Prova' }));
    const { result } = renderHook(() => useUndoableChange(), { wrapper: Providers });
    let userEdit: Promise<unknown> | undefined;
    await act(async () => {
      await result.current('1 stakeholder updated.', async () => {
        const imported = await importStakeholders(
          db,
          [
            {
              rowNumber: 2,
              name: 'Prefettura (import)',
              status: 'update',
              reasons: [],
              stakeholder: stakeholderInput({ name: 'Prefettura (import)' }),
              existingId: prefettura.id,
              contact: null,
              overLimit: [],
              roundedNumbers: [],
            },
          ],
          (share) => {
            if (share !== 1 || userEdit) return;
            // A minute later, so that its updatedAt differs from the import's.
            vi.setSystemTime(Date.now() + 60_000);
            userEdit = Dexie.ignoreTransaction(() =>
              updateStakeholder(db, prefettura.id, stakeholderInput({ name: 'Prefettura – user edit' })),
            );
          },
        );
        return imported.change;
      });
      await userEdit;
    });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    const dialog = await screen.findByRole('dialog', { name: 'This change cannot be fully undone' });
    expect(dialog.textContent).toContain('Prefettura – user edit (Stakeholder): changed after this change');
    expect((await db.stakeholders.get(prefettura.id))?.name).toBe('Prefettura – user edit');
    expect(await db.contacts.get(anna.id)).toEqual(anna);
  });
});
