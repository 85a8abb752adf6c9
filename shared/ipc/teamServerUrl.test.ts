import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANY_TEAM_SERVER_SOURCES, teamServerConnectSrc } from './teamServerPolicy';
import { MAX_SERVER_URL_LENGTH, checkTeamServerUrl, isTeamServerOrigin } from './teamServerUrl';

// The team server's address goes into the page's content security policy and receives the
// team password: only a plain https origin (http on this computer) passes, written as the
// browser writes it.

describe('team server addresses that pass', () => {
  it.each([
    ['https://couch.example.org', 'https://couch.example.org'],
    ['https://couch.example.org/', 'https://couch.example.org'],
    ['HTTPS://Couch.Example.ORG', 'https://couch.example.org'],
    ['https://couch.example.org:443', 'https://couch.example.org'],
    ['https://couch.example.org:6984/', 'https://couch.example.org:6984'],
    ['https://192.168.1.20:6984', 'https://192.168.1.20:6984'],
    ['https://couchserver', 'https://couchserver'],
    ['http://localhost:5984', 'http://localhost:5984'],
    ['http://LOCALHOST:5984/', 'http://localhost:5984'],
    ['http://127.0.0.1:5984', 'http://127.0.0.1:5984'],
    ['http://127.0.0.1:80', 'http://127.0.0.1'],
    ['  https://couch.example.org\n', 'https://couch.example.org'],
  ])('%j → %s', (address, origin) => {
    expect(checkTeamServerUrl(address)).toEqual({ isValid: true, origin });
    expect(isTeamServerOrigin(origin)).toBe(true);
  });
});

describe('team server addresses that are refused, with the reason', () => {
  it.each([
    ['', 'empty'],
    ['  \n', 'empty'],
    [`https://${'a'.repeat(2000)}.example.org`, 'too-long'],
    ['https://couch.example.org/' + 'x'.repeat(MAX_SERVER_URL_LENGTH), 'too-long'],
    ['javascript:alert(1)', 'not-web-address'],
    ['JaVaScRiPt:fetch("https://evil.example")', 'not-web-address'],
    ['file:///etc/passwd', 'not-web-address'],
    ['data:text/html,<script>alert(1)</script>', 'not-web-address'],
    ['ftp://couch.example.org', 'not-web-address'],
    ['app://trama', 'not-web-address'],
    ['ws://couch.example.org', 'not-web-address'],
    ['couch.example.org', 'missing-scheme'],
    ['//couch.example.org', 'missing-scheme'],
    ['https://', 'not-a-url'],
    ['https:couch.example.org', 'not-a-url'],
    ['https://user:pass@couch.example.org', 'has-credentials'],
    ['https://user@couch.example.org', 'has-credentials'],
    ['https://@couch.example.org', 'has-credentials'],
    ['https://couch.example.org@evil.example', 'has-credentials'],
    ['https://couch.example.org/trama-psychcare', 'has-path'],
    ['https://couch.example.org/_utils/', 'has-path'],
    ['https://couch.example.org//', 'has-path'],
    ['https://couch.example.org/.', 'has-path'],
    ['https://couch.example.org/%2e%2e', 'has-path'],
    ['https://couch.example.org?', 'has-query-or-fragment'],
    ['https://couch.example.org/?x=1', 'has-query-or-fragment'],
    ['https://couch.example.org#', 'has-query-or-fragment'],
    ['https://couch.example.org/#frag', 'has-query-or-fragment'],
    ['http://couch.example.org', 'needs-https'],
    ['http://192.168.1.20:5984', 'needs-https'],
    ['http://localhost.example.org', 'needs-https'],
    ['http://127.0.0.2:5984', 'needs-https'],
    ['http://foo.localhost', 'needs-https'],
    ['http://[::1]:5984', 'ip-v6-address'],
    ['https://[2001:db8::1]', 'ip-v6-address'],
    ['http://0x7f.1:5984', 'unusual-host'],
    ['http://2130706433:5984', 'unusual-host'],
    ['http://127.1:5984', 'unusual-host'],
    ['http://0177.0.0.1:5984', 'unusual-host'],
    ['https://couch.example.org.', 'unusual-host'],
    ['https://couch.example.org:', 'unusual-host'],
    ['https://couch.example.org:0', 'unusual-host'],
    ['https://couch.example.org:99999', 'not-a-url'],
    ['https://xn--pple-43d.com', 'unusual-host'],
    ['https://XN--80AK6AA92E.com', 'unusual-host'],
    ['https://couch_db.example.org', 'unusual-host'],
    ['https://-couch.example.org', 'unusual-host'],
    ['https://аpple.com', 'unusual-characters'],
    ['https://ｃｏｕｃｈ.example.org', 'unusual-characters'],
    ['https://couch。example。org', 'unusual-characters'],
    ['https://couch.example.org\u202E', 'unusual-characters'],
    ['https://couch\u200B.example.org', 'unusual-characters'],
    ['https://exa\tmple.org', 'unusual-characters'],
    ['https://exa\nmple.org', 'unusual-characters'],
    ['https://couch.example.org\u0000', 'unusual-characters'],
    ['https://couch example.org', 'unusual-characters'],
    ['https:\\\\couch.example.org', 'unusual-characters'],
    ['https://evil.example\\@couch.example.org', 'unusual-characters'],
    ["https://couch.example.org; script-src 'unsafe-inline'", 'unusual-characters'],
    ['https://couch.example.org,https://evil.example', 'has-path'],
    ['https://couch.example.org,evil.example', 'unusual-host'],
    ["https://couch.example.org'", 'unusual-host'],
  ])('%j: %s', (address, problem) => {
    expect(checkTeamServerUrl(address)).toEqual({ isValid: false, problem });
  });

  it.each([null, undefined, 42, {}, ['https://couch.example.org'], { toString: () => 'https://x.org' }])(
    'refuses %j, which is not text',
    (value) => {
      expect(checkTeamServerUrl(value)).toEqual({ isValid: false, problem: 'not-a-url' });
      expect(isTeamServerOrigin(value)).toBe(false);
    },
  );

  it('takes only the exact origin as a stored value, not an address that would be changed', () => {
    expect(isTeamServerOrigin('https://couch.example.org')).toBe(true);
    for (const value of ['https://couch.example.org/', 'HTTPS://couch.example.org', 'https://couch.example.org:443']) {
      expect(isTeamServerOrigin(value)).toBe(false);
    }
  });
});

