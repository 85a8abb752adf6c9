import { describe, expect, it } from 'vitest';
import { DESKTOP_APP_ORIGIN, checkOrigin, corsChanges } from '../../../scripts/team/corsSetup';

describe('corsChanges (CouchDB 3, whose CORS is off by default)', () => {
  it('turns CORS on for the app with credentials on a server that has none', () => {
    expect(corsChanges({ cors: {} }, [DESKTOP_APP_ORIGIN])).toEqual([
      { section: 'chttpd', key: 'enable_cors', value: 'true' },
      { section: 'cors', key: 'credentials', value: 'true' },
      { section: 'cors', key: 'origins', value: 'app://trama' },
      { section: 'cors', key: 'methods', value: 'GET, PUT, POST, HEAD, DELETE' },
      { section: 'cors', key: 'headers', value: 'accept, authorization, content-type, origin, referer' },
    ]);
  });

  it('adds to what the server allows already, and changes nothing when all is there', () => {
    const current = {
      enableCors: 'true',
      cors: {
        credentials: 'true',
        origins: 'https://other.example.org, APP://TRAMA',
        methods: 'get,put, post, head, delete, copy',
        headers: 'accept, authorization, content-type, origin, referer, x-custom',
      },
    };
    expect(corsChanges(current, [DESKTOP_APP_ORIGIN])).toEqual([]);
    expect(corsChanges(current, [DESKTOP_APP_ORIGIN, 'https://trama.example.org'])).toEqual([
      { section: 'cors', key: 'origins', value: 'https://other.example.org, APP://TRAMA, https://trama.example.org' },
    ]);
  });

  it('leaves an origin list of * alone', () => {
    const changes = corsChanges({ enableCors: 'true', cors: { credentials: 'true', origins: '*' } }, ['app://trama']);
    expect(changes.map((change) => change.key)).toEqual(['methods', 'headers']);
  });
});

describe('checkOrigin', () => {
  it.each(['app://trama', 'https://trama.example.org', 'https://trama.example.org:8443', 'http://localhost:5173'])(
    'accepts %s',
    (origin) => {
      expect(checkOrigin(origin)).toBe(origin);
    },
  );

  it.each([
    'http://trama.example.org',
    'https://trama.example.org/',
    'https://trama.example.org/app',
    '*',
    'null',
    'https://a.example.org, https://b.example.org',
    'javascript:alert(1)',
    'https://trama.example.org\n',
  ])('refuses %j', (origin) => {
    expect(() => checkOrigin(origin)).toThrow('is not an origin the app can run at');
  });
});
