import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp, type AppSession } from './support/browser';

// Web mode in a real browser: the page may connect to the team server kept in this browser
// and to nothing else (docs/decisions/0009-team-server-csp.md). Two servers on this computer
// answer every request; the page's policy decides which it may reach.

const SETTINGS_KEY = 'trama.team.settings';

function startServer(): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain' });
      response.end('ok');
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
const originOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

let browser: Browser;
let configured: Server;
let other: Server;
const sessions: AppSession[] = [];

beforeAll(async () => {
  [configured, other] = await Promise.all([startServer(), startServer()]);
  browser = await launchChromium();
});

afterAll(async () => {
  for (const session of sessions) await session.context.close();
  await browser?.close();
  configured?.close();
  other?.close();
});

/** Opens the app with `settings` kept in localStorage (as saved by an earlier visit). */
async function appKeeping(settings: unknown): Promise<Page> {
  const session = await openApp(browser);
  sessions.push(session);
  await session.page.evaluate(
    ([key, value]) => (value === null ? localStorage.removeItem(key) : localStorage.setItem(key, value)),
    [SETTINGS_KEY, settings === null ? null : JSON.stringify(settings)] as const,
  );
  await session.page.reload();
  await session.page.waitForSelector('meta[http-equiv="Content-Security-Policy"][content^="connect-src"]', {
    state: 'attached',
  });
  return session.page;
}

/** For each address: 'reached', or 'blocked' when the page's policy refused it. */
function tryToReach(page: Page, addresses: string[]): Promise<string[]> {
  return page.evaluate(async (urls) => {
    const outcomes: string[] = [];
    for (const url of urls) {
      let isRefusedByPolicy = false;
      const listener = () => {
        isRefusedByPolicy = true;
      };
      document.addEventListener('securitypolicyviolation', listener);
      const outcome = await fetch(url).then(
        (response) => (response.ok ? 'reached' : `status ${response.status}`),
        () => 'failed',
      );
      // The violation event is queued as a task: let it arrive.
      await new Promise((resolve) => setTimeout(resolve, 0));
      document.removeEventListener('securitypolicyviolation', listener);
      outcomes.push(isRefusedByPolicy ? 'blocked' : outcome);
    }
    return outcomes;
  }, addresses);
}

describe('the team server in the page’s policy (web mode)', () => {
  it('reaches the configured server and nothing else', async () => {
    const page = await appKeeping({ serverOrigin: originOf(configured), team: 'psychcare', userName: 'anna' });
    expect(await tryToReach(page, [`${originOf(configured)}/trama-psychcare`, `${originOf(other)}/`])).toEqual([
      'reached',
      'blocked',
    ]);
    expect(
      await tryToReach(page, ['https://example.org/', `http://localhost:${new URL(originOf(configured)).port}/`]),
    ).toEqual(['blocked', 'blocked']);
  });

  it('reaches no server without a team', async () => {
    const page = await appKeeping(null);
    expect(await tryToReach(page, [`${originOf(configured)}/`, 'https://example.org/'])).toEqual([
      'blocked',
      'blocked',
    ]);
  });

  it('reaches no server when the kept address was changed by hand to something the rules refuse', async () => {
    const page = await appKeeping({
      serverOrigin: `${originOf(configured)} https://example.org`,
      team: 't',
      userName: 'u',
    });
    expect(await tryToReach(page, [`${originOf(configured)}/`, 'https://example.org/'])).toEqual([
      'blocked',
      'blocked',
    ]);
  });
});
