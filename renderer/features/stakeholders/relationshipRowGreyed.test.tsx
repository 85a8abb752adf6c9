import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { relationshipInput, stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createRelationship } from '../../db/repositories/relationships';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { RelationshipsSection } from './RelationshipsSection';

// The relationship's page words a tie's status by the one rule (tieStatusOnDay), and greys
// the row by the same rule: a tie still marked active whose end date has passed reads
// "Inactive" and is greyed like one.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('a tie still marked active whose end date has passed, on the relationship’s page', () => {
  it('is greyed as the inactive tie it is said to be', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' }));
    const cas = await createStakeholder(db, stakeholderInput({ name: 'CAS Via Tiburtina' }));
    await createRelationship(
      db,
      relationshipInput(asl.id, cas.id, { status: 'active', since: '2019-01-01', until: '2020-06-30' }),
    );
    render(
      <I18nProvider initialLanguage="en">
        <NotificationsProvider>
          <RelationshipsSection stakeholder={asl} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    const item = (await screen.findByRole('link', { name: 'CAS Via Tiburtina' }, { timeout: 5000 })).closest('li')!;
    expect(item.textContent).toContain('Inactive');
    expect(item.className, 'the row says Inactive but is not greyed like an inactive tie').toContain('muted');
  });
});
