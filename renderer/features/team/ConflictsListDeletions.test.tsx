import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { contactSchema } from '../../../shared/domain/contact';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { RecordConflict, ResolutionOutcome } from '../../sync/conflicts';
import type { SyncEngine } from '../../sync/syncEngine';
import { ConflictsList } from './ConflictsList';

// A contact deleted on Anna's laptop and changed on Marco's: the list says who deleted her and
// offers to keep her as changed or delete her; a refusal names the field and what it points at.

const stamp = { createdAt: '2026-09-01T10:00:00.000Z', updatedAt: '2026-09-01T10:00:00.000Z' };
const ada = contactSchema.parse({ id: 'c-1', stakeholderId: 's-1', name: 'Ada Neri', role: 'Psichiatra', ...stamp });
const deletedThere: RecordConflict = {
  docId: 'contacts:c-1',
  table: 'contacts',
  id: 'c-1',
  versions: [{ rev: '2-b', record: ada, changedBy: 'marco', changedAt: '2026-10-01T09:00:00.000Z' }],
  differences: [],
  setAside: [],
  revisions: ['2-b'],
  unshown: 0,
  deletions: [{ rev: '2-a', changedBy: 'anna', changedAt: '2026-10-01T08:00:00.000Z' }],
};

function renderList(outcome: ResolutionOutcome) {
  const engine = {
    conflicts: vi.fn(async () => [deletedThere]),
    subscribe: vi.fn(() => () => undefined),
    resolve: vi.fn(async () => outcome),
  };
  render(
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>
        <ConflictsList engine={engine as unknown as SyncEngine} />
      </NotificationsProvider>
    </I18nProvider>,
  );
  return engine;
}

describe('the Conflicts list and a record deleted on another laptop', () => {
  it('says who deleted it and deletes it when asked', async () => {
    const engine = renderList({ ok: true });
    expect(await screen.findByText(/Deleted by anna/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Delete .*Ada Neri/ }));
    // Asked first (ConflictsListDeleteConfirm.test.tsx says what the confirmation says).
    const confirm = within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' });
    await waitFor(() => expect(confirm).toHaveProperty('disabled', false));
    fireEvent.click(confirm);
    await waitFor(() => expect(engine.resolve).toHaveBeenCalledWith(deletedThere, { kind: 'delete' }));
  });

  it('keeps it as changed when asked', async () => {
    const engine = renderList({ ok: true });
    fireEvent.click(await screen.findByRole('button', { name: /Keep .*Ada Neri.* as changed/ }));
    expect(engine.resolve).toHaveBeenCalledWith(deletedThere, { kind: 'keep', version: 0 });
  });

  it('a refusal names the field that points at a record deleted since', async () => {
    renderList({
      ok: false,
      reason: 'missing-references',
      references: [{ field: 'stakeholderId', table: 'stakeholders' }],
    });
    fireEvent.click(await screen.findByRole('button', { name: /Keep .*Ada Neri.* as changed/ }));
    const message = await screen.findByText(/point at records deleted since/);
    expect(message.textContent, 'the refusal does not name the field').toMatch(/Organisation/);
  });
});
