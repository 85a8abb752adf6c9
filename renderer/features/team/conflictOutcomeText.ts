import type { ResolutionProblem } from '../../../shared/sync/resolveConflict';
import type { SyncedTable } from '../../../shared/sync/syncDocs';
import type { I18nValue } from '../../i18n/I18nContext';
import type { MissingReference, ResolutionOutcome } from '../../sync/conflicts';
import { mergeFieldLabel } from '../import-export/mergeFieldLabels';

// What the Conflicts list says of a resolution: why it refused a choice, field by field, as
// the forms say it (docs/DESIGN.md §8: an error names the field and the reason), so that the person can
// tell what to choose otherwise; and, done, which fields lost records deleted since.

type Refusal = Exclude<ResolutionOutcome, { ok: true }>;

/** Records pointed at that are deleted here, field by field: "Participants (contact persons)". */
export function referencesText(words: I18nValue, table: SyncedTable, references: readonly MissingReference[]): string {
  return references
    .map((reference) =>
      words.t('team.conflicts.problem.deletedTarget', {
        field: mergeFieldLabel(words, table, reference.field) ?? reference.field,
        table: words.t(`restore.table.${reference.table}`),
      }),
    )
    .join('; ');
}

/** The message that says a resolution was written, and what it left out. */
export function resolvedText(words: I18nValue, table: SyncedTable, outcome: ResolutionOutcome & { ok: true }): string {
  const { lessened = [] } = outcome;
  if (lessened.length === 0) return words.t('team.conflicts.resolved');
  return words.t('team.conflicts.resolvedLessened', { fields: referencesText(words, table, lessened) });
}

function problemText(words: I18nValue, table: SyncedTable, problem: ResolutionProblem): string[] {
  const { t, tOr } = words;
  // A schema's issue names a path (`parties.0.stakeholderId`): the field is its first step.
  const label = (path: string) => {
    const field = path.split('.')[0] ?? path;
    return mergeFieldLabel(words, table, field) ?? field;
  };
  switch (problem.kind) {
    case 'invalid-record':
      return problem.issues.map((issue) =>
        t('team.conflicts.problem.field', {
          field: label(issue.field),
          reason: tOr(`validation.${issue.message}`, t('team.conflicts.problem.checkValue')),
        }),
      );
    case 'cannot-keep-both':
      return [t('team.conflicts.problem.cannotKeepBoth', { field: label(problem.field) })];
    case 'not-a-difference':
    case 'no-such-version':
      return [t('team.conflicts.problem.notShown')];
  }
}

/** The message that says why a resolution was refused. */
export function refusalText(words: I18nValue, table: SyncedTable, refusal: Refusal): string {
  const { t } = words;
  if (refusal.reason === 'invalid')
    return t('team.conflicts.notResolved.invalid', {
      problems: refusal.problems.flatMap((problem) => problemText(words, table, problem)).join(' '),
    });
  if (refusal.reason === 'missing-references')
    return t('team.conflicts.notResolved.missing-references', {
      fields: referencesText(words, table, refusal.references),
    });
  return t(`team.conflicts.notResolved.${refusal.reason}`);
}
