import type { BackupTableName } from '../../../shared/io/backup';
import type { RecordChange, TableDiff } from '../../../shared/io/restoreDiff';
import type { ShownValue } from '../../../shared/io/restoreValues';
import { useT } from '../../i18n/useT';
import { META_KEY_LABELS, mergeFieldLabel } from './mergeFieldLabels';
import { shownValueText } from './shownValueText';

// What a merge would do, per table, with a few changed records field by field, every field
// and value in the user's language.

function RecordChangeTable({ table, change }: { table: BackupTableName; change: RecordChange }) {
  const words = useT();
  const { t } = words;
  const labelOf = (path: string) => mergeFieldLabel(words, table, path) ?? path;
  const shown = (value: ShownValue) =>
    value.kind === 'empty' ? (
      <span className="muted">{t('restore.examples.empty')}</span>
    ) : (
      shownValueText(value, words, labelOf)
    );
  const metaLabel = table === 'meta' ? META_KEY_LABELS[change.key] : undefined;
  return (
    <table className="data-table restore-example">
      <caption>{metaLabel ? t(metaLabel) : change.label}</caption>
      <thead>
        <tr>
          <th scope="col">{t('restore.examples.col.field')}</th>
          <th scope="col">{t('restore.examples.col.now')}</th>
          <th scope="col">{t('restore.examples.col.backup')}</th>
        </tr>
      </thead>
      <tbody>
        {change.fields.map((field) => (
          <tr key={field.field}>
            <th scope="row">{labelOf(field.field)}</th>
            <td>{shown(field.now)}</td>
            <td>{shown(field.backup)}</td>
          </tr>
        ))}
      </tbody>
      {change.moreFields > 0 && (
        <tfoot>
          <tr>
            <td colSpan={3}>{t('restore.examples.moreFields', { count: change.moreFields })}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

function Examples({ diff, kind }: { diff: TableDiff; kind: 'changed' | 'older' }) {
  const { t } = useT();
  const examples = kind === 'changed' ? diff.changedExamples : diff.olderExamples;
  if (examples.length === 0) return null;
  return (
    <details className="restore-examples">
      <summary>
        {t(kind === 'changed' ? 'restore.examples.changed' : 'restore.examples.older', {
          table: t(`restore.table.${diff.table}`),
        })}
      </summary>
      {examples.map((change) => (
        <RecordChangeTable key={change.key} table={diff.table} change={change} />
      ))}
    </details>
  );
}

export function MergePreview({ diffs }: { diffs: readonly TableDiff[] }) {
  const { t, formatNumber } = useT();
  const differing = diffs.filter((diff) => diff.added + diff.changed + diff.older > 0);
  if (differing.length === 0) return <p>{t('restore.merge.nothing')}</p>;
  const columns = ['added', 'changed', 'older', 'unchanged', 'onlyHere'] as const;
  return (
    <>
      <div className="table-scroll">
        <table className="data-table restore-diff">
          <caption>{t('restore.merge.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('restore.merge.col.table')}</th>
              {columns.map((column) => (
                <th scope="col" key={column}>
                  {t(`restore.merge.col.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {differing.map((diff) => (
              <tr key={diff.table}>
                <th scope="row">{t(`restore.table.${diff.table}`)}</th>
                {columns.map((column) => (
                  <td key={column}>{formatNumber(diff[column])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {differing.map((diff) => (
        <div key={diff.table}>
          <Examples diff={diff} kind="changed" />
          <Examples diff={diff} kind="older" />
        </div>
      ))}
    </>
  );
}
