import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { readListParams, useFiltersInLink, writeListParams } from './queryParams';
import type { Route } from './route';

const NAMES = { regions: 'region' } as const;
const codec = {
  fromParams: (params: Readonly<Record<string, string>>) => readListParams(params, NAMES),
  toParams: (filters: { regions: readonly string[] }) => writeListParams(filters, NAMES),
};

describe('filters kept in the link', () => {
  it('starts from the link, writes changes back to the address and takes a new link over', () => {
    const onNewLink = vi.fn();
    const { result, rerender } = renderHook(
      ({ route }: { route: Route }) => useFiltersInLink(route, codec, onNewLink),
      {
        initialProps: { route: { section: 'actions', query: { region: 'lazio' } } },
      },
    );
    expect(result.current[0]).toEqual({ regions: ['lazio'] });

    act(() => result.current[1]({ regions: ['lazio', 'sicilia'] }));
    expect(result.current[0]).toEqual({ regions: ['lazio', 'sicilia'] });
    expect(window.location.hash).toBe('#/actions?region=lazio%2Csicilia');
    expect(onNewLink).not.toHaveBeenCalled();

    rerender({ route: { section: 'actions', query: { region: 'campania', new: '1' } } });
    expect(result.current[0]).toEqual({ regions: ['campania'] });
    expect(onNewLink).toHaveBeenCalledWith({ region: 'campania', new: '1' });
  });
});
