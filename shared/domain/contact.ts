import { z } from 'zod';
import { idSchema, notesSchema, recordBaseSchema, shortTextSchema, stringListSchema } from './common';

// A person at a stakeholder. Personal data: it never leaves the machine except in a file
// the user exports.

/** Addresses in lower case; one typed twice, in any case, is kept once, as in every list of Trama. */
const emailListSchema = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ message: 'invalid-email' })),
  )
  .max(20)
  .default([])
  .transform((emails) => [...new Set(emails)]);

// A phone is free text people type: a label before ("tel.", "cell.", "ufficio:"), a word after
// ("(centralino)", "WhatsApp", "int. 21"), a short service number (1522, 112). Only text with
// an "@" (an email typed in the wrong field) or without a run of digits (a word, a note) is
// refused; anything else is kept rather than lost with its row.
const DIGIT_RUN = /\d[\d\s()./+\u2013-]*/g;
/** The digits of a service number (112, 1522): fewer, as a room number, are not a phone. */
const MIN_SERVICE_NUMBER_DIGITS = 3;
/** Whether a typed phone is a phone number. */
export function isPhoneNumber(text: string): boolean {
  if (text.includes('@')) return false;
  return (text.match(DIGIT_RUN) ?? []).some((run) => run.replace(/\D/g, '').length >= MIN_SERVICE_NUMBER_DIGITS);
}

/** Each phone is checked on its own, so that a refusal points at the phone (path phones.N). */
const typedPhoneListSchema = z
  .array(z.string().trim().min(1).max(200).refine(isPhoneNumber, { message: 'invalid-phone' }))
  .max(200)
  .default([])
  .transform((phones) => [...new Set(phones)]);

/**
 * What may be stored as a contact's fields. Phones are not checked here: contacts saved,
 * imported or synced before phones were checked must still restore and sync as they are.
 */
export const contactFieldsSchema = z.object({
  stakeholderId: idSchema,
  name: z.string().trim().min(1, { message: 'required' }).max(200),
  role: shortTextSchema,
  emails: emailListSchema,
  phones: stringListSchema,
  languages: stringListSchema,
  notes: notesSchema,
  isPrimary: z.boolean().default(false),
  /** Lawful basis for holding the data (GDPR Art. 6) or a note of the consent given. */
  lawfulBasis: z.string().trim().max(2000).default(''),
});

/** What a person types, in the form or an imported sheet: the phones must be phone numbers. */
export const contactInputSchema = contactFieldsSchema.extend({
  phones: typedPhoneListSchema,
});
export type ContactInput = z.input<typeof contactInputSchema>;

export const contactSchema = recordBaseSchema.extend(contactFieldsSchema.shape);
export type Contact = z.infer<typeof contactSchema>;
