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

// A signature after the expiry is allowed when the agreement came into force earlier: Italian
// public bodies sign agreements retroactively, to cover a period already over ("con efficacia
// retroattiva"). Without an in-force date the signature is the start, and ends-before-start applies.
export const agreementInputSchema = agreementFieldsSchema.superRefine(checkAgreement);
export type AgreementInput = z.input<typeof agreementInputSchema>;

export const agreementSchema = recordBaseSchema.extend(agreementFieldsSchema.shape).superRefine(checkAgreement);
export type Agreement = z.infer<typeof agreementSchema>;
