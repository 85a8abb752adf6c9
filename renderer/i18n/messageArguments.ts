/**
 * The arguments an ICU message names, read from its text by the type checker, so that
 * t('key', params) refuses a missing, misspelt or extra parameter.
 *
 * The grammar read here is the part of ICU MessageFormat the catalogues use:
 * `{name}`, `{name, number}`, `{name, plural, one {…} other {…}}`, `{name, select, a {…} other {…}}`,
 * nested inside branches to any depth. A `plural` (or `selectordinal`) argument takes a number
 * (the form is chosen from it); `select` takes a string; a plain `{name}` takes either.
 * Malformed text yields whatever was read up to the fault: messages.test.ts parses every message
 * with the real ICU parser.
 */

export type MessageValue = string | number;

type Whitespace = ' ' | '\n' | '\t';
type Trim<Text extends string> = Text extends `${Whitespace}${infer Rest}`
  ? Trim<Rest>
  : Text extends `${infer Rest}${Whitespace}`
    ? Trim<Rest>
    : Text;

/** Which brace comes first in Text, and the text on either side of it. */
type NextBrace<Text extends string> = Text extends `${infer Before}{${infer After}`
  ? Before extends `${infer BeforeClose}}${infer AfterClose}`
    ? ['}', BeforeClose, `${AfterClose}{${After}`]
    : ['{', Before, After]
  : Text extends `${infer Before}}${infer After}`
    ? ['}', Before, After]
    : ['end', Text, ''];

/** Where the reader is: in message text (top level or a branch), or between the branches of a plural/select. */
type Context = 'text' | 'branches';

type Argument<Name extends string, Value> = { [Key in Trim<Name>]: Value };

/** `{name}` or `{name, number}` / `{name, date}`…: the argument's header up to its closing brace. */
type SimpleArgument<Header extends string> = Header extends `${infer Name},${infer Format}`
  ? Argument<Name, Trim<Format> extends 'number' ? number : MessageValue>
  : Argument<Header, MessageValue>;

/** `{name, plural, one ` or `{name, select, a `: the header of an argument with branches. */
type BranchingArgument<Header extends string> = Header extends `${infer Name},${infer Kind},${string}`
  ? Argument<Name, Trim<Kind> extends 'select' ? string : number>
  : Argument<Header, MessageValue>;

type Read<Text extends string, Stack extends readonly Context[], Found> =
  NextBrace<Text> extends [infer Brace, string, infer After extends string]
    ? Stack extends readonly [...infer Outer extends readonly Context[], infer Top]
      ? Top extends 'text'
        ? Brace extends '{'
          ? ReadArgument<After, Stack, Found>
          : Brace extends '}'
            ? Read<After, Outer, Found>
            : Found
        : Brace extends '{'
          ? Read<After, [...Stack, 'text'], Found>
          : Brace extends '}'
            ? Read<After, Outer, Found>
            : Found
      : Found
    : Found;

type ReadArgument<Text extends string, Stack extends readonly Context[], Found> =
  NextBrace<Text> extends [infer Brace, infer Header extends string, infer After extends string]
    ? Brace extends '}'
      ? Read<After, Stack, Found & SimpleArgument<Header>>
      : Brace extends '{'
        ? Read<After, [...Stack, 'branches', 'text'], Found & BranchingArgument<Header>>
        : Found
    : Found;

type Flatten<Found> = { [Key in keyof Found]: Found[Key] };

/** The arguments of one message text, e.g. `{ count: number; name: string | number }`. */
export type MessageArguments<Text extends string> = string extends Text
  ? Readonly<Record<string, MessageValue>>
  : Flatten<Read<Text, ['text'], unknown>>;
