import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './route';

describe('reading the address', () => {
  it('turns a broken percent escape into an address that cannot be opened, instead of throwing', () => {
    const route = parseRoute('#/stakeholders/%E0%A4%A', 'dashboard');
    expect(route.addressProblem).toEqual({ reason: 'undecodable', address: '#/stakeholders/%E0%A4%A' });
    expect(route.section).toBe('stakeholders');
    expect(route.id).toBeUndefined();
  });

  it('never throws on hostile percent escapes, wherever they are', () => {
    const hostile = [
      '#/%',
      '#/%%',
      '#/%E0%A4%A',
      '#/stakeholders/%',
      '#/stakeholders/%ZZ',
      '#/stakeholders/%ED%A0%80',
      '#/%C0%AF/x',
      '#/actions/%FF%FE',
    ];
    for (const hash of hostile) {
      const route = parseRoute(hash, 'dashboard');
      expect(route.addressProblem?.reason, hash).toBe('undecodable');
      expect(route.id, hash).toBeUndefined();
    }
    // The query never throws: URLSearchParams reads a bad escape leniently.
    const route = parseRoute('#/actions?region=%E0%A4%A', 'dashboard');
    expect(route.addressProblem).toBeUndefined();
    expect(typeof route.query.region).toBe('string');
  });

  it('refuses ids that no record can have: huge, empty-looking, with control or invisible characters', () => {
    const huge = 'a'.repeat(1_000_000);
    expect(parseRoute(`#/stakeholders/${huge}`, 'dashboard').addressProblem).toEqual({
      reason: 'bad-id',
      address: `#/stakeholders/${huge}`,
    });
    expect(parseRoute(`#/stakeholders/${'a'.repeat(65)}`, 'dashboard').addressProblem?.reason).toBe('bad-id');
    expect(parseRoute(`#/stakeholders/${'a'.repeat(64)}`, 'dashboard')).toEqual({
      section: 'stakeholders',
      id: 'a'.repeat(64),
      query: {},
    });
    for (const id of ['%00abc', 'abc%0A', '%E2%80%AEexe', 'a%E2%80%8Bb', '%7F']) {
      expect(parseRoute(`#/agreements/${id}`, 'dashboard').addressProblem?.reason, id).toBe('bad-id');
    }
  });

  it('says an unknown section cannot be opened, but an empty address is the home page', () => {
    expect(parseRoute('#/nowhere', 'dashboard')).toEqual({
      section: 'dashboard',
      query: {},
      addressProblem: { reason: 'unknown-section', address: '#/nowhere' },
    });
    expect(parseRoute('#/__proto__', 'dashboard').addressProblem?.reason).toBe('unknown-section');
    expect(parseRoute('#/constructor/x', 'dashboard').addressProblem?.reason).toBe('unknown-section');
    for (const hash of ['', '#', '#/', '#/?region=lazio'])
      expect(parseRoute(hash, 'dashboard'), hash).toEqual({ section: 'dashboard', query: {} });
  });

  it('keeps prototype keys out of the query and the prototype untouched', () => {
    const route = parseRoute('#/stakeholders?__proto__=polluted&constructor=x&prototype=y&region=lazio', 'dashboard');
    expect(Object.keys(route.query)).toEqual(['region']);
    expect(Object.getPrototypeOf(route.query)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // `__proto__` as an id is only a record that does not exist.
    expect(parseRoute('#/stakeholders/__proto__', 'dashboard')).toEqual({
      section: 'stakeholders',
      id: '__proto__',
      query: {},
    });
  });

  it('reads back what routeHref writes, whatever the id holds', () => {
    for (const id of ['a/b?c#d%', 'sample-asl-napoli-1', '€ é 中', '%E0%A4%A']) {
      const route = parseRoute(
        routeHref({ section: 'stakeholders', id, query: { region: 'lazio,sicilia' } }),
        'dashboard',
      );
      expect(route).toEqual({ section: 'stakeholders', id, query: { region: 'lazio,sicilia' } });
    }
  });

  it('reads a huge query without trouble', () => {
    const route = parseRoute(`#/actions?${'region=lazio&'.repeat(20_000)}q=x`, 'dashboard');
    expect(route.query).toEqual({ region: 'lazio', q: 'x' });
  });

  it('keeps everything after the first "?" as the query', () => {
    expect(parseRoute('#/actions?q=a?b?c&region=lazio', 'dashboard').query).toEqual({ q: 'a?b?c', region: 'lazio' });
    expect(parseRoute('#/stakeholders/abc?q=?', 'dashboard')).toEqual({
      section: 'stakeholders',
      id: 'abc',
      query: { q: '?' },
    });
  });

  it('says a record cannot be opened on a page that shows no single records', () => {
    for (const section of ['settings', 'dashboard', 'map', 'follow-ups', 'grid', 'import-export', 'print']) {
      expect(parseRoute(`#/${section}/x`, 'dashboard'), section).toEqual({
        section,
        query: {},
        addressProblem: { reason: 'no-record-page', address: `#/${section}/x` },
      });
    }
    for (const section of ['stakeholders', 'agreements', 'actions', 'briefings'])
      expect(parseRoute(`#/${section}/x`, 'dashboard').id, section).toBe('x');
    // A trailing slash names no record.
    expect(parseRoute('#/settings/', 'dashboard')).toEqual({ section: 'settings', query: {} });
  });
});
