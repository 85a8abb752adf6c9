import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { toAgreementRow } from '../../db/agreementRows';
import { db } from '../../db/db';
import { createAgreement } from '../../db/repositories/agreements';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { AgreementDetailPage } from './AgreementDetailPage';
import { AgreementsPage } from './AgreementsPage';

// A date rule added later (no signature after the expiry) refuses new saves only: an agreement
// stored before it, or restored from an older backup, is still listed and shown.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const FIRST_ANSWER = { timeout: 5000 };

function withProviders(children: React.ReactNode) {
  return (
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>{children}</NotificationsProvider>
    </I18nProvider>
  );
}

async function storeSignedAfterExpiry() {
  const [asl, prefettura] = await Promise.all(
    ['ASL Napoli 1', 'Prefettura di Napoli'].map((name) => createStakeholder(db, stakeholderInput({ name }))),
  );
  const agreement = await createAgreement(db, {
    title: 'Protocollo salute mentale',
    kind: 'memorandum-of-understanding',
    status: 'signed',
    parties: [
      { stakeholderId: asl!.id, role: 'promoter' },
      { stakeholderId: prefettura!.id, role: 'signatory' },
    ],
  });
  await db.agreements.put(
    toAgreementRow({ ...agreement, signedOn: '2027-01-10', inForceFrom: '2026-01-01', expiresOn: '2026-12-31' }),
  );
  return agreement;
}

describe('an agreement stored signed after it expired', () => {
  it('is still in the list', async () => {
    await storeSignedAfterExpiry();
    render(withProviders(<AgreementsPage route={{ section: 'agreements', query: {} }} />));
    expect(await screen.findByRole('link', { name: 'Protocollo salute mentale' }, FIRST_ANSWER)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit Protocollo salute mentale' })).toBeTruthy();
  });

  it('still has its page', async () => {
    const agreement = await storeSignedAfterExpiry();
    render(withProviders(<AgreementDetailPage agreementId={agreement.id} />));
    expect(await screen.findByRole('heading', { name: 'Protocollo salute mentale' }, FIRST_ANSWER)).toBeTruthy();
  });
});
