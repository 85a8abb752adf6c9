import { z } from 'zod';
import { idSchema, isoDateSchema, notesSchema, recordBaseSchema, shortTextSchema } from './common';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, PARTY_ROLES } from './enums';

export const agreementPartySchema = z.object({
  stakeholderId: idSchema,
  role: z.enum(PARTY_ROLES),
});
export type AgreementParty = z.infer<typeof agreementPartySchema>;

export const agreementFieldsSchema = z.object({
  title: z.string().trim().min(1, { message: 'required' }).max(300),
  kind: z.enum(AGREEMENT_KINDS),
  parties: z.array(agreementPartySchema).max(500),
  status: z.enum(AGREEMENT_STATUSES),
  signedOn: isoDateSchema.nullable().default(null),
  inForceFrom: isoDateSchema.nullable().default(null),
  expiresOn: isoDateSchema.nullable().default(null),
  documentRef: shortTextSchema,
  programmeIds: z.array(idSchema).default([]),
  notes: notesSchema,
});

type AgreementFields = z.infer<typeof agreementFieldsSchema>;

function checkAgreement(value: AgreementFields, context: z.RefinementCtx): void {
  const partyIds = new Set(value.parties.map((party) => party.stakeholderId));
  if (partyIds.size < 2) {
    context.addIssue({ code: 'custom', path: ['parties'], message: 'at-least-two-parties' });
  }
  if (partyIds.size !== value.parties.length) {
    context.addIssue({ code: 'custom', path: ['parties'], message: 'duplicate-party' });
  }
  const start = value.inForceFrom ?? value.signedOn;
  if (start !== null && value.expiresOn !== null && value.expiresOn < start) {
    context.addIssue({ code: 'custom', path: ['expiresOn'], message: 'ends-before-start' });
  }
}

/**
 * Rules added after agreements were first stored: they hold for what is saved from now on,
 * but not for the records already kept, in backups or sent by a teammate's older copy of the
 * app, which must still restore and sync (the record schema below leaves them out).
 */
function checkNewAgreementData(value: AgreementFields, context: z.RefinementCtx): void {
  // Without an in-force date the signature is the start, and ends-before-start already says so.
  const { signedOn, inForceFrom, expiresOn } = value;
  if (inForceFrom !== null && signedOn !== null && expiresOn !== null && expiresOn < signedOn) {
    context.addIssue({ code: 'custom', path: ['signedOn'], message: 'signed-after-expiry' });
  }
}

export const agreementInputSchema = agreementFieldsSchema.superRefine((value, context) => {
  checkAgreement(value, context);
  checkNewAgreementData(value, context);
});
export type AgreementInput = z.input<typeof agreementInputSchema>;

export const agreementSchema = recordBaseSchema.extend(agreementFieldsSchema.shape).superRefine(checkAgreement);
export type Agreement = z.infer<typeof agreementSchema>;
