import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { relationshipInput, stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createRelationship } from '../../db/repositories/relationships';
import { createStakeholder, deleteStakeholders } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { RelationshipsSection } from './RelationshipsSection';

// A relationship edited from either end, and while its other end is deleted elsewhere (another
// window, a teammate's deletion arriving by sync): the deletion took the relationship with it.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function renderSection() {
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1', region: 'lazio', province: 'RM' }));
  const prefettura = await createStakeholder(
    db,
    stakeholderInput({ name: 'Prefettura di Roma', region: 'lazio', province: 'RM' }),
  );
  await createRelationship(db, relationshipInput(asl.id, prefettura.id, { since: '2021-03-12' }));
  render(
    <I18nProvider initialLanguage="it">
      <NotificationsProvider>
        <RelationshipsSection stakeholder={asl} />
      </NotificationsProvider>
    </I18nProvider>,
  );
  await screen.findByRole('link', { name: 'Prefettura di Roma' });
  return { asl, prefettura };
}

describe('editing a relationship', () => {
  it('says in Italian, without ids, that the relationship went with the stakeholder deleted meanwhile', async () => {
    const { prefettura } = await renderSection();
    fireEvent.click(screen.getByRole('button', { name: 'Modifica la relazione con Prefettura di Roma' }));
    const dialog = await screen.findByRole('dialog');
    await deleteStakeholders(db, [prefettura.id]);
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Note' }), { target: { value: 'Tavolo tecnico' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Salva' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).not.toBe(''));
    expect(alert.textContent, 'an English developer message with the record id is shown in Italian mode').not.toMatch(
      /no longer exists|does not exist|relationships? [0-9a-f-]{36}/i,
    );
    expect(alert.textContent).toContain('Questa relazione è stata eliminata nel frattempo');
    expect(screen.getByRole('dialog'), 'the form stays open so the notes can be copied').toBeTruthy();
  });

  it('keeps which end is which when an undirected relationship is edited from its other end', async () => {
    const { asl, prefettura } = await renderSection();
    cleanup();
    render(
      <I18nProvider initialLanguage="it">
        <NotificationsProvider>
          <RelationshipsSection stakeholder={prefettura} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Modifica la relazione con ASL Roma 1' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Note' }), { target: { value: 'Tavolo tecnico' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [stored] = await db.relationships.toArray();
    expect(
      { sourceId: stored?.sourceId, targetId: stored?.targetId },
      'editing only the notes swapped sourceId and targetId, a change the user did not make',
    ).toEqual({ sourceId: asl.id, targetId: prefettura.id });
  });

  it('says next to the type, in Italian, that the two stakeholders already have a tie of that type', async () => {
    const { asl, prefettura } = await renderSection();
    await createRelationship(db, relationshipInput(asl.id, prefettura.id, { type: 'training' }));
    const editName = 'Modifica la relazione con Prefettura di Roma';
    await waitFor(() => expect(screen.getAllByRole('button', { name: editName })).toHaveLength(2));
    fireEvent.click(screen.getAllByRole('button', { name: editName })[0]!);
    const dialog = await screen.findByRole('dialog');
    const type = within(dialog).getByRole('combobox', { name: 'Tipo' }) as HTMLSelectElement;
    const otherType = type.value === 'training' ? 'coordination' : 'training';
    fireEvent.change(type, { target: { value: otherType } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Salva' }));
    await within(dialog).findByText(
      'Questi due stakeholder hanno già una relazione di questo tipo in queste date: modificate quella esistente, o indicate per questa un periodo che non si sovrapponga.',
    );
    expect(type.getAttribute('aria-invalid')).toBe('true');
    expect((await db.relationships.toArray()).map((stored) => stored.type).sort()).toEqual([
      'coordination',
      'training',
    ]);
  });
});
