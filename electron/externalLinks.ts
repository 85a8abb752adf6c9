import { normaliseExternalUrl, type ExternalLinkOutcome, type ExternalLinkRefusal } from '../shared/ipc/externalUrl';

// Links leave the app only for the user's browser or mail program, only right after the user
// clicked or pressed a key in our window (seen by the main process, not said by the page), and
// only as the normalised address (shared/ipc/externalUrl.ts says which).

export interface ExternalLinkOpener {
  /** shell.openExternal, or a stand-in in tests. */
  open(url: string): Promise<void>;
  /** True once for a click or key press of the user's that came just before. */
  consumeUserGesture(): boolean;
}

/** The kind of address only: a link may be a person's e-mail address, which stays out of logs. */
function linkKind(candidate: unknown): string {
  const scheme = typeof candidate === 'string' ? /^([a-z][a-z0-9+.-]{0,15}):/i.exec(candidate)?.[1] : undefined;
  return scheme ? `${scheme.toLowerCase()}: link` : 'link';
}

function refuse(candidate: unknown, reason: ExternalLinkRefusal): ExternalLinkOutcome {
  console.warn(`Did not open a ${linkKind(candidate)}: ${reason}`);
  return { isOpened: false, reason };
}

/** Opens the link if allowed; says whether it did, or why not. A refused address does not use up the gesture. */
export async function openExternalLink(
  candidate: unknown,
  { open, consumeUserGesture }: ExternalLinkOpener,
): Promise<ExternalLinkOutcome> {
  const href = normaliseExternalUrl(candidate);
  if (href === null) return refuse(candidate, 'not-allowed');
  if (!consumeUserGesture()) return refuse(candidate, 'no-recent-click');
  await open(href);
  return { isOpened: true };
}
