import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { msUntilNextMidnight, useToday } from './useToday';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('useToday', () => {
  it('moves on to the next day at local midnight, and again the night after', () => {
    vi.setSystemTime(new Date(2026, 10, 23, 23, 59, 30));
    const { result } = renderHook(() => useToday());
    expect(result.current).toBe('2026-11-23');

    act(() => vi.advanceTimersByTime(29_000));
    expect(result.current).toBe('2026-11-23');

    act(() => vi.advanceTimersByTime(1_000));
    expect(result.current).toBe('2026-11-24');

    act(() => vi.advanceTimersByTime(24 * 60 * 60 * 1000));
    expect(result.current).toBe('2026-11-25');
  });

  it('stops its timer when the view goes away', () => {
    vi.setSystemTime(new Date(2026, 10, 23, 12, 0, 0));
    const { unmount } = renderHook(() => useToday());
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('msUntilNextMidnight', () => {
  it('counts to the start of the next local day', () => {
    expect(msUntilNextMidnight(new Date(2026, 10, 23, 23, 0, 0))).toBe(60 * 60 * 1000);
    expect(msUntilNextMidnight(new Date(2026, 10, 23, 0, 0, 0))).toBe(24 * 60 * 60 * 1000);
  });
});
