import { COPIES_PENDING_META_KEY, ERASED_CONTACTS_META_KEY } from '../../../shared/domain/personalData';
import { META_KEYS } from '../../db/repositories/meta';
import type { UndoConflict, UndoOutcome } from '../../db/undo';
import type { I18nValue } from '../../i18n/I18nContext';
import type { PlainMessageKey } from '../../i18n/translate';
import { useT } from '../../i18n/useT';
import { Dialog } from '../../ui/Dialog';

/** Names listed per list; the rest is counted (the dialog body scrolls). */
const LISTED = 50;

/** Settings an undoable change writes: their key means nothing to the user. */
const META_ROW_LABELS: ReadonlyMap<string, PlainMessageKey> = new Map([
  [META_KEYS.sample, 'undo.meta.sample'],
  [ERASED_CONTACTS_META_KEY, 'undo.meta.erasedContacts'],
  [COPIES_PENDING_META_KEY, 'undo.meta.copiesPending'],
]);

function nameOf(t: I18nValue['t'], conflict: UndoConflict): string {
  const metaLabel = conflict.table === 'meta' ? META_ROW_LABELS.get(conflict.key) : undefined;
  return metaLabel ? t(metaLabel) : conflict.label;
}

export function describeConflict(t: I18nValue['t'], conflict: UndoConflict): string {
  const params = {
    name: nameOf(t, conflict),
    kind: t(`undo.kind.${conflict.table}`),
    byName: conflict.by?.label ?? '',
    byKind: conflict.by ? t(`undo.kind.${conflict.by.table}`) : '',
    toKind: conflict.missing ? t(`undo.kind.${conflict.missing}`) : '',
    count: conflict.count ?? 0,
  };
  return t(`undo.reason.${conflict.reason}`, params);
}

/** How many records the entries name: a row trimmed of two kinds of record is one record. */
export function countRecords(entries: readonly UndoConflict[]): number {
  return new Set(entries.map((entry) => `${entry.table}\u0000${entry.key}`)).size;
}

/** What the toast says when Undo brought everything back, some records without ids of records gone since. */
export function describeDoneTrimmed(t: I18nValue['t'], tn: I18nValue['tn'], trimmed: readonly UndoConflict[]): string {
  return tn('undo.doneTrimmed', countRecords(trimmed), { detail: describeConflict(t, trimmed[0]!) });
}

function HeldBackList({ records }: { records: readonly UndoConflict[] }) {
  const { t, tn } = useT();
  const listed = records.slice(0, LISTED);
  return (
    <>
      <ul>
        {listed.map((conflict) => (
          <li key={`${conflict.table}\u0000${conflict.key}\u0000${conflict.missing ?? ''}`}>
            {describeConflict(t, conflict)}
          </li>
        ))}
      </ul>
      {records.length > listed.length && <p>{tn('undo.more', records.length - listed.length)}</p>}
    </>
  );
}

interface UndoConflictDialogProps {
  outcome: UndoOutcome;
  onUndoSafePart(): void;
  onClose(): void;
}

/**
 * Undo found records changed or referred to after the change: it names them and the
 * records that go with them, and offers to undo the rest or to leave everything as it is.
 */
export function UndoConflictDialog({ outcome, onUndoSafePart, onClose }: UndoConflictDialogProps) {
  const { t, tn } = useT();
  const hasSafePart = outcome.safeRowCount > 0;
  return (
    <Dialog
      title={t('undo.title')}
      onClose={onClose}
      size="medium"
      footer={
        <>
          <button type="button" onClick={onClose} autoFocus>
            {hasSafePart ? t('common.cancel') : t('common.close')}
          </button>
          {hasSafePart && (
            <button type="button" className="button-primary" onClick={onUndoSafePart}>
              {t('undo.undoRest')}
            </button>
          )}
        </>
      }
    >
      <p>{t('undo.intro')}</p>
      <HeldBackList records={outcome.conflicts} />
      {outcome.dependents.length > 0 && (
        <>
          <p>{tn('undo.dependents', outcome.dependents.length)}</p>
          <HeldBackList records={outcome.dependents} />
        </>
      )}
      {hasSafePart && outcome.trimmed && (
        <>
          <p>{tn('undo.trimmed', countRecords(outcome.trimmed))}</p>
          <HeldBackList records={outcome.trimmed} />
        </>
      )}
      <p>{hasSafePart ? tn('undo.safe', outcome.safeRowCount) : t('undo.nothingSafe')}</p>
    </Dialog>
  );
}
