import type { SyncStatus } from '../../sync/syncStatus';
import { useT } from '../../i18n/useT';
import type { I18nValue } from '../../i18n/I18nContext';

/** The status in words: synced, sending N, offline since…, or why it stopped. */
export function syncStatusText({ t, tn, formatDate }: I18nValue, status: SyncStatus, now = new Date()): string {
  switch (status.kind) {
    case 'stopped':
      return t('team.status.stopped');
    case 'connecting':
      return t('team.status.connecting');
    case 'receiving':
      return status.total === null
        ? tn('team.status.receivingCount', status.received)
        : t('team.status.receiving', { received: status.received, total: status.total });
    case 'synced':
      return t('team.status.synced');
    case 'sending':
      return tn('team.status.sending', status.pending);
    case 'offline': {
      const since = new Date(status.since);
      const isToday = since.toDateString() === now.toDateString();
      const time = since.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
      return tn('team.status.offline', status.pending, {
        since: isToday ? time : `${formatDate(status.since)} ${time}`,
      });
    }
    case 'error':
      return t(`team.status.error.${status.error}`);
  }
}

/** Always in view while the window belongs to a team: a live region, so a change is heard too. */
export function SyncStatusText({ status }: { status: SyncStatus }) {
  const words = useT();
  return (
    <span className={`sync-status sync-status-${status.kind}`} role="status" aria-label={words.t('team.status.label')}>
      {syncStatusText(words, status)}
      {status.kind === 'receiving' && (
        // Without a total the bar moves without a value: the browser shows it as busy.
        <progress
          className="sync-progress"
          aria-label={words.t('team.status.progress')}
          max={status.total ?? undefined}
          value={status.total === null ? undefined : status.received}
        />
      )}
    </span>
  );
}
