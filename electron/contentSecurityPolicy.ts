import { ANY_TEAM_SERVER_SOURCES, teamServerConnectSrc } from '../shared/ipc/teamServerPolicy';

// The renderer's Content Security Policy. renderer/index.html carries the fixed policy in a
// meta tag (a test keeps the two equal); its connect-src allows every address a team server
// may have. The app:// handler sends a second policy as a response header: the same, with
// connect-src narrowed to the configured team server's origin and frame-ancestors (which a
// meta tag cannot express). The page enforces both, so it may connect to its own origin and
// that one server, nothing else (docs/decisions/0009-team-server-csp.md).

const directives = (connectSrc: string) => [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  connectSrc,
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

export const META_CONTENT_SECURITY_POLICY = directives(
  ["connect-src 'self'", ...ANY_TEAM_SERVER_SOURCES].join(' '),
).join('; ');

/** The header's policy for a page loaded while `serverOrigin` is the team server (null: none). */
export function contentSecurityPolicyFor(serverOrigin: string | null): string {
  return [...directives(teamServerConnectSrc(serverOrigin)), "frame-ancestors 'none'"].join('; ');
}
