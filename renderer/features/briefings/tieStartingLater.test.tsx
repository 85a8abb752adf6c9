import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { relationshipInput, stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createBriefing } from '../../db/repositories/briefings';
import { createRelationship } from '../../db/repositories/relationships';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { RelationshipsSection } from '../stakeholders/RelationshipsSection';
import { BriefingEditor } from './BriefingEditor';

// A tie marked active that starts later is not active today (isTieActiveOn): the briefing and
// the relationship's own page both say when it starts, neither a bare Active nor Inactive.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const FIRST_ANSWER = { timeout: 5000 };

function Providers({ language, children }: { language: 'en' | 'it'; children: ReactNode }) {
  return (
    <I18nProvider initialLanguage={language}>
      <NotificationsProvider>{children}</NotificationsProvider>
    </I18nProvider>
  );
}

async function tieStartingLater() {
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' }));
  const cas = await createStakeholder(db, stakeholderInput({ name: 'CAS Via Tiburtina' }));
  await createRelationship(db, relationshipInput(asl.id, cas.id, { status: 'active', since: '2099-01-15' }));
  return { asl, cas };
}

async function briefingRowOf(language: 'en' | 'it', partner: string) {
  const { asl, cas } = await tieStartingLater();
  const briefing = await createBriefing(db, {
    title: 'Tavolo Roma',
    source: { kind: 'stakeholders', stakeholderIds: [asl.id, cas.id] },
    agenda: '',
  });
  render(
    <Providers language={language}>
      <BriefingEditor briefingId={briefing.id} />
    </Providers>,
  );
  const section = await screen.findByRole(
    'region',
    { name: /Relationships among attendees|Relazioni tra/ },
    FIRST_ANSWER,
  );
  return within(section).getByRole('cell', { name: partner }).closest('tr')!;
}

describe('a tie that starts later', () => {
  it('says in the briefing when it starts, not Inactive', async () => {
    const row = await briefingRowOf('en', 'CAS Via Tiburtina');
    expect(row.textContent, 'the briefing calls the tie starting in 2099 Inactive').toContain('from 15 Jan 2099');
  });

  it('says it in Italian too', async () => {
    const row = await briefingRowOf('it', 'CAS Via Tiburtina');
    expect(row.textContent).toContain('dal 15 gen 2099');
  });

  it('says the same on the relationship’s page, not Active', async () => {
    const { asl } = await tieStartingLater();
    render(
      <Providers language="en">
        <RelationshipsSection stakeholder={asl} />
      </Providers>,
    );
    const item = (await screen.findByRole('link', { name: 'CAS Via Tiburtina' }, FIRST_ANSWER)).closest('li')!;
    expect(item.textContent, 'the relationship’s page calls the tie starting in 2099 Active').toContain(
      'from 15 Jan 2099',
    );
    expect(item.textContent).not.toContain('Active');
  });
});
