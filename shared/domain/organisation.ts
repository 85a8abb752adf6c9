import { z } from 'zod';
import { idSchema, notesSchema, recordBaseSchema, shortTextSchema } from './common';
import { LANGUAGES, SECTORS } from './enums';

// The team's own records: programmes, staff members, custom categories and saved map views.

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

export const mapFiltersSchema = z.object({
  regions: z.array(z.string()).default([]),
  categoryIds: z.array(z.string()).default([]),
  sectors: z.array(z.string()).default([]),
  stages: z.array(z.string()).default([]),
  relationshipTypes: z.array(z.string()).default([]),
});
export type MapFilters = z.infer<typeof mapFiltersSchema>;

export const savedViewFieldsSchema = z.object({
  name: z.string().trim().min(1, { message: 'required' }).max(120),
  filters: mapFiltersSchema,
  layout: z.enum(MAP_LAYOUTS),
  colourBy: z.enum(MAP_COLOUR_BY),
  sizeBy: z.enum(MAP_SIZE_BY),
});
export const savedViewSchema = recordBaseSchema.extend(savedViewFieldsSchema.shape);
export type SavedView = z.infer<typeof savedViewSchema>;

/** A node's place on a saved view's map. Keyed by [viewId+stakeholderId]. */
export const mapPositionSchema = z.object({
  viewId: idSchema,
  stakeholderId: idSchema,
  x: z.number().finite(),
  y: z.number().finite(),
});
export type MapPosition = z.infer<typeof mapPositionSchema>;
