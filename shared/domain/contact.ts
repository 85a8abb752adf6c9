import { z } from 'zod';
import { idSchema, notesSchema, recordBaseSchema, shortTextSchema, stringListSchema } from './common';
import { MIN_PHONE_DIGITS } from './mentions';

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

// A phone as people write one: digits grouped by spaces, dots, dashes, slashes or
// parentheses, + or 00 before a country code, maybe an extension ("int. 21", "ext. 21").
const PHONE = /^([\d\s()./+\u2013-]+?)\s*(?:\(?\s*(?:int|interno|ext|x)[.:]?\s*\d{1,6}\s*\)?)?$/i;
/** Whether a typed phone is a phone number: as few digits as a room number are not (MIN_PHONE_DIGITS). */
export function isPhoneNumber(text: string): boolean {
  const number = PHONE.exec(text.trim())?.[1];
  if (number === undefined) return false;
  return number.replace(/\D/g, '').replace(/^00/, '').length >= MIN_PHONE_DIGITS;
}

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
  phones: stringListSchema.refine((phones) => phones.every(isPhoneNumber), { message: 'invalid-phone' }),
});
export type ContactInput = z.input<typeof contactInputSchema>;

export const contactSchema = recordBaseSchema.extend(contactFieldsSchema.shape);
export type Contact = z.infer<typeof contactSchema>;
