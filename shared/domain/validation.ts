import type { z } from 'zod';

// Turns schema failures into messages that name the field and the reason, so that a form
// can show each next to its field and an import can name the row.

export interface FieldIssue {
  /** Dotted path of the field, e.g. "name" or "parties.1.role". */
  field: string;
  /** A stable reason code ("required", "invalid-email") or zod's message. */
  reason: string;
}

export class ValidationError extends Error {
  readonly issues: readonly FieldIssue[];

  constructor(issues: readonly FieldIssue[]) {
    super(issues.map((issue) => `${issue.field || '(record)'}: ${issue.reason}`).join('; '));
    this.name = 'ValidationError';
    this.issues = issues;
  }

  /** The first issue per field, for showing next to form fields. */
  byField(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const issue of this.issues) result[issue.field] ??= issue.reason;
    return result;
  }
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    reason: issue.code === 'custom' || issue.message.length < 40 ? issue.message : issue.code,
  }));
}

export function parseOrThrow<Schema extends z.ZodType>(schema: Schema, value: unknown): z.infer<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(toFieldIssues(result.error));
  return result.data;
}
