// Links leave the app only for the user's browser or mail program, only after a click,
// and only for https: and mailto: addresses without embedded credentials.

const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:']);

export function isAllowedExternalUrl(candidate: unknown): candidate is string {
  if (typeof candidate !== 'string' || candidate.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false;
  if (url.username !== '' || url.password !== '') return false;
  return url.protocol === 'mailto:' || url.hostname !== '';
}

/** Opens the URL through `open` (shell.openExternal) if allowed; says whether it did. */
export async function openExternalLink(candidate: unknown, open: (url: string) => Promise<void>): Promise<boolean> {
  if (!isAllowedExternalUrl(candidate)) return false;
  await open(candidate);
  return true;
}
