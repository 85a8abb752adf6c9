import { z } from 'zod';
import { idSchema, notesSchema, recordBaseSchema, scoreSchema, shortTextSchema, stringListSchema } from './common';
import { ATTITUDES, GUIDELINES_STAGES, LEVELS, REGIONAL_LEVELS, SECTORS, type Level } from './enums';
import { REGION_IDS, isProvinceOf } from './regions';

const websiteSchema = z
  .string()
  .trim()
  .max(500)
  .default('')
  .refine((value) => value === '' || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(value), { message: 'invalid-url' });

export const stakeholderFieldsSchema = z.object({
  name: z.string().trim().min(1, { message: 'required' }).max(300),
  shortName: z.string().trim().max(60).default(''),
  categoryId: idSchema,
  level: z.enum(LEVELS),
  region: z.enum(REGION_IDS).nullable(),
  province: z.string().trim().max(4).default(''),
  city: shortTextSchema,
  sector: z.enum(SECTORS),
  website: websiteSchema,
  notes: notesSchema,
  tags: stringListSchema,
  programmeIds: z.array(idSchema).default([]),
  influence: scoreSchema,
  interest: scoreSchema,
  attitude: z.enum(ATTITUDES),
  guidelinesStage: z.enum(GUIDELINES_STAGES),
});

function isRegionalLevel(level: Level): boolean {
  return (REGIONAL_LEVELS as readonly Level[]).includes(level);
}

function checkStakeholder(value: z.infer<typeof stakeholderFieldsSchema>, context: z.RefinementCtx): void {
  if (isRegionalLevel(value.level) && value.region === null) {
    context.addIssue({ code: 'custom', path: ['region'], message: 'region-required-for-level' });
  }
  if (!isRegionalLevel(value.level) && value.region !== null) {
    context.addIssue({ code: 'custom', path: ['region'], message: 'region-not-allowed-for-level' });
  }
  if (value.province !== '' && (value.region === null || !isProvinceOf(value.region, value.province))) {
    context.addIssue({ code: 'custom', path: ['province'], message: 'province-not-in-region' });
  }
}

/** What a user enters for a stakeholder. */
export const stakeholderInputSchema = stakeholderFieldsSchema.superRefine(checkStakeholder);
export type StakeholderInput = z.input<typeof stakeholderInputSchema>;

export const stakeholderSchema = recordBaseSchema.extend(stakeholderFieldsSchema.shape).superRefine(checkStakeholder);
export type Stakeholder = z.infer<typeof stakeholderSchema>;
