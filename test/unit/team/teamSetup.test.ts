import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeReport } from '../../../scripts/team/setupCli';
import { TEAM_DESIGN_DOC_ID, TeamSetupError, VALIDATE_DOC_UPDATE } from '../../../scripts/team/teamRules';
import { setUpTeam, type TeamSetupRequest } from '../../../scripts/team/teamSetup';
import { freePort, startTeamServer, type TeamServer } from '../../support/teamServer';
import { couch } from './couchFetch';

let server: TeamServer;
beforeAll(async () => {
  server = await startTeamServer();
}, 60_000);
afterAll(() => server?.stop());

const request = (team: string, extra: Partial<TeamSetupRequest> = {}): TeamSetupRequest => ({
  url: server.url,
  team,
  admin: server.admin,
  ...extra,
});
const admin = () => ({ as: server.admin });
const allDatabases = async () => (await couch(server.url, '/_all_dbs', admin())).body;

describe('setUpTeam', () => {
  it('creates the database, its _security, the write rule and the members', async () => {
    const report = await setUpTeam(
      request('alpha', {
        members: [
          { name: 'anna', password: 'anna-password' },
          { name: 'lucia', coordinator: true },
        ],
      }),
    );

    expect(report.steps.map((step) => [step.subject, step.outcome])).toEqual([
      ['CORS for app://trama', 'unchanged'],
      ['database trama-alpha', 'created'],
      ['_security of trama-alpha', 'created'],
      [`write rule ${TEAM_DESIGN_DOC_ID}`, 'created'],
      ['member anna', 'created'],
      ['coordinator lucia', 'created'],
    ]);
    expect(report.changed).toBe(true);
    expect((await couch(server.url, '/trama-alpha/_security', admin())).body).toEqual({
      members: { names: [], roles: ['trama-alpha-member'] },
      admins: { names: [], roles: ['trama-alpha-admin'] },
    });
    const design = await couch(server.url, `/trama-alpha/${TEAM_DESIGN_DOC_ID}`, admin());
    expect(design.body.validate_doc_update).toBe(VALIDATE_DOC_UPDATE);
    const anna = await couch(server.url, '/_users/org.couchdb.user:anna', admin());
    expect(anna.body).toMatchObject({ name: 'anna', type: 'user', roles: ['trama-alpha-member'] });
    expect(anna.body).not.toHaveProperty('password');
    const lucia = await couch(server.url, '/_users/org.couchdb.user:lucia', admin());
    expect(lucia.body.roles).toEqual(['trama-alpha-member', 'trama-alpha-admin']);
    // Lucia had no password: one was generated, reported once, and it works.
    expect(report.generatedPasswords.map(({ name }) => name)).toEqual(['lucia']);
    const generated = report.generatedPasswords[0]!;
    expect(generated.password.length).toBeGreaterThanOrEqual(20);
    expect(describeReport(report)).toContain(`lucia: ${generated.password}`);
    expect((await couch(server.url, '/_session', { as: generated })).body).toMatchObject({
      userCtx: { name: 'lucia' },
    });
  });

  it('changes nothing on a second run, and says so', async () => {
    const members = [{ name: 'bruno', password: 'bruno-password' }];
    await setUpTeam(request('beta', { members }));
    const revisions = async () => [
      (await couch(server.url, `/trama-beta/${TEAM_DESIGN_DOC_ID}`, admin())).body._rev,
      (await couch(server.url, '/_users/org.couchdb.user:bruno', admin())).body._rev,
    ];
    const before = await revisions();

    const again = await setUpTeam(request('beta', { members }));

    expect(again.changed).toBe(false);
    expect(again.steps.every((step) => step.outcome === 'unchanged')).toBe(true);
    expect(again.generatedPasswords).toEqual([]);
    expect(again.notices).toEqual([]);
    expect(describeReport(again)).toContain('Nothing changed: the team was already set up as asked.');
    expect(await revisions()).toEqual(before);
  });

  it('adds the team role to a user of another team, keeping their roles and password', async () => {
    await couch(server.url, '/_users/org.couchdb.user:carla', {
      ...admin(),
      method: 'PUT',
      body: { name: 'carla', password: 'carla-password', type: 'user', roles: ['trama-other-member'] },
    });

    const report = await setUpTeam(request('gamma', { members: [{ name: 'carla' }] }));

    expect(report.steps.at(-1)).toMatchObject({ subject: 'member carla', outcome: 'updated' });
    expect(report.generatedPasswords).toEqual([]);
    const carla = { name: 'carla', password: 'carla-password' };
    expect((await couch(server.url, '/_session', { as: carla })).body).toMatchObject({
      userCtx: { name: 'carla', roles: ['trama-other-member', 'trama-gamma-member'] },
    });
  });

  it('leaves a different password as it was unless asked to reset it', async () => {
    await setUpTeam(request('delta', { members: [{ name: 'dario', password: 'first-password' }] }));
    const changed = { name: 'dario', password: 'second-password' };

    const kept = await setUpTeam(request('delta', { members: [changed] }));
    expect(kept.changed).toBe(false);
    expect(kept.notices.join()).toContain('dario already has a different password');
    expect((await couch(server.url, '/_session', { as: changed })).status).toBe(401);

    const reset = await setUpTeam(request('delta', { members: [changed], resetPasswords: true }));
    expect(reset.steps.at(-1)).toMatchObject({ outcome: 'updated', detail: 'password changed' });
    expect((await couch(server.url, '/_session', { as: changed })).body).toMatchObject({ userCtx: { name: 'dario' } });
  });

  it('keeps what an existing _security already allows, and replaces an outdated write rule', async () => {
    await couch(server.url, '/trama-epsilon', { ...admin(), method: 'PUT' });
    await couch(server.url, '/trama-epsilon/_security', {
      ...admin(),
      method: 'PUT',
      body: { members: { names: ['auditor'], roles: [] }, admins: { names: [], roles: ['_admin'] } },
    });
    await couch(server.url, `/trama-epsilon/${TEAM_DESIGN_DOC_ID}`, {
      ...admin(),
      method: 'PUT',
      body: { validate_doc_update: 'function () {}', views: { kept: { map: 'function (doc) { emit(doc._id); }' } } },
    });

    const report = await setUpTeam(request('epsilon'));

    expect(report.steps.slice(2).map((step) => step.outcome)).toEqual(['updated', 'updated']);
    expect(report.notices.join()).toContain('also open to the users auditor');
    expect((await couch(server.url, '/trama-epsilon/_security', admin())).body).toEqual({
      members: { names: ['auditor'], roles: ['trama-epsilon-member'] },
      admins: { names: [], roles: ['_admin', 'trama-epsilon-admin'] },
    });
    const design = await couch(server.url, `/trama-epsilon/${TEAM_DESIGN_DOC_ID}`, admin());
    expect(design.body).toMatchObject({ validate_doc_update: VALIDATE_DOC_UPDATE, views: { kept: {} } });
  });

  it.each([
    ['../_users'],
    ['Demo'],
    ['my team'],
    ['a'.repeat(300)],
    [''],
    ['-demo'],
    ['demo-'],
    ['démo'],
    ['demo\n'],
    ['demo\u0000'],
    ['__proto__'],
    ['a/b'],
    ['_users'],
  ])('refuses the team name %j before touching the server', async (team) => {
    const before = await allDatabases();
    await expect(setUpTeam(request(team))).rejects.toThrow(TeamSetupError);
    expect(await allDatabases()).toEqual(before);
  });

  it.each([
    ['_admin'],
    ['a/b'],
    ['../x'],
    [''],
    ['x'.repeat(65)],
    ['anna\u0000'],
    ['anna marco'],
    ['org.couchdb.user:x'],
  ])('refuses the member name %j before touching the server', async (name) => {
    const before = await allDatabases();
    await expect(setUpTeam(request('zeta', { members: [{ name, password: 'long-enough' }] }))).rejects.toThrow(
      TeamSetupError,
    );
    expect(await allDatabases()).toEqual(before);
  });

  it.each([['short'], ['tab\tinside-it'], ['']])('refuses the member password %j', async (password) => {
    await expect(setUpTeam(request('zeta', { members: [{ name: 'zoe', password }] }))).rejects.toThrow(
      /at least 8 characters and no control characters/,
    );
  });

  it('refuses plain http to a host that is not this computer, before any request', async () => {
    for (const url of ['http://couch.example.org', 'http://192.168.1.10:5984', 'http://127.0.0.1.nip.io:5984']) {
      await expect(setUpTeam(request('eta', { url }))).rejects.toThrow(/Refusing plain http:\/\//);
    }
    await expect(setUpTeam(request('eta', { url: 'ftp://couch.example.org' }))).rejects.toThrow(/https:\/\//);
    await expect(setUpTeam(request('eta', { url: 'https://admin:secret@couch.example.org' }))).rejects.toThrow(
      /no name or password in the server address/,
    );
    await expect(setUpTeam(request('eta', { url: 'not a url' }))).rejects.toThrow(/is not a server address/);
  });

  it('says when nothing answers, and when the admin password is wrong', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    await expect(setUpTeam(request('theta', { url: closed }))).rejects.toThrow(
      `Nothing answers at ${closed} (connection refused): is CouchDB running?`,
    );
    const wrongAdmin = { name: server.admin.name, password: 'not-the-password' };
    await expect(setUpTeam(request('theta', { admin: wrongAdmin }))).rejects.toThrow(
      'The server refused the name or password of the admin admin (HTTP 401).',
    );
    await setUpTeam(request('theta', { members: [{ name: 'teo', password: 'teo-password' }] }));
    await expect(setUpTeam(request('theta', { admin: { name: 'teo', password: 'teo-password' } }))).rejects.toThrow(
      'teo can log in but is not a server admin',
    );
  });
});
