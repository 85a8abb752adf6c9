import { afterAll, vi } from 'vitest';

/**
 * Runs the calling test file on Italian time (Europe/Rome), as Trama's users are, whatever
 * the machine's zone: records are stamped in UTC, and the first hour or two of an Italian
 * day is still the day before in UTC. Called at the top of the file, before any date is read.
 */
export function onRomeTime(): void {
  vi.stubEnv('TZ', 'Europe/Rome');
  afterAll(() => {
    vi.unstubAllEnvs();
  });
}
