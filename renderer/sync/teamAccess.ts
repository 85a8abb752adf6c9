// Before joining, the server is asked, in plain CouchDB HTTP, the two questions whose
// answers the person can act on: are this name and password right (/_session), and is this
// person a member of the team's database. Each failure has its own message (team.messages.ts).

export interface TeamAddress {
  /** The server's origin, already checked (https, or http only on this computer). */
  serverOrigin: string;
  team: string;
}

export interface TeamCredentials {
  userName: string;
  password: string;
}

export type TeamAccessFailure =
  /** No answer: wrong address, server down, no network, or the server does not allow this app (CORS). */
  | 'unreachable'
  | 'wrong-password'
  /** The name and password are right, and the team's database refuses this person. */
  | 'not-member'
  /** No team of that name on this server. */
  | 'no-team'
  /** The server answered something that is not CouchDB's. */
  | 'not-couchdb';

export type TeamAccess = { ok: true; databaseUrl: string } | { ok: false; failure: TeamAccessFailure; status?: number };

export const teamDatabaseUrl = ({ serverOrigin, team }: TeamAddress): string =>
  `${serverOrigin}/${encodeURIComponent(`trama-${team}`)}`;

export function basicAuth({ userName, password }: TeamCredentials): string {
  const bytes = new TextEncoder().encode(`${userName}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

async function ask(url: string, credentials: TeamCredentials, fetchImpl: typeof fetch): Promise<Response | null> {
  try {
    return await fetchImpl(url, {
      headers: { Accept: 'application/json', Authorization: basicAuth(credentials) },
      credentials: 'omit',
      redirect: 'error',
    });
  } catch {
    return null;
  }
}

export async function checkTeamAccess(
  address: TeamAddress,
  credentials: TeamCredentials,
  fetchImpl: typeof fetch = fetch,
): Promise<TeamAccess> {
  const session = await ask(`${address.serverOrigin}/_session`, credentials, fetchImpl);
  if (!session) return { ok: false, failure: 'unreachable' };
  if (session.status === 401) return { ok: false, failure: 'wrong-password' };
  const sessionBody: unknown = await session.json().catch(() => null);
  const userContext = (sessionBody as { userCtx?: unknown } | null)?.userCtx;
  if (!session.ok || typeof userContext !== 'object' || userContext === null)
    return { ok: false, failure: 'not-couchdb', status: session.status };
  // A server that lets anyone in answers with no name, or another: the password was not checked.
  if ((userContext as { name?: unknown }).name !== credentials.userName)
    return { ok: false, failure: 'wrong-password' };

  const databaseUrl = teamDatabaseUrl(address);
  const answer = await ask(databaseUrl, credentials, fetchImpl);
  if (!answer) return { ok: false, failure: 'unreachable' };
  // pouchdb-server says 401 where CouchDB 3 says 403: the session above already told a wrong password.
  if (answer.status === 401 || answer.status === 403) return { ok: false, failure: 'not-member' };
  if (answer.status === 404) return { ok: false, failure: 'no-team' };
  if (!answer.ok) return { ok: false, failure: 'not-couchdb', status: answer.status };
  return { ok: true, databaseUrl };
}
