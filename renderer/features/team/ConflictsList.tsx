import { useCallback, useEffect, useState } from 'react';
import type { FieldChoice } from '../../../shared/sync/resolveConflict';
import { shownDifference } from '../../../shared/sync/conflictFields';
import type { ShownValue } from '../../../shared/io/restoreValues';
import { useNotify } from '../../app/notifications/useNotify';
import { recordName } from '../../data/recordQueries';
import { useT } from '../../i18n/useT';
import type { ConflictChoice, RecordConflict } from '../../sync/conflicts';
import type { SyncEngine } from '../../sync/syncEngine';
import { mergeFieldLabel } from '../import-export/mergeFieldLabels';
import { shownValueText } from '../import-export/shownValueText';
import { refusalText, resolvedText } from './conflictOutcomeText';

// Records changed on two laptops before either saw the other's change. Every laptop shows
// the same winner; here each other version is shown field by field, and the person keeps
// one whole, or chooses field by field (joining both texts where the field is typed by hand).
// A record deleted on one laptop and changed on another is listed too: keep it as changed, or
// delete it. What a choice replaces unseen (versions not shown, versions set aside) is said.

function ConflictCard({ conflict, onResolve }: { conflict: RecordConflict; onResolve(choice: ConflictChoice): void }) {
  const words = useT();
  const { t, tn, formatDate } = words;
  const [choices, setChoices] = useState<Record<string, FieldChoice>>({});
  const tableName = t(`restore.table.${conflict.table}`);
  const labelOf = (path: string) => mergeFieldLabel(words, conflict.table, path) ?? path;
  const shown = (value: ShownValue | undefined) =>
    !value || value.kind === 'empty' ? (
      <span className="muted">{t('team.conflicts.empty')}</span>
    ) : (
      shownValueText(value, words, labelOf)
    );
  const title = t('team.conflicts.recordTitle', {
    table: tableName,
    name: recordName(conflict.table, conflict.versions[0]?.record ?? {}) || conflict.id,
  });
  const choiceName = (field: string) => `${conflict.docId}-${field}`;
  const hasVersions = conflict.versions.length > 1;
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
                  {index === 0 ? t('team.conflicts.shown') : t('team.conflicts.other')}
                  <div className="muted">
                    {t('team.conflicts.changedBy', {
                      who: version.changedBy ?? t('team.conflicts.unknownMember'),
                      when: formatDate(version.changedAt),
                    })}
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
            {t('team.conflicts.keepOther', { who: version.changedBy ?? t('team.conflicts.unknownMember') })}
          </button>
        ))}
        {conflict.deletions.length > 0 && (
          <button type="button" className="button-small" onClick={() => onResolve({ kind: 'delete' })}>
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
  const [conflicts, setConflicts] = useState<RecordConflict[] | null>(null);
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
      if (outcome.ok) notify({ message: resolvedText(words, conflict.table, outcome) });
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
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
