import type { Agreement, AgreementInput, AgreementParty } from '../../../shared/domain/agreement';
import type { PartyRole } from '../../../shared/domain/enums';

/** What the agreement form edits: dates as the date inputs hold them ('' when empty). */
export interface AgreementDraft {
  title: string;
  kind: Agreement['kind'];
  status: Agreement['status'];
  parties: AgreementParty[];
  signedOn: string;
  inForceFrom: string;
  expiresOn: string;
  documentRef: string;
  programmeIds: string[];
  notes: string;
}

export function newAgreementDraft(firstPartyId?: string): AgreementDraft {
  return {
    title: '',
    kind: 'memorandum-of-understanding',
    status: 'idea',
    parties: firstPartyId ? [{ stakeholderId: firstPartyId, role: 'promoter' }] : [],
    signedOn: '',
    inForceFrom: '',
    expiresOn: '',
    documentRef: '',
    programmeIds: [],
    notes: '',
  };
}

export function draftFromAgreement(agreement: Agreement): AgreementDraft {
  return {
    title: agreement.title,
    kind: agreement.kind,
    status: agreement.status,
    parties: agreement.parties.map((party) => ({ ...party })),
    signedOn: agreement.signedOn ?? '',
    inForceFrom: agreement.inForceFrom ?? '',
    expiresOn: agreement.expiresOn ?? '',
    documentRef: agreement.documentRef,
    programmeIds: [...agreement.programmeIds],
    notes: agreement.notes,
  };
}

export function inputFromAgreementDraft(draft: AgreementDraft): AgreementInput {
  return {
    ...draft,
    signedOn: draft.signedOn || null,
    inForceFrom: draft.inForceFrom || null,
    expiresOn: draft.expiresOn || null,
  };
}

/** The first party usually promotes the agreement; those added after it sign it. */
export function addParty(parties: readonly AgreementParty[], stakeholderId: string): AgreementParty[] {
  if (parties.some((party) => party.stakeholderId === stakeholderId)) return [...parties];
  const role: PartyRole = parties.length === 0 ? 'promoter' : 'signatory';
  return [...parties, { stakeholderId, role }];
}

const SINGLE_VALUE_FIELDS = [
  'title',
  'kind',
  'status',
  'signedOn',
  'inForceFrom',
  'expiresOn',
  'documentRef',
  'notes',
] as const satisfies readonly (keyof AgreementDraft)[];

/** Whether the form holds something its opening value did not: what closing it would lose. */
export function isAgreementDraftChanged(initial: AgreementDraft, draft: AgreementDraft): boolean {
  const sameParties =
    initial.parties.length === draft.parties.length &&
    initial.parties.every(
      (party, index) =>
        party.stakeholderId === draft.parties[index]?.stakeholderId && party.role === draft.parties[index]?.role,
    );
  const sameProgrammes =
    initial.programmeIds.length === draft.programmeIds.length &&
    initial.programmeIds.every((id) => draft.programmeIds.includes(id));
  return !sameParties || !sameProgrammes || SINGLE_VALUE_FIELDS.some((field) => initial[field] !== draft[field]);
}
