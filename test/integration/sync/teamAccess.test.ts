import { beforeAll, describe, expect, it } from 'vitest';
import { setUpTeam } from '../../../scripts/team/teamSetup';
import { teamPerFile } from '../../support/syncLaptops';
import { checkTeamAccess, teamDatabaseUrl } from '../../../renderer/sync/teamAccess';

// Against a running test server (pouchdb-server in memory, plain CouchDB HTTP): each answer a
// person can act on is told apart, and nothing else passes for a joined team.

const team = teamPerFile();
const anna = { userName: 'anna', password: 'anna-password-1' };

beforeAll(async () => {
  const { server } = team;
  await setUpTeam({
    url: server.url,
    team: 'psychcare',
    admin: server.admin,
    members: [{ name: 'anna', password: anna.password }],
  });
  await setUpTeam({
    url: server.url,
    team: 'other',
    admin: server.admin,
    members: [{ name: 'bruno', password: 'bruno-password-1' }],
  });
}, 60_000);

describe('checking a team before joining it', () => {
  it('lets a member in, with the address of the team database', async () => {
    const access = await checkTeamAccess({ serverOrigin: team.server.url, team: 'psychcare' }, anna);
    expect(access).toEqual({ ok: true, databaseUrl: `${team.server.url}/trama-psychcare` });
  });

  it('says the password is wrong, for a wrong password and for an unknown name', async () => {
    const address = { serverOrigin: team.server.url, team: 'psychcare' };
    expect(await checkTeamAccess(address, { ...anna, password: 'not-her-password' })).toEqual({
      ok: false,
      failure: 'wrong-password',
    });
    expect(await checkTeamAccess(address, { userName: 'nobody', password: 'whatever-1' })).toEqual({
      ok: false,
      failure: 'wrong-password',
    });
  });

  it('says who is not a member of the team, and which team does not exist', async () => {
    const bruno = { userName: 'bruno', password: 'bruno-password-1' };
    expect(await checkTeamAccess({ serverOrigin: team.server.url, team: 'psychcare' }, bruno)).toEqual({
      ok: false,
      failure: 'not-member',
    });
    expect(await checkTeamAccess({ serverOrigin: team.server.url, team: 'nosuchteam' }, anna)).toMatchObject({
      ok: false,
      failure: expect.stringMatching(/^(no-team|not-member)$/),
    });
  });

  it('says the server cannot be reached when nothing answers', async () => {
    expect(await checkTeamAccess({ serverOrigin: 'http://127.0.0.1:9', team: 'psychcare' }, anna)).toEqual({
      ok: false,
      failure: 'unreachable',
    });
  });

  it('does not take a server that is not CouchDB for a team', async () => {
    const notCouch: typeof fetch = async () => new Response('<html>hello</html>', { status: 200 });
    expect(await checkTeamAccess({ serverOrigin: 'https://example.org', team: 'psychcare' }, anna, notCouch)).toEqual({
      ok: false,
      failure: 'not-couchdb',
      status: 200,
    });
    // A server that lets anyone in (no name in its answer) did not check the password.
    const anyone: typeof fetch = async () => Response.json({ ok: true, userCtx: { name: null, roles: [] } });
    expect(await checkTeamAccess({ serverOrigin: 'https://example.org', team: 'x' }, anna, anyone)).toMatchObject({
      failure: 'wrong-password',
    });
  });

  it('keeps a hostile team name inside its own path segment', () => {
    expect(teamDatabaseUrl({ serverOrigin: 'https://couch.example.org', team: '../_users' })).toBe(
      'https://couch.example.org/trama-..%2F_users',
    );
  });
});
