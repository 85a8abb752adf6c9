import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { relationshipInput, stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createRelationship } from '../../db/repositories/relationships';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { RelationshipsSection } from './RelationshipsSection';

// A relationship deleted, entered again, then the deletion undone from its notice: the dialog of
// what Undo leaves says why the old one stays out, and only one copy of the tie is stored.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('undoing the deletion of a relationship entered again since', () => {
  it('says, in Italian, that the same relationship is already there, and stores no second one', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' }));
    const cas = await createStakeholder(db, stakeholderInput({ name: 'CAS Via Tiburtina' }));
    await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'referral-pathway' }));
    render(
      <I18nProvider initialLanguage="it">
        <NotificationsProvider>
          <RelationshipsSection stakeholder={asl} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Elimina la relazione con CAS Via Tiburtina' }));
    const notice = await screen.findByText('Relazione eliminata.');
    const undo = within(notice.closest('.toast')!).getByRole('button', { name: 'Annulla operazione' });
    await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'referral-pathway' }));

    fireEvent.click(undo);

    const dialog = await screen.findByRole('dialog', { name: 'Questa operazione non può essere annullata del tutto' });
    expect(dialog.textContent).toContain(
      'ASL Roma 1 – CAS Via Tiburtina (Relazione): ripristino non possibile, perché nel frattempo è stata registrata la stessa relazione nelle stesse date',
    );
    expect(await db.relationships.count(), 'Undo stored the same referral pathway twice').toBe(1);
  });
});
