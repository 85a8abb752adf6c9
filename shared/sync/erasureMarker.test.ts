import { describe, expect, it } from 'vitest';
import {
  erasureMarkerBody,
  erasureMarkerDocId,
  isErasureMarkerDocId,
  MAX_MARKER_PLACES,
  parseErasureMarker,
} from './erasureMarker';
import { parseDocId, parseIncomingDoc } from './syncDocs';

const AT = '2026-12-01T10:00:00.000Z';
const place = { table: 'actions', id: 'a-1', field: 'outcome' };
const markerDoc = (overrides: Record<string, unknown> = {}) => ({
  _id: erasureMarkerDocId('c-1'),
  _rev: '1-abc',
  ...erasureMarkerBody('c-1', '3-0123456789abcdef0123456789abcdef', [place], 'anna', AT),
  ...overrides,
});

describe('erasure markers', () => {
  it('hold ids, a revision, places and the author, and are never read as a record', () => {
    expect(parseErasureMarker(markerDoc())).toEqual({
      kind: 'marker',
      marker: {
        kind: 'erasure',
        table: 'contacts',
        id: 'c-1',
        deletedRev: '3-0123456789abcdef0123456789abcdef',
        places: [place],
        changedBy: 'anna',
        changedAt: AT,
      },
    });
    expect(isErasureMarkerDocId(erasureMarkerDocId('c-1'))).toBe(true);
    expect(parseDocId(erasureMarkerDocId('c-1'))).toBeNull();
    expect(parseIncomingDoc(markerDoc())).toMatchObject({ kind: 'rejected' });
  });

  it('a withdrawn (deleted) marker asks for nothing', () => {
    expect(parseErasureMarker({ _id: erasureMarkerDocId('c-1'), _rev: '2-def', _deleted: true })).toEqual({
      kind: 'withdrawn',
    });
  });

  it('sends no places rather than too many', () => {
    const places = Array.from({ length: MAX_MARKER_PLACES + 1 }, (_, index) => ({ ...place, id: `a-${index}` }));
    expect(erasureMarkerBody('c-1', '2-abc', places, null, AT).places).toEqual([]);
  });

  it.each([
    ['an extra field', markerDoc({ name: 'Ada Neri' })],
    ['a prototype key', JSON.parse(JSON.stringify(markerDoc()).replace('{', '{"__proto__": {"polluted": true},'))],
    ['a constructor key', markerDoc({ constructor: { prototype: { polluted: true } } })],
    ['another table', markerDoc({ table: 'stakeholders' })],
    ['an id other than its document’s', markerDoc({ id: 'c-2' })],
    ['an empty id', { ...markerDoc({ id: '' }), _id: erasureMarkerDocId('') }],
    ['an id of 65 characters', { ...markerDoc({ id: 'x'.repeat(65) }), _id: erasureMarkerDocId('x'.repeat(65)) }],
    ['no revision', markerDoc({ deletedRev: undefined })],
    ['a revision that is not one', markerDoc({ deletedRev: '0-abc' })],
    ['a place with text in it', markerDoc({ places: [{ ...place, text: 'Ada Neri' }] })],
    ['too many places', markerDoc({ places: Array.from({ length: MAX_MARKER_PLACES + 1 }, () => place) })],
    ['no date', markerDoc({ changedAt: 'yesterday' })],
    ['a long author', markerDoc({ changedBy: 'a'.repeat(201) })],
    ['a control character in the id', { ...markerDoc({ id: 'c-1\u0000' }), _id: erasureMarkerDocId('c-1') }],
  ])('refuses a marker with %s', (_case, doc) => {
    expect(parseErasureMarker(doc)).toMatchObject({ kind: 'rejected', rejection: { reason: 'invalid-marker' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([null, 'erasure', [markerDoc()], { _id: 'contacts:c-1' }])('refuses what is no marker: %j', (doc) => {
    expect(parseErasureMarker(doc)).toMatchObject({ kind: 'rejected' });
  });
});
