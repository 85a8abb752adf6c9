import { act, fireEvent, renderHook, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { contactInput, stakeholderInput } from '../../test/support/builders';
import { NotificationsProvider } from '../app/notifications/NotificationsProvider';
import { db } from '../db/db';
import { createContact } from '../db/repositories/contacts';
import { createStakeholder } from '../db/repositories/stakeholders';
import { emptyChange, recordCreated } from '../db/undo';
import { I18nProvider } from '../i18n/I18nProvider';
import { useUndoableChange } from './useUndoableChange';

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.open = false;
  };
});

afterEach(async () => {
  vi.restoreAllMocks();
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
  /** Two stakeholders added as one change, the way an import adds them. */
  async function addTwoWithUndo(changeWithUndo: ReturnType<typeof useUndoableChange>) {
    const ids: string[] = [];
    await changeWithUndo('2 stakeholders added.', async () => {
      const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' }));
      const cas = await createStakeholder(db, stakeholderInput({ name: 'CAS Tiburtino' }));
      ids.push(asl.id, cas.id);
      const change = emptyChange();
      recordCreated(change, 'stakeholders', ids);
      return change;
    });
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
    expect(dialog.textContent).toContain('1 record was changed after this change');
    expect(dialog.textContent).toContain('ASL Roma 1 (Stakeholder): referred to later by Marco Nuovo (Contact person)');
    expect(await db.stakeholders.count()).toBe(2);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Undo the rest' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Undone, except 1 record changed later.'));
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
      await result.current('1 stakeholder added.', async () => {
        id = (await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' }))).id;
        const change = emptyChange();
        recordCreated(change, 'stakeholders', [id]);
        return change;
      });
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
