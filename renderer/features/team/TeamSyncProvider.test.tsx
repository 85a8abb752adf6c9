import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { SyncEngine } from '../../sync/syncEngine';
import { TeamSyncProvider } from './TeamSyncProvider';
import { useTeamSync } from './useTeamSync';

// Starting the app with a team kept: the server's answer decides, except that a laptop that
// already belongs to the team and starts offline goes on syncing (offline-first).

const SETTINGS = { serverOrigin: 'https://couch.example.org', team: 'psychcare', userName: 'anna' };
const mocks = vi.hoisted(() => ({
  access: vi.fn(),
  start: vi.fn(),
}));

vi.mock('../../sync/teamAccess', () => ({ checkTeamAccess: mocks.access }));
vi.mock('../../sync/startTeamSync', () => ({
  startTeamSync: mocks.start,
  stopTeamSync: vi.fn(async () => undefined),
}));
vi.mock('../../platform/platform', () => ({
  platform: {
    isDesktop: false,
    setMenuLanguage: vi.fn(async () => undefined),
    teamConnection: {
      readSettings: vi.fn(async () => SETTINGS),
      readPassword: vi.fn(async () => ({ password: 'secret-1' })),
      forgetPassword: vi.fn(async () => undefined),
    },
  },
}));

function fakeEngine(): SyncEngine {
  return {
    status: () => ({ kind: 'offline', since: '2026-12-06T09:00:00.000Z', pending: 0 }),
    subscribe: () => () => undefined,
  } as unknown as SyncEngine;
}

function StateShown() {
  return <p data-testid="state">{useTeamSync().state.kind}</p>;
}

beforeEach(() => {
  mocks.start.mockImplementation(async () => fakeEngine());
  sessionStorage.clear();
});
afterEach(() => vi.clearAllMocks());

function renderProvider() {
  render(
    <I18nProvider initialLanguage="en">
      <TeamSyncProvider>
        <StateShown />
      </TeamSyncProvider>
    </I18nProvider>,
  );
}

describe('resuming a kept team connection', () => {
  it('goes on syncing when the server cannot be reached at start-up', async () => {
    mocks.access.mockResolvedValue({ ok: false, failure: 'unreachable' });
    renderProvider();
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('joined'));
    expect(mocks.start).toHaveBeenCalledOnce();
  });

  it('stops at a refusal the person must act on, such as a changed password', async () => {
    mocks.access.mockResolvedValue({ ok: false, failure: 'wrong-password' });
    renderProvider();
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('refused'));
    expect(mocks.start).not.toHaveBeenCalled();
  });

  it('does not start a first join the server has not confirmed', async () => {
    sessionStorage.setItem('trama.team.joinPending', '1');
    mocks.access.mockResolvedValue({ ok: false, failure: 'unreachable' });
    renderProvider();
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('refused'));
    expect(mocks.start).not.toHaveBeenCalled();
  });
});
