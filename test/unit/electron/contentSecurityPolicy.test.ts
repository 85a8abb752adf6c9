import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { META_CONTENT_SECURITY_POLICY, contentSecurityPolicyFor } from '../../../electron/contentSecurityPolicy';
import { checkTeamServerUrl } from '../../../shared/ipc/teamServerUrl';
import { allowsOrigin, remoteSources, sourcesOf } from './cspSources';

// The page enforces both policies: the meta tag's (fixed, in renderer/index.html) and the
// header's (built from the configured team server). Together they must allow the page's own
// origin and that one server, nothing else (docs/decisions/0009-team-server-csp.md).

const origins = fc
  .oneof(
    fc.domain().map((domain) => `https://${domain}`),
    fc.tuple(fc.domain(), fc.integer({ min: 1, max: 65535 })).map(([domain, port]) => `https://${domain}:${port}`),
    fc
      .tuple(fc.constantFrom('localhost', '127.0.0.1'), fc.integer({ min: 1, max: 65535 }))
      .map(([host, port]) => `http://${host}:${port}`),
  )
  .map((address) => checkTeamServerUrl(address))
  .filter((check) => check.isValid)
  .map((check) => (check.isValid ? check.origin : ''));

describe('the policy header for a configured team server', () => {
  it.each(['https://couch.example.org', 'https://couch.example.org:6984', 'http://localhost:5984'])(
    'names %s exactly, and no other remote origin anywhere',
    (origin) => {
      const header = contentSecurityPolicyFor(origin);
      expect(sourcesOf(header, 'connect-src')).toEqual(["'self'", origin]);
      expect(remoteSources(header)).toEqual([origin]);
    },
  );

  it('allows no remote origin at all without a team server', () => {
    const header = contentSecurityPolicyFor(null);
    expect(sourcesOf(header, 'connect-src')).toEqual(["'self'"]);
    expect(remoteSources(header)).toEqual([]);
  });

  it.each([
    'https://couch.example.org/',
    'http://couch.example.org',
    "https://couch.example.org; script-src 'unsafe-inline'",
    'https://couch.example.org https://evil.example',
    'https://user:pass@couch.example.org',
    '*',
    'https:',
  ])('leaves out a stored value that is not an accepted origin: %j', (value) => {
    const header = contentSecurityPolicyFor(value);
    expect(sourcesOf(header, 'connect-src')).toEqual(["'self'"]);
    expect(remoteSources(header)).toEqual([]);
    expect(sourcesOf(header, 'script-src')).toEqual(["'self'"]);
  });
});

describe('the two policies together', () => {
  it('the meta tag allows every origin the address rule accepts, so it never blocks the team server', () => {
    fc.assert(
      fc.property(origins, (origin) => {
        expect(allowsOrigin(sourcesOf(META_CONTENT_SECURITY_POLICY, 'connect-src'), origin)).toBe(true);
      }),
    );
  });

  it('the header allows the configured server and no other', () => {
    fc.assert(
      fc.property(origins, origins, (configured, other) => {
        fc.pre(configured !== other);
        const connect = sourcesOf(contentSecurityPolicyFor(configured), 'connect-src');
        expect(allowsOrigin(connect, configured)).toBe(true);
        expect(allowsOrigin(connect, other)).toBe(false);
      }),
    );
  });

  it('the meta tag reaches no plain-http host but this computer, and no other scheme', () => {
    const connect = sourcesOf(META_CONTENT_SECURITY_POLICY, 'connect-src');
    expect(connect).toEqual(["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*']);
    for (const origin of ['http://couch.example.org', 'http://192.168.1.20:5984', 'http://127.0.0.2:5984']) {
      expect(allowsOrigin(connect, origin)).toBe(false);
    }
    // Every other directive names no remote origin.
    expect(remoteSources(META_CONTENT_SECURITY_POLICY)).toEqual(connect.slice(1));
  });
});
