import { describe, expect, it } from 'vitest';
import { emptyBackupTables } from '../../test/support/backupTables';
import { parseBackup, serialiseBackup } from '../io/backup';
import { parseIncomingDoc } from '../sync/syncDocs';
import { agreementInputSchema, agreementSchema, type Agreement, type AgreementInput } from './agreement';

// An agreement may be signed after the period it covers when it came into force earlier: a
// retroactive agreement ("con efficacia retroattiva"), common among Italian public bodies. A
// rule refusing it (briefly, in December 2026) made such agreements impossible to record as
// they are; it is not a fault in the data.

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

  it('accepts a retroactive agreement, signed after the period it was in force', () => {
    expect(
      reasonsFor({ ...protocol, signedOn: '2027-01-10', inForceFrom: '2026-01-01', expiresOn: '2026-12-31' }),
    ).toEqual([]);
  });

  it('accepts a signature on the day of expiry, and a retroactive start before the signature', () => {
    expect(
      reasonsFor({ ...protocol, signedOn: '2026-12-31', inForceFrom: '2026-01-01', expiresOn: '2026-12-31' }),
    ).toEqual([]);
  });
});

describe('a retroactive agreement stored as a record', () => {
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
