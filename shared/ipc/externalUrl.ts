// Which addresses may leave the app for the user's browser or mail program, and in what form.
// Shared by the desktop shell (which decides) and web mode (which follows the same rule).

export const MAX_EXTERNAL_URL_LENGTH = 2048;

const WEB_PROTOCOLS = new Set(['https:', 'http:']);

/**
 * The address as the URL parser normalises it (`https:/\example.org` → `https://example.org/`),
 * or null when it may not be opened: only web addresses with a host and no credentials, and
 * mail addresses with nothing but recipients (no `?attach=`, `?body=`, `?cc=`…).
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
    if (/[?#]/.test(url.href) || !url.pathname.includes('@')) return null;
  } else {
    return null;
  }
  return url.href.length > MAX_EXTERNAL_URL_LENGTH ? null : url.href;
}
