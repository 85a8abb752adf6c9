import { useCallback, useEffect, useState } from 'react';
import type { FieldChoice } from '../../../shared/sync/resolveConflict';
import { shownDifference } from '../../../shared/sync/conflictFields';
import type { ShownValue } from '../../../shared/io/restoreValues';
import { useNotify } from '../../app/notifications/useNotify';
import { recordName } from '../../data/recordQueries';
import { useDatabase } from '../../data/useDatabase';
import type { I18nValue } from '../../i18n/I18nContext';
import { useT } from '../../i18n/useT';
import { previewConflictDeletion } from '../../sync/conflictDeletion';
import type { ConflictChoice, RecordConflict } from '../../sync/conflicts';
import type { SyncEngine } from '../../sync/syncEngine';
import { mergeFieldLabel } from '../import-export/mergeFieldLabels';
import { shownValueText } from '../import-export/shownValueText';
import { ConflictDeletionDialog } from './ConflictDeletionDialog';
import { refusalText, resolvedText } from './conflictOutcomeText';

// Records changed on two laptops before either saw the other's change. Every laptop shows
// the same winner; here each other version is shown field by field, and the person keeps
// one whole, or chooses field by field (joining both texts where the field is typed by hand).
// A record deleted on one laptop and changed on another is listed too: keep it as changed, or
// delete it, asked first and undone as any deletion in the app. What a choice replaces unseen
// (versions not shown, versions set aside) is said. Versions by one team member are told apart
// by number: each control's name is its own.

function conflictTitle(words: I18nValue, conflict: RecordConflict): string {
  return words.t('team.conflicts.recordTitle', {
    table: words.t(`restore.table.${conflict.table}`),
    name: recordName(conflict.table, conflict.versions[0]?.record ?? {}) || conflict.id,
  });
}

interface ConflictCardProps {
  conflict: RecordConflict;
  onResolve(choice: ConflictChoice): void;
  /** Asks before deleting the record (a deletion outlived by a change). */
  onDelete(): void;
}

