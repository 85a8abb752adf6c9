import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { relationshipInput, stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createRelationship } from '../../db/repositories/relationships';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { RelationshipsSection } from './RelationshipsSection';

// A relationship's end date is saved and exported: the list says it too, and folds a long note.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function renderSection(language: 'en' | 'it') {
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' }));
  const prefettura = await createStakeholder(db, stakeholderInput({ name: 'Prefettura di Roma' }));
  const cas = await createStakeholder(db, stakeholderInput({ name: 'CAS Via Tiburtina' }));
  await createRelationship(
    db,
    relationshipInput(asl.id, prefettura.id, {
      since: '2021-03-12',
      until: '2025-03-03',
      status: 'inactive',
      notes: 'Tavolo tecnico. '.repeat(1_250),
    }),
  );
  await createRelationship(db, relationshipInput(asl.id, cas.id, { since: '2024-01-10', until: '2099-06-30' }));
  render(
    <I18nProvider initialLanguage={language}>
      <NotificationsProvider>
        <RelationshipsSection stakeholder={asl} />
      </NotificationsProvider>
    </I18nProvider>,
  );
  await screen.findByRole('link', { name: 'Prefettura di Roma' });
  const itemOf = (name: string) => screen.getByRole('link', { name }).closest('li')!;
  return { itemOf };
}

describe('the relationships of a stakeholder', () => {
  it('say when a relationship ended, or until when it runs', async () => {
    const { itemOf } = await renderSection('en');
    expect(itemOf('Prefettura di Roma').textContent).toContain('since 12 Mar 2021 · ended 3 Mar 2025');
    expect(itemOf('CAS Via Tiburtina').textContent).toContain('since 10 Jan 2024 · until 30 Jun 2099');
  });

  it('say it in Italian too', async () => {
    const { itemOf } = await renderSection('it');
    expect(itemOf('Prefettura di Roma').textContent).toContain('dal 12 mar 2021 · terminata il 3 mar 2025');
    expect(itemOf('CAS Via Tiburtina').textContent).toContain('fino al 30 giu 2099');
  });

  it('fold a long note behind “Show more”', async () => {
    const { itemOf } = await renderSection('en');
    const item = itemOf('Prefettura di Roma');
    const note = 'Tavolo tecnico. '.repeat(1_250).trim();
    expect(item.textContent).not.toContain(note);
    fireEvent.click(within(item).getByRole('button', { name: 'Show more' }));
    expect(item.textContent).toContain(note);
    expect(within(item).getByRole('button', { name: 'Show less' })).toBeTruthy();
  });
});
