import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// The packaged renderer is served from app://trama/. IndexedDB keys its data by origin,
// so this scheme and host must never change between versions, or users lose their data.

export const APP_SCHEME = 'app';
export const APP_HOST = 'trama';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * `codeCache`: V8 keeps the compiled code of the app's scripts between starts, as it does for
 * https pages; a custom scheme has it only when asked (Electron 28.1+, standard schemes only).
 * Without it every start parses and compiles the whole bundle (1.9 MB) and each worker anew.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
} as const;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file inside the bundle a request names, or null when the request tries to leave
 * the bundle: `..` (plain or percent-encoded), encoded separators, backslashes, NUL,
 * absolute or drive paths, or another host.
 */
export function resolveBundlePath(bundleDir: string, requestUrl: string): string | null {
  // The URL parser would quietly collapse "..": look at what was asked for first.
  const rawPath = requestUrl.split(/[?#]/, 1)[0] ?? '';
  if (/(^|[/\\])\.\.([/\\]|$)|%2e|%2f|%5c|%00|\\/i.test(rawPath.replace(/^[a-z]+:\/\/[^/]*/i, ''))) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.' || /^[a-z]:$/i.test(segment))) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = path.resolve(bundleDir);
  const resolved = path.resolve(root, relative);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  return resolved;
}

/** True when the real file (symlinks followed) still lies inside the real bundle. */
export async function isInsideBundle(bundleDir: string, filePath: string): Promise<boolean> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(bundleDir), realpath(filePath)]);
    return realFile.startsWith(realRoot + path.sep);
  } catch {
    return false;
  }
}

type FetchFile = (url: string) => Promise<Response>;

/**
 * Answers one app:// request: the file with its type and the CSP header, or 404. The policy is
 * the one for the team server configured now (electron/contentSecurityPolicy.ts); the page is
 * never cached, so a reload after a change of server gets the new policy.
 */
export async function serveBundleFile(
  bundleDir: string,
  request: Request,
  fetchFile: FetchFile,
  contentSecurityPolicy: string,
): Promise<Response> {
  const filePath = resolveBundlePath(bundleDir, request.url);
  if (!filePath || !(await isInsideBundle(bundleDir, filePath))) {
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  }
  const file = await fetchFile(pathToFileURL(filePath).toString());
  const contentType = contentTypeOf(filePath);
  return new Response(file.body, {
    status: file.status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      ...(contentType.startsWith('text/html') ? { 'Cache-Control': 'no-store' } : {}),
    },
  });
}
