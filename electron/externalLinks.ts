import { normaliseExternalUrl } from '../shared/ipc/externalUrl';

// Links leave the app only for the user's browser or mail program, only right after the user
// clicked or pressed a key in our window (seen by the main process, not said by the page), and
// only as the normalised address (shared/ipc/externalUrl.ts says which).

export interface ExternalLinkOpener {
  /** shell.openExternal, or a stand-in in tests. */
  open(url: string): Promise<void>;
  /** True once for a click or key press of the user's that came just before. */
  consumeUserGesture(): boolean;
}

/** Opens the link if allowed; says whether it did. A refused address does not use up the gesture. */
export async function openExternalLink(candidate: unknown, { open, consumeUserGesture }: ExternalLinkOpener): Promise<boolean> {
  const href = normaliseExternalUrl(candidate);
  if (href === null || !consumeUserGesture()) return false;
  await open(href);
  return true;
}
