import { agreementInputSchema, type Agreement, type AgreementInput } from '../../../shared/domain/agreement';
import { parseOrThrow, ValidationError } from '../../../shared/domain/validation';
import type { AgreementRow, TramaDatabase } from '../db';
import { newRecordBase, nowIso } from '../timestamps';
import { emptyChange, recordBefore, type UndoableChange } from '../undo';

export function toAgreementRow(agreement: Agreement): AgreementRow {
  return { ...agreement, partyIds: agreement.parties.map((party) => party.stakeholderId) };
}

/** The stored row without its index mirror: what the rest of the app works with. */
export function fromAgreementRow(row: AgreementRow): Agreement {
  const { partyIds: _partyIds, ...agreement } = row;
  return agreement;
}

async function assertPartiesExist(db: TramaDatabase, agreement: { parties: Agreement['parties'] }): Promise<void> {
  const found = await db.stakeholders.bulkGet(agreement.parties.map((party) => party.stakeholderId));
  const missing = found.findIndex((row) => row === undefined);
  if (missing >= 0) throw new ValidationError([{ field: `parties.${missing}.stakeholderId`, reason: 'unknown-stakeholder' }]);
}

export async function createAgreement(db: TramaDatabase, input: AgreementInput): Promise<Agreement> {
  const fields = parseOrThrow(agreementInputSchema, input);
  return db.transaction('rw', db.agreements, db.stakeholders, async () => {
    await assertPartiesExist(db, fields);
    const agreement: Agreement = { ...newRecordBase(), ...fields };
    await db.agreements.add(toAgreementRow(agreement));
    return agreement;
  });
}

export async function updateAgreement(
  db: TramaDatabase,
  id: string,
  input: AgreementInput,
): Promise<{ agreement: Agreement; change: UndoableChange }> {
  const fields = parseOrThrow(agreementInputSchema, input);
  return db.transaction('rw', db.agreements, db.stakeholders, async () => {
    const before = await db.agreements.get(id);
    if (!before) throw new Error(`Agreement ${id} no longer exists`);
    await assertPartiesExist(db, fields);
    const agreement: Agreement = { ...fromAgreementRow(before), ...fields, updatedAt: nowIso() };
    await db.agreements.put(toAgreementRow(agreement));
    const change = emptyChange();
    recordBefore(change, 'agreements', [before]);
    return { agreement, change };
  });
}

export async function deleteAgreement(db: TramaDatabase, id: string): Promise<UndoableChange> {
  return db.transaction('rw', db.agreements, async () => {
    const change = emptyChange();
    const before = await db.agreements.get(id);
    if (before) {
      recordBefore(change, 'agreements', [before]);
      await db.agreements.delete(id);
    }
    return change;
  });
}

export async function listAgreementsOf(db: TramaDatabase, stakeholderId: string): Promise<Agreement[]> {
  const rows = await db.agreements.where('partyIds').equals(stakeholderId).toArray();
  return rows.map(fromAgreementRow);
}

export async function listAgreements(db: TramaDatabase): Promise<Agreement[]> {
  return (await db.agreements.toArray()).map(fromAgreementRow);
}
