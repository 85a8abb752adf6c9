import type { TeamSettingsProblem } from '../../../shared/ipc/teamConnection';
import type { I18nValue } from '../../i18n/I18nContext';
import type { JoinFailure } from './TeamSyncProvider';

/** Why joining did not happen: a field to correct, or the server's answer. */
export type JoinProblem =
  ({ kind: 'settings' } & TeamSettingsProblem) | { kind: 'access'; failure: JoinFailure; team: string };

export function joinProblemText({ t }: I18nValue, problem: JoinProblem): string {
  if (problem.kind === 'settings') {
    if (problem.field === 'team') return t('team.problem.invalid-team');
    if (problem.field === 'userName') return t('team.problem.invalid-user-name');
    return problem.problem === 'needs-https' ? t('team.problem.needs-https') : t('team.problem.invalid-address');
  }
  const { failure, team } = problem;
  switch (failure) {
    case 'unreachable':
      return t('team.problem.unreachable');
    case 'wrong-password':
      return t('team.problem.wrong-password');
    case 'not-member':
      return t('team.problem.not-member', { team });
    case 'no-team':
      return t('team.problem.no-team', { team });
    case 'not-couchdb':
      return t('team.problem.not-couchdb');
    case 'password-not-kept':
      return t('team.problem.password-not-kept');
  }
}
