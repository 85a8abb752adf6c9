import { z } from 'zod';
import { idSchema, isoDateSchema, notesSchema, recordBaseSchema } from './common';
import { REGION_IDS } from './regions';

// A briefing pack for a network or bilateral meeting: what it starts from, which sections it
// shows, and the coordinator's own agenda and notes (the only part typed by hand; the rest is
// derived from the records each time it is opened).

/** In reading order: the one-page summary first, the sign-in sheet to hand round last. */
export const BRIEFING_SECTIONS = [
  'summary',
  'map',
  'attendees',
  'shared-agreements',
  'relationships',
  'gaps',
  'agenda',
  'sign-in',
] as const;
export type BriefingSection = (typeof BRIEFING_SECTIONS)[number];

export const briefingSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('action'), actionId: idSchema }),
  z.object({ kind: z.literal('region'), region: z.enum(REGION_IDS) }),
  z.object({ kind: z.literal('stakeholders'), stakeholderIds: z.array(idSchema).min(1).max(500) }),
]);
export type BriefingSource = z.infer<typeof briefingSourceSchema>;

export const briefingFieldsSchema = z.object({
  title: z.string().trim().min(1, { message: 'required' }).max(300),
  source: briefingSourceSchema,
  sections: z.array(z.enum(BRIEFING_SECTIONS)).default([...BRIEFING_SECTIONS]),
  programmeId: idSchema.nullable().default(null),
  agenda: notesSchema,
  // Optional, so that briefings stored before them still parse (no new database version).
  /** Stakeholders added by hand to those the source brings. */
  addedStakeholderIds: z.array(idSchema).max(500).optional(),
  /** Stakeholders the source brings who will not come. */
  removedStakeholderIds: z.array(idSchema).max(2000).optional(),
  /** YYYY-MM-DD; a meeting's own date wins for a briefing made from it. */
  meetingDate: isoDateSchema.nullable().optional(),
  meetingPlace: z.string().trim().max(300).optional(),
});
export type BriefingInput = z.input<typeof briefingFieldsSchema>;

export const briefingSchema = recordBaseSchema.extend(briefingFieldsSchema.shape);
export type Briefing = z.infer<typeof briefingSchema>;
