import { useContext, useEffect, useId, useState } from 'react';
import type { SyncedTable } from '../../../shared/sync/syncDocs';
import { useT } from '../../i18n/useT';
import { recordChanges, type RecordChanges } from '../../sync/recordChanges';
import { TeamSyncContext } from './TeamSyncProvider';

/** On a record's page, while in a team: who changed it and when, newest first. */
export function RecordChangesSection({ table, id }: { table: SyncedTable; id: string }) {
  const { t, formatDate } = useT();
  const headingId = useId();
  // A page shown outside the app's frame (a test, the print view) has no team connection.
  const teamSync = useContext(TeamSyncContext);
  const [found, setFound] = useState<RecordChanges | null>(null);
  const engine = teamSync?.state.kind === 'joined' ? teamSync.state.engine : null;
  const status = teamSync?.status;

  useEffect(
    function readChangesAfterEachSync() {
      if (!engine) return;
      let isCurrent = true;
      recordChanges(engine.local, table, id).then(
        (changes) => isCurrent && setFound(changes),
        () => isCurrent && setFound(null),
      );
      return () => {
        isCurrent = false;
      };
    },
    [engine, table, id, status],
  );

  if (!engine || !found) return null;
  const time = (iso: string) =>
    `${formatDate(iso)} ${new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('team.changes.title')}</h2>
      {found.changes.length === 0 ? (
        <p className="muted">{t('team.changes.none')}</p>
      ) : (
        <ol className="item-list" aria-labelledby={headingId}>
          {found.changes.map((change, index) => (
            <li key={`${change.changedAt}-${index}`}>
              {t(change.isDeletion ? 'team.changes.deletedBy' : 'team.changes.changedBy', {
                who: change.changedBy ?? t('team.conflicts.unknownMember'),
                when: time(change.changedAt),
              })}
            </li>
          ))}
        </ol>
      )}
      {found.unknownEarlier > 0 && <p className="muted">{t('team.changes.unknownEarlier')}</p>}
    </section>
  );
}
