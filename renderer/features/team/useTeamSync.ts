import { useContext } from 'react';
import { TeamSyncContext, type TeamSync } from './TeamSyncProvider';

/** The window's team connection (TeamSyncProvider, above every page). */
export function useTeamSync(): TeamSync {
  const teamSync = useContext(TeamSyncContext);
  if (!teamSync) throw new Error('useTeamSync needs a TeamSyncProvider above it.');
  return teamSync;
}
