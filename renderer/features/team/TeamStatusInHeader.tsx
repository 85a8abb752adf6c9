import { routeHref } from '../../app/route';
import './team.css';
import { useT } from '../../i18n/useT';
import { SyncStatusText } from './SyncStatusText';
import { useTeamSync } from './useTeamSync';

/** The sync status, always in view while this window belongs to a team; it leads to Settings → Team. */
export function TeamStatusInHeader() {
  const { t } = useT();
  const { state, status } = useTeamSync();
  if (state.kind === 'needs-password')
    return (
      <a className="sync-status sync-status-error" href={routeHref({ section: 'settings' })}>
        {t('team.signInAgain')}
      </a>
    );
  if (state.kind !== 'joined') return null;
  return (
    <a className="team-status-link" href={routeHref({ section: 'settings' })} aria-label={t('team.status.open')}>
      <SyncStatusText status={status} />
    </a>
  );
}
