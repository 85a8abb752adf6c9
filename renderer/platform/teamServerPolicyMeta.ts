import { teamServerConnectSrc } from '../../shared/ipc/teamServerPolicy';

/**
 * Web mode: adds a second content security policy that narrows connect-src to the team
 * server kept when the page started (or to the page's own origin). A policy added later only
 * narrows what the page may do, never widens it, so a change of server applies after a reload
 * (docs/decisions/0009-team-server-csp.md). The desktop shell sends the same narrowing as a
 * response header instead.
 */
export function narrowConnectionsToTeamServer(document: Document, serverOrigin: string | null): HTMLMetaElement {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = teamServerConnectSrc(serverOrigin);
  document.head.append(meta);
  return meta;
}
