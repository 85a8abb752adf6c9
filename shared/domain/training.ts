import { z } from 'zod';
import { idSchema, isoDateSchema, newId, notesSchema, recordBaseSchema, shortTextSchema } from './common';
import type { Contact } from './contact';
import type { Stakeholder } from './stakeholder';
import { SECTORS } from './enums';
import { REGION_IDS } from './regions';

// A training held (issue 18): who taught it (staff), who attended (contact persons), on what
// topic, when and where. The topic is free text: the guidelines are one topic among others
// that no closed list would foresee.

/** Attendees of one training: a large regional course, not a whole address book. */
export const MAX_TRAINING_ATTENDEES = 2000;
/** Attendees deleted since, over the years: more than attend at once, as people come and go. */
export const MAX_FORMER_ATTENDEES = 20_000;

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

/**
 * One attendee deleted since (their record, their erasure, their organisation's deletion),
 * kept so that the people trained stay counted: where they worked, as it was then, and a
 * token made at the deletion, the same on every training of that person, so that a person
 * is counted once: in a team, derived from the revision of her record that the deletion
 * replaced, alike on every laptop (shared/sync/formerAttendeeToken.ts); outside one, drawn.
 * No name, no contact id: nothing leads back to the person.
 */
export const formerAttendeeSchema = z.object({
  token: idSchema,
  region: z.enum(REGION_IDS).nullable(),
  // Both, as the reports tell the kind of work from both (trainingCoverage.ts traineeGroupOf).
  sector: z.enum(SECTORS),
  categoryId: idSchema,
});
export type FormerAttendee = z.infer<typeof formerAttendeeSchema>;

export const trainingSchema = recordBaseSchema
  .extend(trainingFieldsSchema.shape)
  // Not a form field: only a deletion adds to it, and a training saved from the form keeps it.
  // Optional, not defaulted: a training stored, synced or backed up before it existed reads
  // back exactly as it was (no field appears in a restore's or a sync's comparison); read it
  // as `formerAttendees ?? []`.
  .extend({ formerAttendees: z.array(formerAttendeeSchema).max(MAX_FORMER_ATTENDEES).optional() })
  .superRefine(checkTraining);
export type Training = z.infer<typeof trainingSchema>;

/** The training with these attendees added to its tally of former ones. */
export function withFormerAttendees<Row extends Pick<Training, 'formerAttendees'>>(
  training: Row,
  added: readonly FormerAttendee[],
): Row {
  return added.length === 0
    ? training
    : { ...training, formerAttendees: [...(training.formerAttendees ?? []), ...added] };
}

/**
 * The former-attendee entry of each contact deleted, by contact id: where they worked as it
 * was at the deletion (`organisations`: those the same deletion takes, and the others as read)
 * and the person's token in `tokens` (one drawn and kept there for a person who has none yet),
 * so that every training of that person gets the same one. A contact whose organisation is unknown leaves none: the reports never counted
 * them either.
 */
export function formerAttendeesOf(
  contacts: ReadonlyArray<Pick<Contact, 'id' | 'stakeholderId'>>,
  organisations: ReadonlyArray<Pick<Stakeholder, 'id' | 'region' | 'sector' | 'categoryId'> | undefined>,
  tokens: Map<string, string>,
): Map<string, FormerAttendee> {
  const organisationById = new Map<string, Pick<Stakeholder, 'id' | 'region' | 'sector' | 'categoryId'>>();
  for (const organisation of organisations) if (organisation) organisationById.set(organisation.id, organisation);
  const entries = new Map<string, FormerAttendee>();
  for (const contact of contacts) {
    const organisation = organisationById.get(contact.stakeholderId);
    if (!organisation) continue;
    let token = tokens.get(contact.id);
    if (token === undefined) tokens.set(contact.id, (token = newId()));
    const { region, sector, categoryId } = organisation;
    entries.set(contact.id, { token, region, sector, categoryId });
  }
  return entries;
}
