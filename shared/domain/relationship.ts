import { z } from 'zod';
import { idSchema, isoDateSchema, notesSchema, recordBaseSchema } from './common';
import { RELATIONSHIP_STATUSES } from './enums';

export const relationshipFieldsSchema = z.object({
  sourceId: idSchema,
  targetId: idSchema,
  /** One of RELATIONSHIP_TYPES or a user-defined type. */
  type: z.string().trim().min(1, { message: 'required' }).max(60),
  isDirected: z.boolean().default(false),
  strength: z.number().int().min(1).max(3),
  status: z.enum(RELATIONSHIP_STATUSES),
  since: isoDateSchema.nullable().default(null),
  until: isoDateSchema.nullable().default(null),
  notes: notesSchema,
});

function checkRelationship(value: z.infer<typeof relationshipFieldsSchema>, context: z.RefinementCtx): void {
  if (value.sourceId === value.targetId) {
    context.addIssue({ code: 'custom', path: ['targetId'], message: 'relationship-to-itself' });
  }
  if (value.since !== null && value.until !== null && value.until < value.since) {
    context.addIssue({ code: 'custom', path: ['until'], message: 'ends-before-start' });
  }
}

export const relationshipInputSchema = relationshipFieldsSchema.superRefine(checkRelationship);
export type RelationshipInput = z.input<typeof relationshipInputSchema>;

export const relationshipSchema = recordBaseSchema
  .extend(relationshipFieldsSchema.shape)
  .superRefine(checkRelationship);
export type Relationship = z.infer<typeof relationshipSchema>;
