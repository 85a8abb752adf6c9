import { LOOPBACK_HOSTS, isTeamServerOrigin } from './teamServerUrl';

// Where the page may connect: its own origin and the configured team server, nothing else
// (docs/decisions/0009-team-server-csp.md). A page enforces every policy it is given, so the
// fixed policy in renderer/index.html allows every origin the address rule can accept, and a
// second policy narrows that to the one configured: the app:// response header on the desktop,
// a meta tag added at start-up in web mode.

/**
 * The connect-src sources of the fixed policy: https anywhere, plain http only on this
 * computer. Every origin checkTeamServerUrl accepts matches one of them.
 */
export const ANY_TEAM_SERVER_SOURCES: readonly string[] = [
  'https:',
  ...LOOPBACK_HOSTS.map((host) => `http://${host}:*`),
];

/**
 * The narrowing directive: `connect-src 'self'` plus the team server's origin when one is
 * configured. Anything that is not an origin the rule accepts is left out, so a damaged
 * setting can only narrow the policy, never widen or break it.
 */
export function teamServerConnectSrc(serverOrigin: string | null): string {
  return isTeamServerOrigin(serverOrigin) ? `connect-src 'self' ${serverOrigin}` : "connect-src 'self'";
}
