import type { z } from 'zod';
import { ENTITIES } from '../domain/entities';
import { fieldDifferences } from './conflictFields';
import { keptBothValue } from './keptBoth';
import { tallyKeptBoth, tallyOf } from './keptTallies';
import type { SyncedRecord, SyncedTable } from './syncDocs';

// A conflict's resolution as the record to write: one version kept whole, or field by field
// a version's value, or both values kept (keptBoth.ts: hand-typed text joined so that the join
// shows, lists' items, tallies' entries). The result is checked by the table's schema.

type Row = Readonly<Record<string, unknown>>;

export type FieldChoice = { kind: 'version'; version: number } | { kind: 'both' };

export type Resolution =
  /** One version whole: 0 is the winner, 1… the others in the order listed. */
  | { kind: 'keep'; version: number }
  /** The winner, with the fields named here taken from another version or joined. */
  | { kind: 'fields'; choices: Readonly<Record<string, FieldChoice>> };

export type ResolutionProblem =
  | { kind: 'no-such-version'; version: number }
  | { kind: 'not-a-difference'; field: string }
  | { kind: 'cannot-keep-both'; field: string }
  | { kind: 'invalid-record'; issues: Array<{ field: string; message: string }> };

export type ResolvedRecord = { ok: true; record: SyncedRecord } | { ok: false; problems: ResolutionProblem[] };

function issuesOf(error: z.ZodError): Array<{ field: string; message: string }> {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * The record a resolution writes: `versions[0]` is the winning revision's record, the others
 * follow; `now` becomes its `updatedAt` (the resolution is a change of its own).
 */
export function resolvedRecord(
  table: SyncedTable,
  versions: readonly Row[],
  resolution: Resolution,
  now: string,
): ResolvedRecord {
  const problems: ResolutionProblem[] = [];
  const versionAt = (version: number): Row | undefined =>
    Number.isInteger(version) && version >= 0 ? versions[version] : undefined;
  let chosen: Record<string, unknown>;
  if (resolution.kind === 'keep') {
    const kept = versionAt(resolution.version);
    if (!kept) return { ok: false, problems: [{ kind: 'no-such-version', version: resolution.version }] };
    chosen = { ...kept };
  } else {
    const winner = versionAt(0);
    if (!winner) return { ok: false, problems: [{ kind: 'no-such-version', version: 0 }] };
    chosen = { ...winner };
    const keptBoth: string[] = [];
    const differences = new Map(fieldDifferences(table, versions).map((difference) => [difference.field, difference]));
    for (const [field, choice] of Object.entries(resolution.choices)) {
      const difference = differences.get(field);
      if (!difference) {
        problems.push({ kind: 'not-a-difference', field: field.slice(0, 100) });
        continue;
      }
      if (choice.kind === 'both') {
        const both = difference.canKeepBoth ? keptBothValue(table, field, difference.values) : undefined;
        if (both === undefined) problems.push({ kind: 'cannot-keep-both', field });
        else {
          chosen[field] = both;
          keptBoth.push(field);
        }
        continue;
      }
      const source = versionAt(choice.version);
      if (!source) problems.push({ kind: 'no-such-version', version: choice.version });
      else if (source[field] === undefined) delete chosen[field];
      else chosen[field] = source[field];
    }
    // Every version's tally keeps every version's deletions: the ids those took off go too.
    for (const field of keptBoth) {
      const tally = tallyOf(table, field);
      const idsChoice = tally && resolution.choices[tally.idsField];
      const kept = idsChoice?.kind === 'version' ? versionAt(idsChoice.version) : winner;
      if (!tally || !kept) continue;
      const { ids, entries } = tallyKeptBoth(tally, kept, versions);
      chosen[tally.idsField] = ids;
      chosen[field] = entries;
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  // A resolution keeps the record's identity and birth, whichever version it takes them from.
  const winner = versions[0];
  const parsed = ENTITIES[table].schema.safeParse({
    ...chosen,
    id: winner?.id,
    createdAt: winner?.createdAt,
    updatedAt: now,
  });
  if (!parsed.success) return { ok: false, problems: [{ kind: 'invalid-record', issues: issuesOf(parsed.error) }] };
  return { ok: true, record: parsed.data as SyncedRecord };
}
