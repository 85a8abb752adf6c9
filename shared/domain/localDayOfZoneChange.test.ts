import { afterAll, describe, expect, it, vi } from 'vitest';
import { localDayOf } from './common';

// The day of a UTC minute depends on the zone: when a laptop's zone changes while Trama runs,
// every timestamp is read on the new zone's days at once, as today (localIsoDate) is.

afterAll(() => {
  vi.unstubAllEnvs();
});

describe('localDayOf follows the user’s zone when it changes', () => {
  it('reads 23:30 UTC on 6 Dec as 7 Dec once the zone is Rome’s', () => {
    vi.stubEnv('TZ', 'UTC');
    expect(localDayOf('2026-12-06T23:30:00.000Z'), 'on UTC').toBe('2026-12-06');
    vi.stubEnv('TZ', 'Europe/Rome');
    expect(new Date('2026-12-06T23:30:00.000Z').getDate(), 'TZ=Europe/Rome did not take').toBe(7);
    expect(localDayOf('2026-12-06T23:31:00.000Z'), 'a minute not seen before').toBe('2026-12-07');
    expect(localDayOf('2026-12-06T23:30:00.000Z'), 'a minute already seen on UTC, read on Rome time').toBe(
      '2026-12-07',
    );
  });
});