/** Does a CSP source list (host-sources and scheme-sources as ANY_TEAM_SERVER_SOURCES writes them) allow this origin? */
function isAllowedBy(sources: readonly string[], origin: string): boolean {
  const url = new URL(origin);
  return sources.some((source) => {
    if (source === `${url.protocol}`) return true;
    const match = /^(https?):\/\/([^:]+):\*$/.exec(source);
    return match !== null && `${match[1]}:` === url.protocol && match[2] === url.hostname;
  });
}

const hostileCharacter = fc.constantFrom(
  ...'\u0000\u0001\t\n\r\u001f\u007f\u0085\u00a0\u200b\u200e\u202e\u2028\ufeff \\\uff0e\u3002аеορ'.split(''),
);

describe('the address rule, for any input', () => {
  it('gives back only origins that are stored as they are, fit the fixed policy, and carry nothing else', () => {
    const anyAddress = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.webUrl({ withQueryParameters: true, withFragments: true, authoritySettings: { withUserInfo: true } }),
      fc
        .tuple(fc.constantFrom('http', 'https', 'HTTP', 'javascript', 'file', 'data'), fc.string())
        .map(([scheme, rest]) => `${scheme}://${rest}`),
    );
    fc.assert(
      fc.property(anyAddress, (address) => {
        const check = checkTeamServerUrl(address);
        if (!check.isValid) return;
        const url = new URL(check.origin);
        expect(check.origin).toMatch(/^https?:\/\/[a-z0-9.-]+(:[0-9]+)?$/);
        expect(checkTeamServerUrl(check.origin)).toEqual(check);
        expect(isTeamServerOrigin(check.origin)).toBe(true);
        expect(url.username + url.password + url.search + url.hash).toBe('');
        if (url.protocol === 'http:') expect(['localhost', '127.0.0.1']).toContain(url.hostname);
        expect(isAllowedBy(ANY_TEAM_SERVER_SOURCES, check.origin)).toBe(true);
        expect(teamServerConnectSrc(check.origin)).toBe(`connect-src 'self' ${check.origin}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every https domain and gives back its exact origin', () => {
    fc.assert(
      fc.property(fc.domain(), fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }), (domain, port) => {
        fc.pre(!domain.split('.').some((label) => label.startsWith('xn--')));
        const expected = `https://${domain}${port === undefined || port === 443 ? '' : `:${port}`}`;
        expect(checkTeamServerUrl(`https://${domain}${port === undefined ? '' : `:${port}`}/`)).toEqual({
          isValid: true,
          origin: expected,
        });
      }),
    );
  });

  it('refuses any address with credentials, a query or a fragment', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true, withFragments: true, authoritySettings: { withUserInfo: true } }),
        (address) => {
          const url = new URL(address);
          fc.pre(url.username !== '' || url.search !== '' || url.hash !== '' || /[@?#]/.test(address));
          expect(checkTeamServerUrl(address).isValid).toBe(false);
        },
      ),
    );
  });

  it('refuses an address with a control, invisible, look-alike or non-ASCII character anywhere inside', () => {
    fc.assert(
      fc.property(fc.domain(), hostileCharacter, fc.nat(), (domain, character, at) => {
        const address = `https://${domain}`;
        const position = 1 + (at % (address.length - 1));
        expect(checkTeamServerUrl(address.slice(0, position) + character + address.slice(position)).isValid).toBe(
          false,
        );
      }),
    );
  });

  it('refuses every address longer than the limit, whatever it holds', () => {
    fc.assert(
      fc.property(fc.domain(), fc.integer({ min: MAX_SERVER_URL_LENGTH + 1, max: 5000 }), (domain, length) => {
        const address = `https://${domain}/`.padEnd(length, 'a');
        expect(checkTeamServerUrl(address)).toEqual({ isValid: false, problem: 'too-long' });
      }),
    );
  });

  it('leaves a damaged stored value out of the policy instead of widening or breaking it', () => {
    expect(teamServerConnectSrc(null)).toBe("connect-src 'self'");
    fc.assert(
      fc.property(fc.string(), (value) => {
        fc.pre(!isTeamServerOrigin(value));
        expect(teamServerConnectSrc(value)).toBe("connect-src 'self'");
      }),
    );
    expect(teamServerConnectSrc("https://a.org; script-src 'unsafe-inline'")).toBe("connect-src 'self'");
    expect(teamServerConnectSrc('https://a.org https://evil.example')).toBe("connect-src 'self'");
  });
});
