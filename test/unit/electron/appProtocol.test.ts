import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, isInsideBundle, resolveBundlePath, serveBundleFile } from '../../../electron/appProtocol';
import { directivesOf } from './cspSources';
import { META_CONTENT_SECURITY_POLICY, contentSecurityPolicyFor } from '../../../electron/contentSecurityPolicy';

const bundle = mkdtempSync(path.join(tmpdir(), 'trama-bundle-'));
mkdirSync(path.join(bundle, 'assets'));
writeFileSync(path.join(bundle, 'index.html'), '<!doctype html><title>Trama</title>');
writeFileSync(path.join(bundle, 'assets', 'app.js'), 'console.log(1)');
const outside = mkdtempSync(path.join(tmpdir(), 'trama-outside-'));
writeFileSync(path.join(outside, 'secret.txt'), 'secret');
symlinkSync(path.join(outside, 'secret.txt'), path.join(bundle, 'assets', 'link.js'));

describe('app:// path resolution', () => {
  it('maps the root to index.html and assets to files in the bundle', () => {
    expect(resolveBundlePath(bundle, 'app://trama/')).toBe(path.join(bundle, 'index.html'));
    expect(resolveBundlePath(bundle, 'app://trama/assets/app.js?v=1#x')).toBe(path.join(bundle, 'assets', 'app.js'));
  });

  it.each([
    'app://trama/../secret.txt',
    'app://trama/assets/%2e%2e/%2e%2e/secret.txt',
    'app://trama/assets/..%2f..%2fsecret.txt',
    'app://trama/assets%5c..%5c..%5csecret.txt',
    'app://trama/%2Fetc%2Fpasswd',
    'app://trama/C:/Windows/win.ini',
    'app://trama/index.html%00.js',
    'app://other/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveBundlePath(bundle, url)).toBeNull();
  });

  it('refuses a symlink that leads out of the bundle', async () => {
    const linked = resolveBundlePath(bundle, 'app://trama/assets/link.js');
    expect(linked).not.toBeNull();
    expect(await isInsideBundle(bundle, linked!)).toBe(false);
    expect(await isInsideBundle(bundle, path.join(bundle, 'assets', 'app.js'))).toBe(true);
  });
});

describe('app:// responses', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['icon.PNG', 'image/png'],
    ['font.woff2', 'font/woff2'],
    ['data.json', 'application/json'],
    ['unknown.bin', 'application/octet-stream'],
  ])('types %s as %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });

  const fetchFile = async (url: string) => new Response(readFileSync(new URL(url)));

  const policy = contentSecurityPolicyFor('https://couch.example.org');

  it('serves files with their type and the Content-Security-Policy header it is given', async () => {
    const response = await serveBundleFile(bundle, new Request('app://trama/assets/app.js'), fetchFile, policy);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(policy);
    expect(await response.text()).toBe('console.log(1)');
  });

  it('never lets the page be cached, so that a reload after a change of server gets the new policy', async () => {
    const page = await serveBundleFile(bundle, new Request('app://trama/'), fetchFile, policy);
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 404 for traversal, symlinks out and missing files', async () => {
    for (const url of ['app://trama/assets/link.js', 'app://trama/missing.js', 'app://trama/assets/%2e%2e/%2e%2e/x']) {
      expect((await serveBundleFile(bundle, new Request(url), fetchFile, policy)).status).toBe(404);
    }
  });

  it('uses the same policy as the meta tag of the page, with connect-src narrowed and frame-ancestors', () => {
    const html = readFileSync(path.join(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY);
    const withoutConnect = (text: string) => directivesOf(text).filter(([name]) => name !== 'connect-src');
    for (const origin of [null, 'https://couch.example.org', 'http://localhost:5984']) {
      const header = contentSecurityPolicyFor(origin);
      expect(withoutConnect(header)).toEqual([
        ...withoutConnect(META_CONTENT_SECURITY_POLICY),
        ['frame-ancestors', "'none'"],
      ]);
      expect(header).toContain("script-src 'self'");
      expect(header).not.toContain('unsafe-eval');
    }
  });
});
