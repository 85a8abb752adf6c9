import { z } from 'zod';
import { idSchema, notesSchema, recordBaseSchema, shortTextSchema, stringListSchema } from './common';

// A person at a stakeholder. Personal data: it never leaves the machine except in a file
// the user exports.

const emailListSchema = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ message: 'invalid-email' })),
  )
  .max(20)
  .default([]);

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

export const contactInputSchema = contactFieldsSchema;
export type ContactInput = z.input<typeof contactInputSchema>;

export const contactSchema = recordBaseSchema.extend(contactFieldsSchema.shape);
export type Contact = z.infer<typeof contactSchema>;
