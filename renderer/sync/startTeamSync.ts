import type { TeamSettings } from '../../shared/ipc/teamConnection';
import type { TramaDatabase } from '../db/tramaDatabase';
import { detectLanguage } from '../i18n/detectLanguage';
import { translate } from '../i18n/translate';
import { platform } from '../platform/platform';
import { BrowserPouch } from './browserPouch';
import { createSyncEngine, type SyncEngine } from './syncEngine';
import { setTeamMember } from './teamMember';
import { teamDatabaseUrl } from './teamAccess';

/** The local copy of a team's database in this browser profile: one per team. */
export const localTeamDatabaseName = (team: string): string => `trama-sync-${team}`;

/**
 * Starts syncing this window's database with the team: from now on its writes are recorded
 * as the member's (the outbox middleware), and the engine hands them over and applies the
 * team's. Resolves once what waited locally (a crash's leftovers) is handed over.
 */
export async function startTeamSync(db: TramaDatabase, settings: TeamSettings, password: string): Promise<SyncEngine> {
  setTeamMember(settings.userName);
  const engine = createSyncEngine({
    db,
    Pouch: BrowserPouch,
    localName: localTeamDatabaseName(settings.team),
    remoteUrl: teamDatabaseUrl(settings),
    auth: { username: settings.userName, password },
    member: settings.userName,
    // A teammate's erasure replaces mentions in this laptop's language, and reaches its copies as one made here does.
    erasureMarkerText: translate(detectLanguage(), 'erasure.marker'),
    keptCopyStores: { backups: platform.backups },
  });
  try {
    await engine.start();
  } catch (error) {
    setTeamMember(null);
    await engine.stop().catch(() => undefined);
    throw error;
  }
  return engine;
}

/** Stops syncing: writes are no longer recorded for the team. The data stays. */
export async function stopTeamSync(engine: SyncEngine): Promise<void> {
  setTeamMember(null);
  await engine.stop();
}
