import { useId, useState } from 'react';
import { useNotify } from '../../app/notifications/useNotify';
import { useT } from '../../i18n/useT';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ConflictsList } from './ConflictsList';
import { HeldRecordsList } from './HeldRecordsList';
import { JoinPreviewPanel } from './JoinPreviewPanel';
import { SyncStatusText } from './SyncStatusText';
import { TeamJoinForm } from './TeamJoinForm';
import { useTeamSync } from './useTeamSync';
import './team.css';

/** Settings → Team: join a team, see the sync and its conflicts, leave. */
export function TeamSection() {
  const { t, tn } = useT();
  const { notify } = useNotify();
  const headingId = useId();
  const { state, status, leave } = useTeamSync();
  const [isLeaving, setIsLeaving] = useState(false);
  const pending =
    status.kind === 'sending' || status.kind === 'offline' || status.kind === 'error' ? status.pending : 0;

  async function confirmLeave() {
    setIsLeaving(false);
    await leave();
    notify({ message: t('team.left') });
  }

  return (
    <section className="card team-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('team.title')}</h2>
      {state.kind === 'loading' && <p role="status">{t('common.loading')}</p>}
      {state.kind === 'alone' && (
        <>
          <p className="muted">{t('team.intro')}</p>
          <TeamJoinForm />
        </>
      )}
      {state.kind === 'needs-password' && <TeamJoinForm kept={state.settings} isSignInOnly />}
      {state.kind === 'refused' && <TeamJoinForm kept={state.settings} refusal={state.failure} />}
      {state.kind === 'confirm-join' && <JoinPreviewPanel preview={state.preview} team={state.settings.team} />}
      {state.kind === 'joined' && (
        <>
          <p>
            {t('team.member', {
              team: state.settings.team,
              server: state.settings.serverOrigin,
              userName: state.settings.userName,
            })}
          </p>
          <p>
            <SyncStatusText status={status} />
          </p>
          <ConflictsList engine={state.engine} />
          <HeldRecordsList engine={state.engine} />
          <button type="button" className="button-small" onClick={() => setIsLeaving(true)}>
            {t('team.leave')}
          </button>
        </>
      )}
      {isLeaving && state.kind === 'joined' && (
        <ConfirmDialog
          title={t('team.leaveTitle', { team: state.settings.team })}
          confirmLabel={t('team.leaveConfirm')}
          onConfirm={() => void confirmLeave()}
          onClose={() => setIsLeaving(false)}
        >
          <p>{tn('team.leaveBody', pending)}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
