import type { z } from 'zod';

// Turns schema failures into messages that name the field and the reason, so that a form
// can show each next to its field and an import can name the row.

export interface FieldIssue {
  /** Dotted path of the field, e.g. "name" or "parties.1.role". */
  field: string;
  /** A stable reason code ("required", "invalid-email") or zod's message. */
  reason: string;
  /** The limit a value went over, so that the message can say it ("at most 2,000 characters"). */
  limit?: FieldLimit;
}

export interface FieldLimit {
  maximum: number;
  /** What the maximum counts: a text's characters, a list's entries or a number's value. */
  of: 'characters' | 'entries' | 'value';
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

  /** The limit broken by the first issue per field, for the fields whose first issue has one. */
  limitsByField(): Record<string, FieldLimit> {
    const result: Record<string, FieldLimit> = {};
    const seen = new Set<string>();
    for (const issue of this.issues) {
      if (seen.has(issue.field)) continue;
      seen.add(issue.field);
      if (issue.limit) result[issue.field] = issue.limit;
    }
    return result;
  }
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const fieldIssue: FieldIssue = {
      field: issue.path.map(String).join('.'),
      reason: issue.code === 'custom' || issue.message.length < 40 ? issue.message : issue.code,
    };
    if (issue.code === 'too_big') {
      const of = LIMITED[issue.origin];
      if (of) fieldIssue.limit = { maximum: Number(issue.maximum), of };
    }
    return fieldIssue;
  });
}

/** What a maximum counts, by the kind of value zod measured. */
const LIMITED: Readonly<Partial<Record<string, FieldLimit['of']>>> = {
  string: 'characters',
  array: 'entries',
  set: 'entries',
  number: 'value',
};

export function parseOrThrow<Schema extends z.ZodType>(schema: Schema, value: unknown): z.infer<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(toFieldIssues(result.error));
  return result.data;
}
