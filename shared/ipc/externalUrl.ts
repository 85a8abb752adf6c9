// Which addresses may leave the app for the user's browser or mail program, and in what form.
// Shared by the desktop shell (which decides) and web mode (which follows the same rule).

export const MAX_EXTERNAL_URL_LENGTH = 2048;

/** Why a link was not opened: an address of a kind that never leaves the app, or no click of the user's just before. */
export type ExternalLinkRefusal = 'not-allowed' | 'no-recent-click';

export type ExternalLinkOutcome = { isOpened: true } | { isOpened: false; reason: ExternalLinkRefusal };

const WEB_PROTOCOLS = new Set(['https:', 'http:']);

/**
 * Recipients of a mail link: plain addresses, comma-separated. Mail programs decode "%3F",
 * "%0D%0A" and the like back into parameters and header lines, so no "%" at all, and nothing
 * else that a mail program or a command line could read as more than an address.
 */
const MAIL_RECIPIENTS = /^[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+(?:,[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+)*$/;

/**
 * The address as the URL parser normalises it (`https:/\example.org` → `https://example.org/`),
 * or null when it may not be opened: only web addresses with a host and no credentials, and
 * mail addresses with nothing but plain recipients (no `?attach=`, `?body=`, `?cc=`…, encoded or not).
 */
export function normaliseExternalUrl(candidate: unknown): string | null {
  if (typeof candidate !== 'string' || candidate.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '') return null;
  if (WEB_PROTOCOLS.has(url.protocol)) {
    if (url.hostname === '') return null;
  } else if (url.protocol === 'mailto:') {
    // An empty "?" or "#" is kept in href too, so the href is what is checked.
    if (/[?#]/.test(url.href) || !MAIL_RECIPIENTS.test(url.pathname)) return null;
  } else {
    return null;
  }
  return url.href.length > MAX_EXTERNAL_URL_LENGTH ? null : url.href;
}
