import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contactSchema } from '../../../shared/domain/contact';
import { deletedByAnnaChangedByMarco } from '../../../test/support/deletedHereChangedThere';
import {
  bridge,
  conflictsOn,
  handSyncedLaptops,
  replicate,
  type HandSyncedLaptop,
} from '../../../test/support/handSyncedLaptops';
import { MemoryPouch } from '../../../test/support/memoryPouch';
import { openSyncTestDatabase } from '../../../test/support/syncDatabase';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { DatabaseContext } from '../../data/useDatabase';
import type { TramaDatabase } from '../../db/db';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { RecordConflict } from '../../sync/conflicts';
import { createSyncEngine, type SyncEngine } from '../../sync/syncEngine';
import { ConflictsList } from './ConflictsList';

// "Delete" in the Conflicts list is a deletion like any other in the app: it says first what
// goes with the record and what stays without it, and the notice after it offers Undo, which
// the outbox hands to the team. A record this laptop does not hold can be deleted only in the
// team's copy here: the confirmation says plainly that this cannot be undone.

const laptop = handSyncedLaptops();
const engineLaptops: Array<{ engine: SyncEngine; db: TramaDatabase }> = [];
afterEach(async () => {
  await Promise.all(
    engineLaptops.splice(0).map(async ({ engine, db }) => {
      await engine.stop();
      await db.delete();
    }),
  );
});

/** Anna's laptop with its engine (never started: the test replicates by hand), and Marco's. */
async function annaWithEngineAndMarco() {
  const marco = laptop('marco');
  const annaDb = openSyncTestDatabase(() => 'anna');
  const engine = createSyncEngine({
    db: annaDb,
    Pouch: MemoryPouch,
    localName: `laptop-${crypto.randomUUID()}`,
    localOptions: { adapter: 'memory' },
    remoteUrl: 'http://127.0.0.1:9/trama-never-reached',
    member: 'anna',
  });
  engineLaptops.push({ engine, db: annaDb });
  const anna: HandSyncedLaptop = { db: annaDb, local: engine.local, member: 'anna' };
  const { ada, meeting } = await deletedByAnnaChangedByMarco(anna, marco);
  expect(await conflictsOn(anna), 'set-up: the conflict is listed').toHaveLength(1);
  return { anna, marco, engine, ada, meeting };
}

function renderList(db: TramaDatabase, engine: SyncEngine) {
  render(
    <I18nProvider initialLanguage="en">
      <DatabaseContext.Provider value={db}>
        <NotificationsProvider>
          <ConflictsList engine={engine} />
        </NotificationsProvider>
      </DatabaseContext.Provider>
    </I18nProvider>,
  );
}

describe('deleting from the Conflicts list a record this laptop holds', () => {
  it('asks first, saying what stays without it, and deletes nothing until confirmed', async () => {
    const { anna, engine, ada } = await annaWithEngineAndMarco();
    renderList(anna.db, engine);
    fireEvent.click(await screen.findByRole('button', { name: /Delete .*Ada Neri/ }));
    const dialog = await screen.findByRole('dialog', { name: /Delete .*Ada Neri\?/ });
    await within(dialog).findByText('These stay, without the reference to it:');
    expect(within(dialog).getByRole('listitem').textContent).toBe('1 advocacy action');
    within(dialog).getByText(/You can undo this right after/);
    expect(await anna.db.contacts.get(ada.id), 'deleted before the user confirmed').toBeDefined();
  });

  it('confirmed, deletes her; the notice’s Undo puts her back, on this laptop and the team’s', async () => {
    const { anna, marco, engine, ada, meeting } = await annaWithEngineAndMarco();
    renderList(anna.db, engine);
    fireEvent.click(await screen.findByRole('button', { name: /Delete .*Ada Neri/ }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('These stay, without the reference to it:');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await screen.findByText(/Deleted for the whole team/);
    expect(await anna.db.contacts.get(ada.id), 'set-up: deleted').toBeUndefined();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone.');
    expect((await anna.db.contacts.get(ada.id))?.role, 'Undo did not put her back').toBe('Psichiatra');
    expect((await anna.db.actions.get(meeting.id))?.participantIds, 'the meeting does not name her again').toEqual([
      ada.id,
    ]);
    await engine.settle();
    await replicate(anna, marco);
    await bridge(marco);
    expect((await marco.db.contacts.get(ada.id))?.role, 'the Undo did not reach Marco').toBe('Psichiatra');
    await waitFor(() => screen.getByText('No conflicts: every record is the same for the whole team.'));
  });
});

describe('deleting from the Conflicts list a record this laptop does not hold', () => {
  const stamp = { createdAt: '2026-09-01T10:00:00.000Z', updatedAt: '2026-09-01T10:00:00.000Z' };
  const ada = contactSchema.parse({ id: 'c-1', stakeholderId: 's-1', name: 'Ada Neri', role: 'Psichiatra', ...stamp });
  const notHeld: RecordConflict = {
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

  it('says plainly that it cannot be undone, and offers no Undo after', async () => {
    const engine = {
      conflicts: vi.fn(async () => [notHeld]),
      subscribe: vi.fn(() => () => undefined),
      resolve: vi.fn(async () => ({ ok: true })),
    };
    renderList(laptop('anna').db, engine as unknown as SyncEngine);
    fireEvent.click(await screen.findByRole('button', { name: /Delete .*Ada Neri/ }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText(/not held on this computer/);
    expect(dialog.textContent, 'the confirmation promises an Undo it cannot give').not.toMatch(/can undo/);
    expect(engine.resolve, 'deleted before the user confirmed').not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await screen.findByText(/Deleted for the whole team/);
    expect(engine.resolve).toHaveBeenCalledWith(notHeld, { kind: 'delete' });
    expect(screen.queryByRole('button', { name: 'Undo' }), 'an Undo that would put nothing back').toBeNull();
  });
});
