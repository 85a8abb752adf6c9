import { createContext, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { TeamSettings } from '../../../shared/ipc/teamConnection';
import { useDatabase } from '../../data/useDatabase';
import { platform } from '../../platform/platform';
import type { SyncEngine } from '../../sync/syncEngine';
import { discardOutbox, queueAllRecords } from '../../sync/syncOutbox';
import { setTeamMember } from '../../sync/teamMember';
import type { SyncStatus } from '../../sync/syncStatus';
import { previewJoin, type JoinPreview } from '../../sync/joinPreview';
import { startTeamSync, stopTeamSync } from '../../sync/startTeamSync';
import { checkTeamAccess, type TeamAccessFailure } from '../../sync/teamAccess';

// The team connection of this window. The page may only reach the server its settings name
// (the content security policy, docs/decisions/0009): joining keeps the settings first and,
// when the policy must change, reloads; the server is asked after that. A laptop that holds
// records sees what joining would send and receive before anything is sent.

export type JoinFailure = TeamAccessFailure | 'password-not-kept';

export type TeamState =
  | { kind: 'loading' }
  | { kind: 'alone' }
  | { kind: 'needs-password'; settings: TeamSettings }
  | { kind: 'refused'; settings: TeamSettings; failure: JoinFailure }
  | { kind: 'confirm-join'; settings: TeamSettings; preview: JoinPreview }
  | { kind: 'joined'; settings: TeamSettings; engine: SyncEngine };

export interface TeamSync {
  state: TeamState;
  status: SyncStatus;
  /** Keeps the settings and password, then (after a reload when the page must reach a new server) asks it. */
  join(settings: TeamSettings, password: string): Promise<JoinFailure | null>;
  /** After the preview: sends what this laptop holds and starts syncing. */
  confirmJoin(): Promise<void>;
  /** Leaving, or giving up a join: the settings and password go, the data stays. */
  leave(): Promise<void>;
}

export const TeamSyncContext = createContext<TeamSync | null>(null);

/** A join asked for and not yet confirmed: it survives the reload that the new policy needs. */
const JOIN_PENDING_KEY = 'trama.team.joinPending';
const STOPPED: SyncStatus = { kind: 'stopped' };

const reloadPage = () => window.location.reload();

export function TeamSyncProvider({ children }: { children: ReactNode }) {
  const database = useDatabase();
  const [state, setState] = useState<TeamState>({ kind: 'loading' });
  const [status, setStatus] = useState<SyncStatus>(STOPPED);
  const running = useRef<{ engine: SyncEngine; unsubscribe(): void } | null>(null);
  const password = useRef<string | null>(null);

  const stop = useCallback(async () => {
    const current = running.current;
    running.current = null;
    current?.unsubscribe();
    if (current) await stopTeamSync(current.engine);
    setStatus(STOPPED);
  }, []);

  const start = useCallback(
    async (settings: TeamSettings, secret: string, sendWhatIsHere: boolean) => {
      await stop();
      if (sendWhatIsHere) await queueAllRecords(database, settings.userName);
      const engine = await startTeamSync(database, settings, secret);
      running.current = { engine, unsubscribe: engine.subscribe(setStatus) };
      sessionStorage.removeItem(JOIN_PENDING_KEY);
      setStatus(engine.status());
      setState({ kind: 'joined', settings, engine });
    },
    [database, stop],
  );

  const connect = useCallback(
    async (settings: TeamSettings, secret: string): Promise<JoinFailure | null> => {
      const access = await checkTeamAccess(settings, { userName: settings.userName, password: secret });
      const isJoining = sessionStorage.getItem(JOIN_PENDING_KEY) !== null;
      // A laptop that already belongs to the team and starts offline goes on syncing: the
      // engine works here, says "offline since…" and sends when the server answers again.
      if (!access.ok && access.failure === 'unreachable' && !isJoining) {
        password.current = secret;
        await start(settings, secret, false);
        return null;
      }
      if (!access.ok) {
        if (access.failure === 'wrong-password') await platform.teamConnection.forgetPassword();
        setState({ kind: 'refused', settings, failure: access.failure });
        return access.failure;
      }
      password.current = secret;
      if (isJoining) {
        const preview = await previewJoin(database, access.databaseUrl, {
          userName: settings.userName,
          password: secret,
        });
        if (!preview.isEmptyHere) {
          setState({ kind: 'confirm-join', settings, preview });
          return null;
        }
      }
      await start(settings, secret, false);
      return null;
    },
    [database, start],
  );

  useEffect(
    function resumeKeptConnection() {
      let isCurrent = true;
      void (async () => {
        const settings = await platform.teamConnection.readSettings();
        if (!isCurrent) return;
        if (!settings) {
          // Known now: in no team. What was recorded meanwhile (the first moments) goes nowhere.
          setTeamMember(null);
          await discardOutbox(database);
          return setState({ kind: 'alone' });
        }
        // In a team: edits made before the password is given are kept for it.
        setTeamMember(settings.userName);
        const kept = await platform.teamConnection.readPassword();
        if (!isCurrent) return;
        if (kept.password === null) return setState({ kind: 'needs-password', settings });
        await connect(settings, kept.password);
      })();
      return () => {
        isCurrent = false;
        void stop();
      };
    },
    [connect, database, stop],
  );

  const join = useCallback<TeamSync['join']>(
    async (settings, secret) => {
      const saved = await platform.teamConnection.saveSettings(settings);
      const kept = await platform.teamConnection.savePassword(secret);
      if (!kept.isSaved) return 'password-not-kept';
      setTeamMember(saved.settings.userName);
      sessionStorage.setItem(JOIN_PENDING_KEY, '1');
      if (saved.isReloadNeeded) {
        reloadPage();
        return null;
      }
      return connect(saved.settings, secret);
    },
    [connect],
  );

  const confirmJoin = useCallback(async () => {
    if (state.kind !== 'confirm-join' || password.current === null) return;
    await start(state.settings, password.current, true);
  }, [state, start]);

  const leave = useCallback(async () => {
    await stop();
    setTeamMember(null);
    // The leave dialog said so: what was not sent stays here and is not sent later.
    await discardOutbox(database);
    sessionStorage.removeItem(JOIN_PENDING_KEY);
    password.current = null;
    const { isReloadNeeded } = await platform.teamConnection.forget();
    if (isReloadNeeded) return reloadPage();
    setState({ kind: 'alone' });
  }, [database, stop]);

  const value = useMemo(() => ({ state, status, join, confirmJoin, leave }), [state, status, join, confirmJoin, leave]);
  return <TeamSyncContext.Provider value={value}>{children}</TeamSyncContext.Provider>;
}
