import { describe, expect, it } from 'vitest';
import { backOffFrom, MAX_BACK_OFF_MS } from './serverReplication';
import { errorKindOf, statusOf, type SyncFacts } from './syncStatus';

const running: SyncFacts = {
  isRunning: true,
  hasReachedServer: true,
  offlineSince: null,
  error: null,
  pending: 0,
  receiving: null,
};

describe('the sync status', () => {
  it('says synced, sending N, offline since, or the error, the error first', () => {
    expect(statusOf(running)).toEqual({ kind: 'synced' });
    expect(statusOf({ ...running, pending: 3 })).toEqual({ kind: 'sending', pending: 3 });
    expect(statusOf({ ...running, offlineSince: '2026-12-06T12:00:00.000Z', pending: 3 })).toEqual({
      kind: 'offline',
      since: '2026-12-06T12:00:00.000Z',
      pending: 3,
    });
    expect(statusOf({ ...running, offlineSince: '2026-12-06T12:00:00.000Z', error: 'unauthorized' })).toEqual({
      kind: 'error',
      error: 'unauthorized',
      pending: 0,
    });
    expect(statusOf({ ...running, hasReachedServer: false, pending: 2 })).toEqual({ kind: 'connecting', pending: 2 });
    expect(statusOf({ ...running, isRunning: false, error: 'local' })).toEqual({ kind: 'stopped' });
  });

  it('says receiving while catching up, after offline and errors, and never more received than the total', () => {
    const catchingUp = { ...running, receiving: { received: 40, total: 100 } };
    expect(statusOf(catchingUp)).toEqual({ kind: 'receiving', received: 40, total: 100, pending: 0 });
    expect(statusOf({ ...catchingUp, receiving: { received: 120, total: 100 } })).toMatchObject({ total: 120 });
    expect(statusOf({ ...catchingUp, receiving: { received: 5, total: null } })).toMatchObject({ total: null });
    expect(statusOf({ ...catchingUp, offlineSince: '2026-12-06T12:00:00.000Z' }).kind).toBe('offline');
    expect(statusOf({ ...catchingUp, error: 'forbidden' }).kind).toBe('error');
  });

  it('says connecting until the server answers, unless records are being received meanwhile', () => {
    const restarted = { ...running, hasReachedServer: false };
    expect(statusOf({ ...restarted, receiving: { received: 0, total: null } })).toEqual({
      kind: 'connecting',
      pending: 0,
    });
    // A first pull cut short by a restart: what it had received is applied while the server is asked again.
    expect(statusOf({ ...restarted, receiving: { received: 0, total: 1500 } })).toEqual({
      kind: 'receiving',
      received: 0,
      total: 1500,
      pending: 0,
    });
    expect(statusOf({ ...restarted, receiving: { received: 500, total: 1500 } })).toMatchObject({ received: 500 });
    expect(statusOf({ ...restarted, receiving: null, pending: 1 })).toEqual({ kind: 'connecting', pending: 1 });
    // Its own records handed over and read back are no news from a server that never answered.
    expect(statusOf({ ...restarted, receiving: { received: 300, total: null, handedOver: 300 } }).kind).toBe(
      'connecting',
    );
  });

  it('counts this laptop’s own records handed over in the total, as they count as received', () => {
    const receiving = { received: 1_500, total: 2_000, handedOver: 300 };
    expect(statusOf({ ...running, receiving })).toMatchObject({ received: 1_500, total: 2_300 });
    expect(statusOf({ ...running, receiving: { ...receiving, total: null } })).toMatchObject({ total: null });
  });

  it.each([
    [{ status: 401, name: 'unauthorized' }, 'unauthorized'],
    [{ status: 403, error: 'forbidden' }, 'forbidden'],
    [{ status: 404, name: 'not_found' }, 'not-found'],
    [new TypeError('fetch failed'), 'other'],
    ['a string', 'other'],
    [null, 'other'],
  ])('reads %o as %s', (error, kind) => {
    expect(errorKindOf(error)).toBe(kind);
  });

  it('waits a second after the first failure, then twice as long each time, never over the limit', () => {
    const waits = [0];
    for (let attempt = 0; attempt < 10; attempt++) waits.push(backOffFrom(waits.at(-1)!));
    expect(waits.slice(1, 5)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(Math.max(...waits)).toBe(MAX_BACK_OFF_MS);
    expect(backOffFrom(40_000, 50_000)).toBe(50_000);
  });
});
