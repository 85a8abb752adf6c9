// Plain CouchDB 3 HTTP with Basic auth, turning network failures into messages a team
// coordinator can act on.
import { TeamSetupError } from './teamRules';

export interface Credentials {
  name: string;
  password: string;
}

export interface CouchAnswer {
  status: number;
  body: unknown;
}

const REQUEST_LIMIT_MS = 30_000;

export function basicAuthorization({ name, password }: Credentials): string {
  return `Basic ${Buffer.from(`${name}:${password}`, 'utf8').toString('base64')}`;
}

export async function couchRequest(
  serverUrl: string,
  path: string,
  options: { method?: string; credentials?: Credentials; body?: unknown } = {},
): Promise<CouchAnswer> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.credentials) headers.Authorization = basicAuthorization(options.credentials);
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${serverUrl}${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      redirect: 'error',
      signal: AbortSignal.timeout(REQUEST_LIMIT_MS),
    });
  } catch (error) {
    throw new TeamSetupError(unreachable(serverUrl, error));
  }
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: kept as text for the message (a proxy's HTML error page, for example).
  }
  return { status: response.status, body };
}

function unreachable(serverUrl: string, error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof cause === 'object' && cause && 'code' in cause ? String(cause.code) : '';
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError') return `The server at ${serverUrl} did not answer within ${REQUEST_LIMIT_MS / 1000} s.`;
  if (code === 'ECONNREFUSED') return `Nothing answers at ${serverUrl} (connection refused): is CouchDB running?`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `The server name in ${serverUrl} is not known (DNS).`;
  if (/CERT|SSL|TLS/i.test(code)) {
    return `The server at ${serverUrl} has no valid HTTPS certificate (${code}).`;
  }
  const detail = cause instanceof Error ? cause.message : String(cause);
  return `Cannot reach the server at ${serverUrl}: ${code || detail}.`;
}

/** CouchDB's `{error, reason}` as one line, or the start of a non-JSON body. */
export function describeAnswer(answer: CouchAnswer): string {
  const body = answer.body;
  if (body && typeof body === 'object' && 'error' in body) {
    const reason = 'reason' in body ? `: ${String(body.reason)}` : '';
    return `HTTP ${answer.status} ${String(body.error)}${reason}`;
  }
  return `HTTP ${answer.status} ${String(body).slice(0, 200)}`;
}

export function fail(doing: string, answer: CouchAnswer): never {
  throw new TeamSetupError(`Could not ${doing} (${describeAnswer(answer)}).`);
}
