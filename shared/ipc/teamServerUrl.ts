// The team server's address, as the one origin besides its own that the page may connect to
// (docs/decisions/0009-team-server-csp.md). The address goes into the content security policy
// and receives the team password, so it is held to a narrow, canonical form: what the user
// sees is exactly what the page connects to.

/** Longest address typed or pasted; a host name has at most 253 characters. */
export const MAX_SERVER_URL_LENGTH = 300;

/**
 * Hosts that are this computer, where plain http is allowed. Not `[::1]`: a content security
 * policy cannot name an IPv6 address (browsers ignore the source), so the page could never
 * reach it; `localhost` reaches the same server.
 */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1'];

export type TeamServerUrlProblem =
  | 'empty'
  | 'too-long'
  /** Controls, spaces, characters outside ASCII (look-alike letters, full-width forms), backslashes. */
  | 'unusual-characters'
  /** "couch.example.org": the address needs https:// in front. */
  | 'missing-scheme'
  /** javascript:, file:, data:, ftp:… */
  | 'not-web-address'
  | 'not-a-url'
  | 'has-credentials'
  | 'has-path'
  | 'has-query-or-fragment'
  | 'ip-v6-address'
  /** A host written otherwise than the browser writes it (0x7f.1, 2130706433, a trailing dot, xn--…), port 0. */
  | 'unusual-host'
  /** Plain http to another computer: the password would cross the network readable. */
  | 'needs-https';

export type TeamServerUrlCheck = { isValid: true; origin: string } | { isValid: false; problem: TeamServerUrlProblem };

/** What an origin this rule accepts looks like: nothing in it can end or add a CSP source. */
const SAFE_ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::[1-9][0-9]{0,4})?$/;
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const DEFAULT_PORTS: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' };

const refuse = (problem: TeamServerUrlProblem): TeamServerUrlCheck => ({ isValid: false, problem });

function isPlainHostName(hostname: string): boolean {
  // Punycode labels show as "xn--…" and hide what the name looks like in its own script.
  return hostname.split('.').every((label) => DNS_LABEL.test(label) && !label.startsWith('xn--'));
}

/**
 * The server's origin (`https://couch.example.org`, `http://localhost:5984`), or the first
 * reason the address is refused. Spaces and line breaks around a pasted address are ignored.
 */
export function checkTeamServerUrl(input: unknown): TeamServerUrlCheck {
  if (typeof input !== 'string') return refuse('not-a-url');
  if (input.length > MAX_SERVER_URL_LENGTH) return refuse('too-long');
  const address = input.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
  if (address === '') return refuse('empty');
  // The URL parser would quietly drop tabs and line breaks, map full-width letters to ASCII and
  // read "\" as "/": refused here so that nothing is changed behind the user's back.
  if (/[^\x21-\x7e]|\\/.test(address)) return refuse('unusual-characters');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1]?.toLowerCase();
  if (scheme === undefined) return refuse('missing-scheme');
  if (scheme !== 'https' && scheme !== 'http') return refuse('not-web-address');
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return refuse('not-a-url');
  }
  const authority = /^https?:\/\/([^/?#]*)/i.exec(address)?.[1];
  if (authority === undefined || url.hostname === '') return refuse('not-a-url');
  if (authority.includes('@') || url.username !== '' || url.password !== '') return refuse('has-credentials');
  if (/[?#]/.test(address)) return refuse('has-query-or-fragment');
  if (!/^https?:\/\/[^/]*\/?$/i.test(address)) return refuse('has-path');
  if (url.hostname.startsWith('[')) return refuse('ip-v6-address');
  const spelled = authority.toLowerCase();
  const isAsParsed = spelled === url.host || spelled === `${url.host}:${DEFAULT_PORTS[url.protocol]}`;
  if (!isAsParsed || !isPlainHostName(url.hostname) || url.port === '0') return refuse('unusual-host');
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.includes(url.hostname)) return refuse('needs-https');
  return SAFE_ORIGIN.test(url.origin) ? { isValid: true, origin: url.origin } : refuse('unusual-host');
}

/** True for an origin exactly as checkTeamServerUrl gives it back (what is stored and put in the policy). */
export function isTeamServerOrigin(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const check = checkTeamServerUrl(value);
  return check.isValid && check.origin === value;
}
