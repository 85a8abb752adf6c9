import { describe, expect, it } from 'vitest';
import { Refusal, type ColumnImport } from './columnDescriptor';
import { isComplete, readRecord } from './readRecord';

// The reading of one row: filled cells through their column's read, the rest through its
// fallback, a field another column needs read first whatever the order, each reason once.

interface Draft {
  region: string;
  province: string;
  a: string;
  b: string;
}

const column = (
  field: keyof Draft,
  read: ColumnImport<Draft, null>['read'],
  fallback: ColumnImport<Draft, null>['fallback'],
): ColumnImport<Draft, null> => ({
  field,
  aliases: [],
  maxLength: 10,
  fills: [field],
  read,
  fallback,
});

const province = column(
  'province',
  (text, { valueOf }) =>
    valueOf('region') === 'lazio' && text === 'RM' ? { province: text } : new Refusal('unknown-province'),
  () => ({ province: '' }),
);
const region = column(
  'region',
  (text) => (text === 'Lazio' ? { region: 'lazio' } : new Refusal('unknown-region')),
  () => ({ region: '' }),
);

describe('readRecord', () => {
  it('reads a field another column asks for first, whatever the order of the columns', () => {
    const cells: Record<string, string> = { region: 'Lazio', province: 'RM' };
    const reading = readRecord([province, region], (field) => cells[field] ?? '', null);
    expect(reading).toEqual({
      values: { region: 'lazio', province: 'RM' },
      said: { region: 'lazio', province: 'RM' },
      reasons: [],
    });
  });

  it('gives a refused or empty cell its default, says only what filled cells said, and each reason once', () => {
    const a = column(
      'a',
      () => new Refusal('unknown-value'),
      () => ({ a: 'default a' }),
    );
    const b = column(
      'b',
      () => new Refusal('unknown-value'),
      () => ({ b: 'default b' }),
    );
    const cells: Record<string, string> = { region: 'Atlantide', a: 'x', b: 'y' };
    const reading = readRecord([province, region, a, b], (field) => cells[field] ?? '', null);
    expect(reading).toEqual({
      values: { region: '', province: '', a: 'default a', b: 'default b' },
      said: {},
      reasons: ['unknown-region', 'unknown-value'],
    });
    expect(isComplete(reading.values, [province, region, a, b])).toBe(true);
  });

  it('ends a loop of columns asking for each other, and a draft missing a field is not complete', () => {
    const a = column(
      'a',
      (text, { valueOf }) => ({ a: `${text}+${valueOf('b') ?? '?'}` }),
      () => new Refusal('missing-a'),
    );
    const b = column(
      'b',
      (text, { valueOf }) => ({ b: `${text}+${valueOf('a') ?? '?'}` }),
      () => ({ b: '' }),
    );
    const both = readRecord([a, b], (field) => field, null);
    expect(both.values).toEqual({ a: 'a+b+?', b: 'b+?' });
    const none = readRecord([a, b], () => '', null);
    expect(none.reasons).toEqual(['missing-a']);
    expect(isComplete(none.values, [a, b])).toBe(false);
  });
});
