import { describe, expect, it } from 'vitest';
import { emptyBackupTables } from '../../test/support/backupTables';
import { parseBackup, serialiseBackup } from '../io/backup';
import { parseIncomingDoc } from '../sync/syncDocs';
import { agreementInputSchema, agreementSchema, type Agreement, type AgreementInput } from './agreement';

// An agreement cannot be signed after it has expired, whether or not it came into force
// (retroactively) before the signature.

const protocol: AgreementInput = {
  title: 'Protocollo salute mentale',
  kind: 'memorandum-of-understanding',
  status: 'signed',
  parties: [
    { stakeholderId: 'asl-na1', role: 'promoter' },
    { stakeholderId: 'prefettura-na', role: 'signatory' },
  ],
};

function reasonsFor(input: AgreementInput): string[] {
  const result = agreementInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the dates of an agreement', () => {
  it('refuses a signature after the expiry when no in-force date is given (as today)', () => {
    expect(reasonsFor({ ...protocol, signedOn: '2027-01-10', expiresOn: '2026-12-31' })).toEqual([
      'expiresOn: ends-before-start',
    ]);
  });

  it('refuses a signature after the expiry when an earlier in-force date is given too', () => {
    expect(
      reasonsFor({ ...protocol, signedOn: '2027-01-10', inForceFrom: '2026-01-01', expiresOn: '2026-12-31' }),
      'signed on 10 Jan 2027, expired on 31 Dec 2026: accepted because only the in-force date is compared with the expiry',
    ).toEqual(['signedOn: signed-after-expiry']);
  });

  it('accepts a signature on the day of expiry, and a retroactive start before the signature', () => {
    expect(
      reasonsFor({ ...protocol, signedOn: '2026-12-31', inForceFrom: '2026-01-01', expiresOn: '2026-12-31' }),
    ).toEqual([]);
  });
});

describe('an agreement stored before the signature was compared with the expiry', () => {
  const stored: Agreement = {
    ...agreementInputSchema.parse({ ...protocol, inForceFrom: '2026-01-01', expiresOn: '2026-12-31' }),
    signedOn: '2027-01-10',
    id: 'agreement-1',
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
  };

  it('is still a valid record, so a backup holding it restores', () => {
    expect(agreementSchema.safeParse(stored).success).toBe(true);
    const text = serialiseBackup({ ...emptyBackupTables(), agreements: [stored] }, 2, '2026-12-07T10:00:00.000Z');
    expect(parseBackup(text, 99).tables.agreements).toEqual([stored]);
  });

  it('is still taken from a teammate’s copy of the team database', () => {
    const doc = {
      _id: 'agreements:agreement-1',
      table: 'agreements',
      record: stored,
      changedBy: 'anna',
      changedAt: '2026-11-02T09:00:00.000Z',
    };
    expect(parseIncomingDoc(doc)).toMatchObject({ kind: 'record', record: stored });
  });
});
