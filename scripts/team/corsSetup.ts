// The app talks to CouchDB from its own page (app://trama on the desktop, the web address in
// web mode), so CouchDB must allow that origin with credentials (CORS), which CouchDB 3 does
// not by default. Settings are merged into what the server already allows, never narrowed.
import type { CouchAnswer } from './couchRequest';
import { fail } from './couchRequest';
import { TeamSetupError } from './teamRules';

/** The desktop app's page (electron/appProtocol.ts: APP_ORIGIN). */
export const DESKTOP_APP_ORIGIN = 'app://trama';

const ORIGIN =
  /^(?:https:\/\/[a-z0-9.-]+|http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])|app:\/\/[a-z0-9.-]+)(?::\d{1,5})?$/i;
const REQUIRED_METHODS = ['GET', 'PUT', 'POST', 'HEAD', 'DELETE'];
const REQUIRED_HEADERS = ['accept', 'authorization', 'content-type', 'origin', 'referer'];

export function checkOrigin(origin: string): string {
  if (!ORIGIN.test(origin)) {
    throw new TeamSetupError(
      `${JSON.stringify(origin.slice(0, 80))} is not an origin the app can run at: give https://host[:port] ` +
        `(http:// only for localhost), without a path, or ${DESKTOP_APP_ORIGIN}.`,
    );
  }
  return origin;
}

/** One CouchDB setting: `[section, key]` and the value to write, or undefined if it is fine already. */
export interface CorsChange {
  section: string;
  key: string;
  value: string;
}

/**
 * The writes that make the server allow `origins`, given its current `cors` section and
 * `chttpd/enable_cors`. An origin list of `*` is left alone (every origin is allowed already).
 */
export function corsChanges(
  current: { enableCors?: string; cors: Record<string, string | undefined> },
  origins: readonly string[],
): CorsChange[] {
  const changes: CorsChange[] = [];
  if (current.enableCors !== 'true') changes.push({ section: 'chttpd', key: 'enable_cors', value: 'true' });
  if (current.cors.credentials !== 'true') changes.push({ section: 'cors', key: 'credentials', value: 'true' });
  const merge = (key: string, wanted: readonly string[], sameCase: (item: string) => string) => {
    const existing = listOf(current.cors[key]);
    if (existing.includes('*')) return;
    const known = new Set(existing.map(sameCase));
    const missing = wanted.filter((item) => !known.has(sameCase(item)));
    if (missing.length > 0) changes.push({ section: 'cors', key, value: [...existing, ...missing].join(', ') });
  };
  merge('origins', origins, (item) => item.toLowerCase());
  merge('methods', REQUIRED_METHODS, (item) => item.toUpperCase());
  merge('headers', REQUIRED_HEADERS, (item) => item.toLowerCase());
  return changes;
}

function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

type Couch = (path: string, options?: { method?: string; body?: unknown }) => Promise<CouchAnswer>;

export async function ensureCors(
  couch: Couch,
  origins: readonly string[],
  step: (subject: string, outcome: 'updated' | 'unchanged', detail?: string) => void,
): Promise<void> {
  const subject = `CORS for ${origins.join(', ')}`;
  const section = await couch('/_node/_local/_config/cors');
  if (section.status === 404) {
    // pouchdb-server has no /_node/_local/_config; it allows every origin with credentials.
    return step(subject, 'unchanged', 'this server has no /_node/_local/_config; pouchdb-server allows every origin');
  }
  if (section.status !== 200) fail('read the CORS settings', section);
  const enabled = await couch('/_node/_local/_config/chttpd/enable_cors');
  if (enabled.status !== 200 && enabled.status !== 404) fail('read chttpd/enable_cors', enabled);
  const changes = corsChanges(
    {
      enableCors: enabled.status === 200 ? String(enabled.body) : undefined,
      cors: section.body as Record<string, string | undefined>,
    },
    origins,
  );
  for (const change of changes) {
    const written = await couch(`/_node/_local/_config/${change.section}/${change.key}`, {
      method: 'PUT',
      body: change.value,
    });
    if (written.status !== 200) fail(`set ${change.section}/${change.key}`, written);
  }
  if (changes.length === 0) return step(subject, 'unchanged');
  step(subject, 'updated', changes.map((change) => `${change.section}/${change.key} = ${change.value}`).join('; '));
}
