import { useEffect, useState } from 'react';
import { recordName } from '../../data/recordQueries';
import { useT } from '../../i18n/useT';
import type { HeldRecord } from '../../sync/heldRecords';
import type { SyncEngine } from '../../sync/syncEngine';
import { referencesText } from './conflictOutcomeText';

// Records a teammate put back (written over their deletion, or an Undo of a deletion's
// cascade) that this laptop holds back while what they point at is deleted here. Most wait a
// moment, until that record comes back too; one whose record never comes back would otherwise
// stay live on the team's server and on no laptop's screen. Listed only when there are some.

export function HeldRecordsList({ engine }: { engine: SyncEngine }) {
  const words = useT();
  const { t, formatDate } = words;
  const [held, setHeld] = useState<HeldRecord[]>([]);

  useEffect(
    function listHeldAfterEachChange() {
      let isCurrent = true;
      const read = () => void engine.heldRecords().then((found) => isCurrent && setHeld(found));
      read();
      const unsubscribe = engine.subscribe(read);
      return () => {
        isCurrent = false;
        unsubscribe();
      };
    },
    [engine],
  );

  if (held.length === 0) return null;
  return (
    <section aria-label={t('team.held.title')}>
      <h3>{t('team.held.title')}</h3>
      <p>{t('team.held.intro')}</p>
      <ul>
        {held.map((record) => (
          <li key={record.docId}>
            {t('team.held.item', {
              record: t('team.conflicts.recordTitle', {
                table: t(`restore.table.${record.table}`),
                name: recordName(record.table, record.record) || record.id,
              }),
              member: record.changedBy ?? t('team.conflicts.unknownMember'),
              date: formatDate(record.changedAt),
              what: referencesText(words, record.table, record.waitsFor),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
