import { z } from 'zod';
import { idSchema, isoDateSchema, notesSchema, recordBaseSchema, shortTextSchema } from './common';
import { REGION_IDS } from './regions';

// A training held (issue 18): who taught it (staff), who attended (contact persons), on what
// topic, when and where. The topic is free text: the guidelines are one topic among others
// that no closed list would foresee.

/** Attendees of one training: a large regional course, not a whole address book. */
export const MAX_TRAINING_ATTENDEES = 2000;

export const trainingFieldsSchema = z.object({
  title: z.string().trim().min(1, { message: 'required' }).max(300),
  topic: shortTextSchema,
  /** The day it was held, or its first day. */
  date: isoDateSchema,
  /** Its last day, when it lasted more than one. */
  endDate: isoDateSchema.nullable().default(null),
  /** Null: national, or online. */
  region: z.enum(REGION_IDS).nullable().default(null),
  programmeId: idSchema.nullable().default(null),
  /** Staff members who taught it. */
  trainerIds: z.array(idSchema).max(200).default([]),
  /** Contact persons who attended. */
  attendeeIds: z.array(idSchema).max(MAX_TRAINING_ATTENDEES).default([]),
  notes: notesSchema,
});

function checkTraining(value: z.infer<typeof trainingFieldsSchema>, context: z.RefinementCtx): void {
  if (value.endDate !== null && value.endDate < value.date)
    context.addIssue({ code: 'custom', path: ['endDate'], message: 'ends-before-start' });
}

export const trainingInputSchema = trainingFieldsSchema
  // A person picked twice is one attendee.
  .transform((value) => ({
    ...value,
    trainerIds: [...new Set(value.trainerIds)],
    attendeeIds: [...new Set(value.attendeeIds)],
  }))
  .superRefine(checkTraining);
export type TrainingInput = z.input<typeof trainingInputSchema>;

export const trainingSchema = recordBaseSchema.extend(trainingFieldsSchema.shape).superRefine(checkTraining);
export type Training = z.infer<typeof trainingSchema>;
