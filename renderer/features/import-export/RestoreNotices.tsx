import { showValue } from '../../../shared/io/restoreDiff';
import type { RestoreMode } from '../../db/backup';
import type { RestorePreview } from '../../db/restorePreview';
import { useT } from '../../i18n/useT';
import type { RestoreFailure } from './useRestoreRun';

// The restore dialog's notices: the records left out, or restored without their mention, for
// pointing at stakeholders the backup lacks; the erased contact persons left out (never named), the
// backup's settings left out, the fields and tables this version does not know (a newer
// Trama's), the rows of tables this version no longer has, and why a restore that was asked
// for did not happen. Above them, in a merge, the comparison leaves out what the restore does;
// in a replace, only the backup's counts as it is ("It holds …") are shown, so the notices say
// that those count what is left out.

const SHOWN_DROPPED_KEYS = 10;

interface RestoreNoticesProps {
  preview: RestorePreview;
  /** The mode chosen; absent: as in a merge, the dialog's default. */
  mode?: RestoreMode;
  restoreErasedContacts: boolean;
  onRestoreErasedContactsChange(isChecked: boolean): void;
}

export function RestoreNotices({
  preview,
  mode = 'merge',
  restoreErasedContacts,
  onRestoreErasedContactsChange,
}: RestoreNoticesProps) {
  const { t, tn, tOr } = useT();
  const { leftOut, droppedMeta, retiredRows, droppedFields, unknownTables } = preview;
  const isReplace = mode === 'replace';
  const missingStakeholders = (isReplace && preview.missingStakeholdersIfReplaced) || preview.missingStakeholders;
  const quote = (key: string) => t('restore.quoted', { text: showValue(key) });
  const dropped = droppedMeta
    .slice(0, SHOWN_DROPPED_KEYS)
    .map((row) => `${quote(row.key)} (${t(`restore.droppedMeta.${row.reason}`)})`);
  if (droppedMeta.length > SHOWN_DROPPED_KEYS)
    dropped.push(t('restore.value.more', { count: droppedMeta.length - SHOWN_DROPPED_KEYS }));
  const retiredCount = retiredRows.reduce((sum, row) => sum + row.count, 0);
  const retiredTables = retiredRows.map((row) => t(`restore.table.${row.table}`)).join(', ');
  const fields = droppedFields
    .slice(0, SHOWN_DROPPED_KEYS)
    .map(({ table, field, count }) =>
      t('restore.droppedFields.field', { table: tOr(`restore.table.${table}`, table), field: quote(field), count }),
    );
  if (droppedFields.length > SHOWN_DROPPED_KEYS)
    fields.push(t('restore.value.more', { count: droppedFields.length - SHOWN_DROPPED_KEYS }));
  const unknownCount = unknownTables.reduce((sum, row) => sum + row.count, 0);
  const unknownNames = unknownTables.slice(0, SHOWN_DROPPED_KEYS).map((row) => quote(row.table));
  if (unknownTables.length > SHOWN_DROPPED_KEYS)
    unknownNames.push(t('restore.value.more', { count: unknownTables.length - SHOWN_DROPPED_KEYS }));
  const missing = (['leftOut', 'trimmed'] as const).flatMap((kind) => {
    const counts = missingStakeholders[kind];
    const total = counts.reduce((sum, row) => sum + row.count, 0);
    const tables = counts
      .map(({ table, count }) =>
        t('restore.missingStakeholders.table', { table: tOr(`restore.table.${table}`, table), count }),
      )
      .join(', ');
    const key =
      kind === 'trimmed'
        ? 'restore.missingStakeholders.trimmed'
        : isReplace
          ? 'restore.missingStakeholders.leftOut.replace'
          : 'restore.missingStakeholders.leftOut';
    return total > 0 ? [{ kind, text: tn(key, total, { tables }) }] : [];
  });
  return (
    <>
      {missing.map(({ kind, text }) => (
        <p key={kind} className="notice">
          {text}
        </p>
      ))}
      {leftOut.contactIds.length > 0 && (
        <div className="notice">
          <p>
            {tn(isReplace ? 'restore.erased.warning.replace' : 'restore.erased.warning', leftOut.contactIds.length)}
            {leftOut.records.length > 0 &&
              ` ${tn('restore.erased.redacted', leftOut.records.length, { marker: t('erasure.marker') })}`}
            {leftOut.recordsLeftAsTheyAre > 0 && ` ${tn('restore.erased.leftAsTheyAre', leftOut.recordsLeftAsTheyAre)}`}
          </p>
          <label className="radio-option">
            <input
              type="checkbox"
              checked={restoreErasedContacts}
              onChange={(event) => onRestoreErasedContactsChange(event.target.checked)}
            />
            {t('restore.erased.restoreAnyway')}
          </label>
        </div>
      )}
      {droppedMeta.length > 0 && <p className="notice">{t('restore.droppedMeta', { list: dropped.join(', ') })}</p>}
      {fields.length > 0 && <p className="notice">{t('restore.droppedFields', { list: fields.join(', ') })}</p>}
      {unknownCount > 0 && (
        <p className="notice">{tn('restore.unknownTables', unknownCount, { tables: unknownNames.join(', ') })}</p>
      )}
      {retiredCount > 0 && (
        <p className="notice">{tn('restore.retiredRows', retiredCount, { tables: retiredTables })}</p>
      )}
    </>
  );
}

export function RestoreFailureNotice({ failure }: { failure: RestoreFailure }) {
  const { t } = useT();
  const detail =
    failure.kind === 'copy' ? (failure.error.reason === 'unknown' ? failure.error.detail : null) : failure.detail;
  return (
    <div role="alert" className="field-error">
      <p>
        {failure.kind === 'copy'
          ? t('restore.copyFailed', { reason: t(`restore.copyFailed.${failure.error.reason}`) })
          : t('restore.failed')}
      </p>
      {detail && <p className="muted">{t('restore.details', { detail })}</p>}
    </div>
  );
}
