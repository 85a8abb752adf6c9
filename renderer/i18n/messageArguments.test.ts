import { describe, expectTypeOf, it } from 'vitest';
import type { MessageArguments } from './messageArguments';

describe('MessageArguments', () => {
  it('reads the arguments a message names, at any depth', () => {
    expectTypeOf<keyof MessageArguments<"Hello, it's all here">>().toEqualTypeOf<never>();
    expectTypeOf<MessageArguments<'{name} added.'>>().toEqualTypeOf<{ name: string | number }>();
    expectTypeOf<MessageArguments<'{shown} of { total , number }'>>().toEqualTypeOf<{
      shown: string | number;
      total: number;
    }>();
    expectTypeOf<MessageArguments<'{count, plural, one {# party} other {# parties}}'>>().toEqualTypeOf<{
      count: number;
    }>();
    expectTypeOf<
      MessageArguments<"{count, plural, =0 {none} one {{name}'s copy} other {# copies of {name} and {kind, select, a {A {extra}} other {O}}}} left">
    >().toEqualTypeOf<{ count: number; name: string | number; kind: string; extra: string | number }>();
  });
});
