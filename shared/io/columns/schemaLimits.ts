import { z } from 'zod';

// The longest cell an imported column takes, read from the schemas in shared/domain so that
// the two cannot drift apart: a text field's maximum, a list's items × item length with their
// separators. A schema without a maximum is a mistake found when the module loads.

/** A schema's own type under its wrappers: .default(), .optional(), .nullable(), a transform's input. */
function unwrapped(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    return unwrapped(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return unwrapped(schema.in as z.ZodType);
  return schema;
}

/** A text schema's maximum length. */
export function longestText(schema: z.ZodType): number {
  const text = unwrapped(schema);
  if (text instanceof z.ZodString && text.maxLength !== null) return text.maxLength;
  throw new Error('An imported text field has no maximum length in its schema');
}

/** A list schema's maximum number of items, and its items' schema. */
function listOf(schema: z.ZodType): { items: number; item: z.ZodType } {
  const list = unwrapped(schema);
  const maximum =
    list instanceof z.ZodArray
      ? list._zod.def.checks?.find((check) => check instanceof z.core.$ZodCheckMaxLength)
      : undefined;
  if (list instanceof z.ZodArray && maximum instanceof z.core.$ZodCheckMaxLength)
    return { items: maximum._zod.def.maximum, item: list.element as z.ZodType };
  throw new Error('An imported list field has no maximum number of items in its schema');
}

/** The longest cell of `items` items of `itemLength` characters, joined by "; ". */
export const longestListOf = (items: number, itemLength: number): number => items * itemLength + (items - 1) * 2;

/** The longest cell a list field takes: its items at their longest, joined by "; ". */
export function longestList(schema: z.ZodType, itemLength?: number): number {
  const { items, item } = listOf(schema);
  return longestListOf(items, itemLength ?? longestText(item));
}

/** A cell whose text is recognised (a region, a category, a score…): a short text's length. */
export const RECOGNISED_TEXT = 300;

/** RFC 5321: an email address has at most 254 characters (the schema checks the form, not the length). */
export const LONGEST_EMAIL = 254;