function ConflictCard({ conflict, onResolve, onDelete }: ConflictCardProps) {
  const words = useT();
  const { t, tn, formatDate } = words;
  const [choices, setChoices] = useState<Record<string, FieldChoice>>({});
  const labelOf = (path: string) => mergeFieldLabel(words, conflict.table, path) ?? path;
  const shown = (value: ShownValue | undefined) =>
    !value || value.kind === 'empty' ? (
      <span className="muted">{t('team.conflicts.empty')}</span>
    ) : (
      shownValueText(value, words, labelOf)
    );
  const title = conflictTitle(words, conflict);
  const choiceName = (field: string) => `${conflict.docId}-${field}`;
  const hasVersions = conflict.versions.length > 1;
  // One other version is "the other"; several are numbered, in the columns and on their buttons.
  const isNumbered = conflict.versions.length > 2;
  const whoChanged = (index: number) => conflict.versions[index]?.changedBy ?? t('team.conflicts.unknownMember');
  const columnLabel = (index: number) =>
    index === 0
      ? t('team.conflicts.shown')
      : isNumbered
        ? t('team.conflicts.otherNumbered', { number: index })
        : t('team.conflicts.other');
  const keepOtherLabel = (index: number) =>
    isNumbered
      ? t('team.conflicts.keepOtherNumbered', { number: index, who: whoChanged(index) })
      : t('team.conflicts.keepOther', { who: whoChanged(index) });
  return (
    <li className="conflict">
      {!hasVersions && <h4>{title}</h4>}
      {conflict.deletions.map((deletion) => (
        <p key={deletion.rev}>
          {t('team.conflicts.deletedBy', {
            who: deletion.changedBy ?? t('team.conflicts.unknownMember'),
            when: formatDate(deletion.changedAt),
          })}
        </p>
      ))}
      {conflict.unshown > 0 && <p>{tn('team.conflicts.unshown', conflict.unshown)}</p>}
      {conflict.setAside.length > 0 && <p>{tn('team.conflicts.setAside', conflict.setAside.length)}</p>}
      {hasVersions && (
        <table className="conflict-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.conflicts.field')}</th>
              {conflict.versions.map((version, index) => (
                <th scope="col" key={version.rev}>
                  {columnLabel(index)}
                  <div className="muted">
                    {t('team.conflicts.changedBy', { who: whoChanged(index), when: formatDate(version.changedAt) })}
                  </div>
                </th>
              ))}
              <th scope="col">{t('team.conflicts.keepBoth')}</th>
            </tr>
          </thead>
          <tbody>
            {conflict.differences.map((difference) => {
              const values = shownDifference(conflict.table, difference);
              const chosen = choices[difference.field];
              return (
                <tr key={difference.field}>
                  <th scope="row">{labelOf(difference.field)}</th>
                  {conflict.versions.map((version, index) => (
                    <td key={version.rev}>
                      <label>
                        <input
                          type="radio"
                          name={choiceName(difference.field)}
                          checked={chosen ? chosen.kind === 'version' && chosen.version === index : index === 0}
                          onChange={() =>
                            setChoices({ ...choices, [difference.field]: { kind: 'version', version: index } })
                          }
                          aria-label={t('team.conflicts.chooseValue', {
                            field: labelOf(difference.field),
                            version: index + 1,
                          })}
                        />{' '}
                        {shown(values[index])}
                      </label>
                    </td>
                  ))}
                  <td>
                    {difference.canKeepBoth && (
                      <input
                        type="radio"
                        name={choiceName(difference.field)}
                        checked={chosen?.kind === 'both'}
                        onChange={() => setChoices({ ...choices, [difference.field]: { kind: 'both' } })}
                        aria-label={t('team.conflicts.keepBothOf', { field: labelOf(difference.field) })}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="item-actions">
        {hasVersions ? (
          <button type="button" className="button-small" onClick={() => onResolve({ kind: 'fields', choices })}>
            {t('team.conflicts.saveChoices', { title })}
          </button>
        ) : (
          <button type="button" className="button-small" onClick={() => onResolve({ kind: 'keep', version: 0 })}>
            {t('team.conflicts.keepChanged', { title })}
          </button>
        )}
        {conflict.versions.slice(1).map((version, index) => (
          <button
            type="button"
            className="button-small"
            key={version.rev}
            onClick={() => onResolve({ kind: 'keep', version: index + 1 })}
          >
            {keepOtherLabel(index + 1)}
          </button>
        ))}
        {conflict.deletions.length > 0 && (
          <button type="button" className="button-small" onClick={onDelete}>
            {t('team.conflicts.delete', { title })}
          </button>
        )}
      </div>
    </li>
  );
}

export function ConflictsList({ engine }: { engine: SyncEngine }) {
  const words = useT();
  const { t } = words;
  const { notify, notifyError } = useNotify();
  const database = useDatabase();
  const [conflicts, setConflicts] = useState<RecordConflict[] | null>(null);
  const [deleting, setDeleting] = useState<RecordConflict | null>(null);
  const [version, setVersion] = useState(0);

  const reload = useCallback(() => setVersion((current) => current + 1), []);
  useEffect(
    function listConflictsAfterEachChange() {
      let isCurrent = true;
      void engine.conflicts().then((found) => isCurrent && setConflicts(found));
      const unsubscribe = engine.subscribe(
        () => void engine.conflicts().then((found) => isCurrent && setConflicts(found)),
      );
      return () => {
        isCurrent = false;
        unsubscribe();
      };
    },
    [engine, version],
  );

  async function resolve(conflict: RecordConflict, choice: ConflictChoice) {
    try {
      const outcome = await engine.resolve(conflict, choice);
      // A deletion made in this laptop's database is undone as any other: the outbox hands the Undo over too.
      if (outcome.ok && choice.kind === 'delete')
        notify({ message: t('team.conflicts.deleted', { title: conflictTitle(words, conflict) }), undo: outcome.undo });
      else if (outcome.ok) notify({ message: resolvedText(words, conflict.table, outcome) });
      else notify({ message: refusalText(words, conflict.table, outcome), tone: 'error' });
    } catch (error) {
      notifyError(error);
    }
    reload();
  }

  if (conflicts === null) return null;
  return (
    <section aria-label={t('team.conflicts.title')}>
      <h3>{t('team.conflicts.title')}</h3>
      {conflicts.length === 0 ? (
        <p>{t('team.conflicts.none')}</p>
      ) : (
        <>
          <p>{t('team.conflicts.intro')}</p>
          <ul className="conflict-list">
            {conflicts.map((conflict) => (
              <ConflictCard
                key={conflict.docId}
                conflict={conflict}
                onResolve={(choice) => void resolve(conflict, choice)}
                onDelete={() => setDeleting(conflict)}
              />
            ))}
          </ul>
        </>
      )}
      {deleting && (
        <ConflictDeletionDialog
          title={conflictTitle(words, deleting)}
          preview={() => previewConflictDeletion(database, deleting)}
          onClose={() => setDeleting(null)}
          onConfirm={() => {
            setDeleting(null);
            void resolve(deleting, { kind: 'delete' });
          }}
        />
      )}
    </section>
  );
}
