import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEV_MEMBERS, DEV_TEAM, startDevTeam } from '../../../scripts/team/devTeam';
import { freePort, startTeamServer } from '../../support/teamServer';
import { couch } from './couchFetch';

describe('startTeamServer', () => {
  it('runs servers side by side, each with its own admin, until stopped', async () => {
    const [first, second] = await Promise.all([startTeamServer(), startTeamServer()]);
    try {
      expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(first.port).not.toBe(second.port);
      expect(first.admin.password).not.toBe(second.admin.password);
      const session = await couch(first.url, '/_session', { as: first.admin });
      expect(session.body).toMatchObject({ userCtx: { name: 'admin', roles: ['_admin'] } });
      // The admin exists, so the server is no longer open to everybody ("admin party").
      expect((await couch(first.url, '/_config')).status).toBe(401);
      // Not tried: a PUT of a new database by anyone but an admin crashes pouchdb-server 4.2.
      expect((await couch(second.url, '/_session', { as: first.admin })).status).toBe(401);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
    await expect(fetch(first.url)).rejects.toThrow();
    expect(await first.exited).toEqual(expect.any(String));
  });

  it('says when the port asked for is taken', async () => {
    const server = await startTeamServer();
    try {
      await expect(startTeamServer({ port: server.port })).rejects.toThrow(/in use|Another server/);
      expect((await couch(server.url, '/_session', { as: server.admin })).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

describe('team:dev', () => {
  it('sets up the demo team whose members can work in its database', async () => {
    const { server, report } = await startDevTeam(await freePort());
    try {
      expect(report.database).toBe(`trama-${DEV_TEAM}`);
      for (const member of DEV_MEMBERS) {
        const written = await couch(server.url, `/trama-${DEV_TEAM}/by-${member.name}`, {
          as: member,
          method: 'PUT',
          body: { changedBy: member.name },
        });
        expect(written.status).toBe(201);
      }
      const all = await couch(server.url, `/trama-${DEV_TEAM}/_all_docs`, { as: DEV_MEMBERS[0] });
      // The members' two documents, and no write rule: pouchdb-server would drop replicated
      // deletions under one (teamSetup.ts `writeRule`).
      expect(all.body.total_rows).toBe(2);
      expect(report.notices.join()).toContain('has no write rule');
    } finally {
      await server.stop();
    }
  });
});

it('leaves no temporary folder behind', async () => {
  const server = await startTeamServer();
  const log = await couch(server.url, '/_config/log/file', { as: server.admin });
  const folder = String(log.body).replace(/\/log\.txt$/, '');
  expect(existsSync(folder)).toBe(true);
  await server.stop();
  expect(existsSync(folder)).toBe(false);
});
