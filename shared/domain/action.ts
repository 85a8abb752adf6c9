import { z } from 'zod';
import { idSchema, isoDateSchema, notesSchema, recordBaseSchema } from './common';
import { ACTION_KINDS, ACTION_STATUSES } from './enums';
import { REGION_IDS } from './regions';

export const advocacyActionFieldsSchema = z.object({
  title: z.string().trim().min(1, { message: 'required' }).max(300),
  kind: z.enum(ACTION_KINDS),
  date: isoDateSchema,
  regions: z.array(z.enum(REGION_IDS)).default([]),
  programmeId: idSchema.nullable().default(null),
  objective: notesSchema,
  /** Stakeholders the action addressed. */
  targetIds: z.array(idSchema).default([]),
  /** Contacts who took part. */
  participantIds: z.array(idSchema).default([]),
  /** A staff member. */
  ownerId: idSchema.nullable().default(null),
  status: z.enum(ACTION_STATUSES),
  outcome: notesSchema,
});

export const advocacyActionInputSchema = advocacyActionFieldsSchema;
export type AdvocacyActionInput = z.input<typeof advocacyActionInputSchema>;

export const advocacyActionSchema = recordBaseSchema.extend(advocacyActionFieldsSchema.shape);
export type AdvocacyAction = z.infer<typeof advocacyActionSchema>;

/** A promise made in an action: stored in its own table so all open ones list quickly. */
export const followUpFieldsSchema = z.object({
  actionId: idSchema,
  text: z.string().trim().min(1, { message: 'required' }).max(2000),
  dueDate: isoDateSchema.nullable().default(null),
  ownerId: idSchema.nullable().default(null),
  doneOn: isoDateSchema.nullable().default(null),
});

export const followUpInputSchema = followUpFieldsSchema;
export type FollowUpInput = z.input<typeof followUpInputSchema>;

export const followUpSchema = recordBaseSchema.extend(followUpFieldsSchema.shape);
export type FollowUp = z.infer<typeof followUpSchema>;
