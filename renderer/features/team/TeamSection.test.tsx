import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { SyncEngine } from '../../sync/syncEngine';
import type { SyncStatus } from '../../sync/syncStatus';
import { TeamSection } from './TeamSection';
import { TeamSyncContext, type TeamState, type TeamSync } from './TeamSyncProvider';

// The Team card as a person meets it: the form that joins, each refusal in its own words,
// the status once joined, and leaving, which keeps the data. The engine is a stand-in here;
// teamAccess.test.ts and the sync tests run the real one against a server.

const SETTINGS = { serverOrigin: 'https://couch.example.org', team: 'psychcare', userName: 'anna' };

function fakeEngine(): SyncEngine {
  return {
    conflicts: vi.fn(async () => []),
    heldRecords: vi.fn(async () => []),
    subscribe: vi.fn(() => () => undefined),
  } as unknown as SyncEngine;
}

function renderSection(teamSync: Partial<TeamSync> & { state: TeamState }, language: 'en' | 'it' = 'en') {
  const value: TeamSync = {
    status: { kind: 'stopped' },
    join: vi.fn(async () => null),
    confirmJoin: vi.fn(async () => undefined),
    leave: vi.fn(async () => undefined),
    ...teamSync,
  };
  render(
    <I18nProvider initialLanguage={language}>
      <NotificationsProvider>
        <TeamSyncContext.Provider value={value}>
          <TeamSection />
        </TeamSyncContext.Provider>
      </NotificationsProvider>
    </I18nProvider>,
  );
  return value;
}

function fillForm(fields: { server: string; team: string; user: string; password: string }) {
  fireEvent.change(screen.getByLabelText(/Server address/), { target: { value: fields.server } });
  fireEvent.change(screen.getByRole('textbox', { name: 'Team' }), { target: { value: fields.team } });
  fireEvent.change(screen.getByLabelText(/Your user name/), { target: { value: fields.user } });
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: fields.password } });
  fireEvent.click(screen.getByRole('button', { name: 'Join the team' }));
}

describe('the Team card', () => {
  it('refuses plain http to another computer before asking anything, saying why', async () => {
    const teamSync = renderSection({ state: { kind: 'alone' } });
    fillForm({ server: 'http://couch.example.org', team: 'psychcare', user: 'anna', password: 'secret-1' });
    expect(await screen.findByText(/use an https:\/\/ address/)).toBeTruthy();
    expect(teamSync.join).not.toHaveBeenCalled();
  });

  it('joins with the checked settings, and says who is not a member', async () => {
    const join = vi.fn(async () => 'not-member' as const);
    renderSection({ state: { kind: 'alone' }, join });
    fillForm({ server: 'https://couch.example.org/', team: 'psychcare', user: 'anna', password: 'secret-1' });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'You are not a member of the team psychcare on this server. Ask your coordinator to add you.',
    );
    expect(join).toHaveBeenCalledWith(SETTINGS, 'secret-1');
  });

  it.each([
    ['wrong-password', 'The user name or the password is wrong.'],
    ['unreachable', 'The server does not answer.'],
    ['no-team', 'There is no team psychcare on this server.'],
  ] as const)('tells %s in its own words', async (failure, words) => {
    renderSection({ state: { kind: 'alone' }, join: vi.fn(async () => failure) });
    fillForm({ server: 'https://couch.example.org', team: 'psychcare', user: 'anna', password: 'secret-1' });
    expect((await screen.findByRole('alert')).textContent).toContain(words);
  });

  it.each([
    ['en', "Receiving the team's network: 1,200 of 60,000 records…", "The team's network received so far"],
    [
      'it',
      'Ricezione della rete della squadra: 1200 di 60.000 record…',
      'Parte della rete della squadra ricevuta finora',
    ],
  ] as const)('in %s, shows an empty laptop receiving the network with a progress bar', (language, words, barName) => {
    const status: SyncStatus = { kind: 'receiving', received: 1_200, total: 60_000, pending: 0 };
    renderSection({ state: { kind: 'joined', settings: SETTINGS, engine: fakeEngine() }, status }, language);
    expect(screen.getAllByRole('status').some((element) => element.textContent === words)).toBe(true);
    const bar = screen.getByRole('progressbar', { name: barName });
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['1200', '60000']);
  });

  it('shows the status once joined, and leaving keeps the data and says what was not sent', async () => {
    const status: SyncStatus = { kind: 'offline', since: new Date().toISOString(), pending: 3 };
    const teamSync = renderSection({ state: { kind: 'joined', settings: SETTINGS, engine: fakeEngine() }, status });
    expect(screen.getByText('Team psychcare on https://couch.example.org, as anna.')).toBeTruthy();
    expect(screen.getByRole('status', { name: 'Team sync' }).textContent).toMatch(
      /^Offline since .+: 3 changes waiting$/,
    );
    expect(await screen.findByText(/No conflicts/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Leave the team…' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('The data on this computer stays here');
    expect(dialog.textContent).toContain('3 changes made here have not reached the server yet');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Leave the team' }));
    await waitFor(() => expect(teamSync.leave).toHaveBeenCalledOnce());
  });

  it('asks only for the password when the team is kept and the password is not (web mode, new session)', () => {
    renderSection({ state: { kind: 'needs-password', settings: SETTINGS } }, 'it');
    expect(screen.getByText('Inserite di nuovo la password per continuare a lavorare con la squadra.')).toBeTruthy();
    expect(screen.queryByLabelText(/Indirizzo del server/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Accedi' })).toBeTruthy();
  });

  it('shows the server refusing kept settings, with the form filled to correct them', () => {
    renderSection({ state: { kind: 'refused', settings: SETTINGS, failure: 'wrong-password' } });
    expect(screen.getByRole('alert').textContent).toBe('The user name or the password is wrong.');
    expect((screen.getByLabelText(/Server address/) as HTMLInputElement).value).toBe('https://couch.example.org');
  });

  it('before a laptop with records joins, shows per table what arrives, what is sent and what differs', async () => {
    const preview = {
      isEmptyHere: false,
      tables: [
        { table: 'stakeholders' as const, arriving: 120, sending: 3, same: 40, differing: 5 },
        { table: 'contacts' as const, arriving: 0, sending: 0, same: 0, differing: 0 },
      ],
    };
    const teamSync = renderSection({ state: { kind: 'confirm-join', settings: SETTINGS, preview } });
    const table = screen.getByRole('table', { name: 'What joining sends and receives' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.textContent).toBe('Stakeholders1203405');
    expect(screen.getByText(/listed under Conflicts/)).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Join and send' }));
    await waitFor(() => expect(teamSync.confirmJoin).toHaveBeenCalledOnce());
  });
});
