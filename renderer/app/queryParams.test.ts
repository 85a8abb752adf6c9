import { describe, expect, it } from 'vitest';
import { readListParam, readListParams, writeListParams } from './queryParams';

const NAMES = { regions: 'region', ownerIds: 'owner' } as const;

describe('list filters in a link', () => {
  it('reads comma-separated values and drops empty pieces', () => {
    expect(readListParam({ region: 'campania,,lazio,' }, 'region')).toEqual(['campania', 'lazio']);
    expect(readListParam({ region: '' }, 'region')).toEqual([]);
    expect(readListParam({}, 'region')).toEqual([]);
  });

  it('reads every field by its link name, empty lists for the absent ones', () => {
    expect(readListParams({ region: 'sicilia', q: 'tavolo' }, NAMES)).toEqual({ regions: ['sicilia'], ownerIds: [] });
  });

  it('writes the lists back under their link names and leaves out the empty ones', () => {
    expect(writeListParams({ regions: ['campania', 'lazio'], ownerIds: [] }, NAMES)).toEqual({
      region: 'campania,lazio',
    });
    expect(writeListParams({ regions: [], ownerIds: [] }, NAMES)).toEqual({});
  });

  it('gives back what it read', () => {
    const params = { region: 'basilicata,lombardia', owner: 'noemi' };
    expect(writeListParams(readListParams(params, NAMES), NAMES)).toEqual(params);
  });
});
