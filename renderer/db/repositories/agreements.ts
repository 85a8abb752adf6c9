import { agreementInputSchema, type Agreement, type AgreementInput } from '../../../shared/domain/agreement';
import { parseOrThrow, ValidationError } from '../../../shared/domain/validation';
import { fromAgreementRow, toAgreementRow } from '../agreementRows';
import type { TramaDatabase } from '../db';
import { newRecordBase, nowIso } from '../timestamps';
import { emptyChange, recordBefore, type UndoableChange } from '../undo';

// The row mapping lives in agreementRows.ts; renderer/db/backup.ts still imports it from here.
export { fromAgreementRow, toAgreementRow };

async function assertPartiesExist(db: TramaDatabase, agreement: { parties: Agreement['parties'] }): Promise<void> {
  const found = await db.stakeholders.bulkGet(agreement.parties.map((party) => party.stakeholderId));
  const missing = found.findIndex((row) => row === undefined);
  if (missing >= 0)
    throw new ValidationError([{ field: `parties.${missing}.stakeholderId`, reason: 'unknown-stakeholder' }]);
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
