import { useState, type FormEvent } from 'react';
import { checkTeamSettings, isUsableTeamPassword, type TeamSettings } from '../../../shared/ipc/teamConnection';
import { useT } from '../../i18n/useT';
import { platform } from '../../platform/platform';
import { TextField } from '../../ui/fields';
import type { JoinFailure } from './TeamSyncProvider';
import { useTeamSync } from './useTeamSync';
import { joinProblemText, type JoinProblem } from './joinProblemText';

interface TeamJoinFormProps {
  /** Settings kept from before: prefilled. */
  kept?: TeamSettings;
  /** Only the password is asked (the settings are kept, the password is not). */
  isSignInOnly?: boolean;
  /** Why the server refused the kept settings. */
  refusal?: JoinFailure;
}

/** Joining a team, or signing in again to the one kept. */
export function TeamJoinForm({ kept, isSignInOnly = false, refusal }: TeamJoinFormProps) {
  const words = useT();
  const { t } = words;
  const { join } = useTeamSync();
  const [serverUrl, setServerUrl] = useState(kept?.serverOrigin ?? '');
  const [team, setTeam] = useState(kept?.team ?? '');
  const [userName, setUserName] = useState(kept?.userName ?? '');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<JoinProblem | null>(
    refusal && kept ? { kind: 'access', failure: refusal, team: kept.team } : null,
  );
  const [isChecking, setIsChecking] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkTeamSettings({ serverUrl: serverUrl.trim(), team: team.trim(), userName: userName.trim() });
    // A password pasted with its line break is refused here, not taken as another password.
    if (!isUsableTeamPassword(password)) return setProblem({ kind: 'access', failure: 'wrong-password', team });
    if (!checked.isValid) return setProblem({ kind: 'settings', field: checked.field, problem: checked.problem });
    setIsChecking(true);
    setProblem(null);
    try {
      const failure = await join(checked.settings, password);
      if (failure) return setProblem({ kind: 'access', failure, team: checked.settings.team });
      setPassword('');
    } finally {
      setIsChecking(false);
    }
  }

  const fieldError = (field: 'serverUrl' | 'team' | 'userName') =>
    problem?.kind === 'settings' && problem.field === field ? joinProblemText(words, problem) : undefined;
  return (
    <form className="team-join" onSubmit={(event) => void submit(event)} aria-busy={isChecking || undefined}>
      {isSignInOnly ? (
        <p>{t('team.signInAgain')}</p>
      ) : (
        <>
          <TextField
            label={t('team.server')}
            hint={t('team.serverHint')}
            type="url"
            value={serverUrl}
            onChange={setServerUrl}
            error={fieldError('serverUrl')}
            isRequired
          />
          <TextField
            label={t('team.name')}
            hint={t('team.nameHint')}
            value={team}
            onChange={setTeam}
            error={fieldError('team')}
            isRequired
          />
          <TextField
            label={t('team.userName')}
            value={userName}
            onChange={setUserName}
            error={fieldError('userName')}
            isRequired
          />
        </>
      )}
      <TextField
        label={t('team.password')}
        hint={platform.isDesktop ? t('team.passwordStored.desktop') : t('team.passwordStored.web')}
        type="password"
        value={password}
        onChange={setPassword}
        isRequired
      />
      {problem?.kind === 'access' && <p role="alert">{joinProblemText(words, problem)}</p>}
      {isChecking && <p role="status">{t('team.joining')}</p>}
      <button type="submit" className="button-primary team-join-submit" disabled={isChecking}>
        {isSignInOnly ? t('team.signIn') : t('team.join')}
      </button>
    </form>
  );
}
