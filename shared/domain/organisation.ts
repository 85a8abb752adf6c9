import { z } from 'zod';
import { idSchema, notesSchema, recordBaseSchema, shortTextSchema } from './common';
import { LANGUAGES, SECTORS } from './enums';

// The team's own records: programmes, staff members and custom categories; the map's options and node positions.

export const programmeFieldsSchema = z.object({
  name: z.string().trim().min(1, { message: 'required' }).max(200),
  shortName: z.string().trim().max(40).default(''),
  description: notesSchema,
});
export const programmeSchema = recordBaseSchema.extend(programmeFieldsSchema.shape);
export type Programme = z.infer<typeof programmeSchema>;
export type ProgrammeInput = z.input<typeof programmeFieldsSchema>;

export const staffMemberFieldsSchema = z.object({
  name: z.string().trim().min(1, { message: 'required' }).max(200),
  role: shortTextSchema,
  email: z.union([z.literal(''), z.email({ message: 'invalid-email' })]).default(''),
  isActive: z.boolean().default(true),
});
export const staffMemberSchema = recordBaseSchema.extend(staffMemberFieldsSchema.shape);
export type StaffMember = z.infer<typeof staffMemberSchema>;
export type StaffMemberInput = z.input<typeof staffMemberFieldsSchema>;

export const customCategoryFieldsSchema = z.object({
  labels: z.object(
    Object.fromEntries(LANGUAGES.map((language) => [language, z.string().trim().min(1).max(120)])) as Record<
      (typeof LANGUAGES)[number],
      z.ZodString
    >,
  ),
  defaultSector: z.enum(SECTORS),
});
export const customCategorySchema = recordBaseSchema.extend(customCategoryFieldsSchema.shape);
export type CustomCategory = z.infer<typeof customCategorySchema>;

export const MAP_LAYOUTS = ['regions', 'fcose', 'concentric'] as const;
export type MapLayoutName = (typeof MAP_LAYOUTS)[number];
export const MAP_COLOUR_BY = ['category', 'sector', 'stage'] as const;
export type MapColourBy = (typeof MAP_COLOUR_BY)[number];
export const MAP_SIZE_BY = ['influence', 'degree'] as const;
export type MapSizeBy = (typeof MAP_SIZE_BY)[number];

/** A node's place on the map in one layout (`viewId`, "default:<layout>"). Keyed by [viewId+stakeholderId]. */
export const mapPositionSchema = z.object({
  viewId: idSchema,
  stakeholderId: idSchema,
  x: z.number().finite(),
  y: z.number().finite(),
});
export type MapPosition = z.infer<typeof mapPositionSchema>;
