import type { Agreement } from '../../shared/domain/agreement';
import type { AgreementRow } from './tramaDatabase';

// An agreement as the database stores it: `partyIds` mirrors its parties, so that an index
// finds a stakeholder's agreements. The writes add the mirror; every read takes it off.

export function toAgreementRow(agreement: Agreement): AgreementRow {
  return { ...agreement, partyIds: agreement.parties.map((party) => party.stakeholderId) };
}

/** The stored row without its index mirror: what the rest of the app works with. */
export function fromAgreementRow(row: AgreementRow): Agreement {
  const { partyIds: _partyIds, ...agreement } = row;
  return agreement;
}
