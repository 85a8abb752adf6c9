import type { MentionMatcher } from '../domain/mentions';
import type { PersonalDataTable } from '../domain/personalData';
import { redactRecord } from '../domain/recordMentions';
import { backupSchema } from './backup';

// Replaces a person's mentions in one record without ever making the record invalid: a
// restore refuses a whole backup for one invalid record, so a rewrite that breaks a field's
// limit (a 60-character short name, a web address's pattern) would make the copy useless.
// Used by the erasure in the database (renderer/db/privacy.ts) and in the copies
// (eraseFromBackup.ts) alike.

/** Never longer than a mention (a name has at least three characters): it fits wherever the mention did. */
export const SHORT_MARKER = '[…]';

const tableSchemas = backupSchema.shape.tables.shape;

/** The record's problems under today's schema, as "path:code" (empty when it is valid). */
function problemsOf(table: PersonalDataTable, row: unknown): Set<string> {
  const result = tableSchemas[table].safeParse([row]);
  return new Set(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.code}`));
}

/** No problem the record did not have already: a record of an older version may not be valid today, and stays as valid as it was. */
const isNoWorse = (before: ReadonlySet<string>, after: ReadonlySet<string>) =>
  [...after].every((problem) => before.has(problem));

export interface RedactionWithinSchema<Row> {
  record: Row;
  /** Mentions replaced. */
  count: number;
  /** Fields whose mentions stay: no marker fits there. */
  fieldsLeft: string[];
}

/**
 * The record with the person's mentions in `fields` replaced by the marker, field by field;
 * where the marker would make the record invalid, by SHORT_MARKER; where even that would,
 * the field is left as it was and named in `fieldsLeft`.
 */
export function redactWithinSchema<Row>(
  table: PersonalDataTable,
  row: Row,
  matcher: MentionMatcher,
  marker: string,
  fields: Iterable<string>,
): RedactionWithinSchema<Row> {
  const before = problemsOf(table, row);
  const outcome: RedactionWithinSchema<Row> = { record: row, count: 0, fieldsLeft: [] };
  for (const field of fields) {
    const only = new Set([field]);
    let accepted: { record: Row; count: number } | null = null;
    let isFound = false;
    for (const candidateMarker of marker === SHORT_MARKER ? [marker] : [marker, SHORT_MARKER]) {
      const candidate = redactRecord(table, outcome.record, matcher, candidateMarker, only);
      if (candidate.count === 0) break;
      isFound = true;
      if (isNoWorse(before, problemsOf(table, candidate.record))) {
        accepted = candidate;
        break;
      }
    }
    if (accepted) {
      outcome.record = accepted.record;
      outcome.count += accepted.count;
    } else if (isFound) {
      outcome.fieldsLeft.push(field);
    }
  }
  return outcome;
}
