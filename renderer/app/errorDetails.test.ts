import { describe, expect, it } from 'vitest';
import { describeThrown, errorDetails, withoutQueryValues } from './errorDetails';

const at = new Date('2026-11-23T09:00:00.000Z');

describe('the details an error page copies', () => {
  it('replaces what was typed in the address with its length', () => {
    const href = 'app://trama/index.html#/stakeholders?q=Mario%20Rossi&region=lazio&empty=&flag';
    const details = errorDetails({ kind: 'render', error: new Error('boom') }, href, at);
    expect(details).toContain(
      'Address: app://trama/index.html#/stakeholders?q=(length 11)&region=(length 5)&empty=(length 0)&flag',
    );
    expect(details).not.toContain('Mario');
    expect(details).not.toContain('Rossi');
  });

  it('keeps the page and the record id, and counts a damaged value by its raw length', () => {
    expect(withoutQueryValues('#/stakeholders/abc-123')).toBe('#/stakeholders/abc-123');
    expect(withoutQueryValues('#/actions?q=%E0%A4%A')).toBe('#/actions?q=(length 8)');
    expect(withoutQueryValues('#/actions?q=a?b?c')).toBe('#/actions?q=(length 5)');
    expect(withoutQueryValues('http://127.0.0.1:5173/?token=secret#/map?q=x')).toBe(
      'http://127.0.0.1:5173/?token=(length 6)#/map?q=(length 1)',
    );
  });

  it('describes any thrown value without throwing itself', () => {
    const bare = Object.create(null) as object;
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
        getPrototypeOf() {
          throw new Error('no');
        },
        has() {
          throw new Error('no');
        },
      },
    );
    const toStringThrows = {
      toString: () => {
        throw new Error('no');
      },
    };
    for (const value of [bare, hostile, toStringThrows, Symbol('s'), undefined, null, 42n]) {
      expect(() => errorDetails({ kind: 'render', error: value }, 'app://trama/#/map', at)).not.toThrow();
      expect(describeThrown(value).length).toBeGreaterThan(0);
    }
    expect(describeThrown(bare).join('\n')).toContain('Error: (a value that cannot be shown)');
    expect(describeThrown('plain text thrown')).toEqual(['Error: plain text thrown']);
    const withoutStack = new TypeError('bad');
    withoutStack.stack = undefined;
    expect(describeThrown(withoutStack)).toEqual(['Error: TypeError: bad', 'Stack:', '(none)']);
  });

  it('never copies an address of megabytes', () => {
    const details = errorDetails(
      { kind: 'render', error: new Error('x') },
      `app://trama/#/map?q=${'x'.repeat(1_000_000)}`,
      at,
    );
    expect(details.length).toBeLessThan(3_000);
  });
});
