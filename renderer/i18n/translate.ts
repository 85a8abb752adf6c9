import type { Language } from '../../shared/domain/enums';
import type { MessageArguments, MessageValue } from './messageArguments';
import { formatMessage, reportMessageProblem } from './messageFormat';
import { MESSAGES, type MessageKey } from './messages';

/** Parameters of a message whose key is built at run time (tOr): not checked by the type. */
export type MessageParams = Readonly<Record<string, MessageValue>>;

type Flatten<Value> = { [Key in keyof Value]: Value[Key] };

/** The arguments message `Key` names, in English and Italian alike (messages.test.ts checks they agree). */
export type MessageParamsOf<Key extends MessageKey> = Flatten<
  MessageArguments<(typeof MESSAGES.en)[Key]> & MessageArguments<(typeof MESSAGES.it)[Key]>
>;

type UnionToIntersection<Union> = (Union extends unknown ? (value: Union) => void : never) extends (
  value: infer Both,
) => void
  ? Both
  : never;

/** Nothing when a message names no argument; otherwise exactly its arguments. */
type ParamsTuple<Params> = keyof Params extends never ? [params?: Readonly<Record<string, never>>] : [params: Params];

/**
 * What t() takes after the key. A key that may be one of several messages takes what every one
 * of them needs.
 */
export type ParamsArgument<Key extends MessageKey> =
  Flatten<UnionToIntersection<Key extends MessageKey ? MessageParamsOf<Key> : never>> extends infer Params
    ? ParamsTuple<Params>
    : never;

/** Messages that name no argument: labels, titles, sentences that say it all (t(key) alone). */
export type PlainMessageKey = {
  [Key in MessageKey]: keyof MessageParamsOf<Key> extends never ? Key : never;
}[MessageKey];

/** Messages with a `{count, plural, …}` argument: tn(key, count) fills the count. */
export type PluralKey = {
  [Key in MessageKey]: MessageParamsOf<Key> extends { count: number } ? Key : never;
}[MessageKey];

/** What tn() takes after the count: the message's other arguments. */
export type PluralParamsArgument<Key extends PluralKey> =
  Omit<Flatten<UnionToIntersection<Key extends PluralKey ? MessageParamsOf<Key> : never>>, 'count'> extends infer Params
    ? ParamsTuple<Params>
    : never;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES.en, key);
}

function messageText(language: Language, key: string): string | undefined {
  return isMessageKey(key) ? MESSAGES[language][key] : undefined;
}

function render(language: Language, key: string, params?: MessageParams): string {
  const text = messageText(language, key);
  if (text === undefined) {
    // Only a key forced past the type gets here: say so, and show the key rather than nothing.
    reportMessageProblem(`no message "${key}"`);
    return key;
  }
  return formatMessage(language, key, text, params);
}

export function translate<Key extends MessageKey>(
  language: Language,
  key: Key,
  ...[params]: ParamsArgument<Key>
): string {
  return render(language, key, params);
}

/**
 * Value sets users add to: a relationship type of their own has no label and is shown as
 * they wrote it. Every other key built from data has a message for each value the schema allows.
 */
const OPEN_VALUE_SETS = ['relationshipType.'] as const;

/** For keys built from data: the message, or `fallback` when there is none (told, unless the value set is open). */
export function translateOr(language: Language, key: string, fallback: string, params?: MessageParams): string {
  const text = messageText(language, key);
  if (text !== undefined) return formatMessage(language, key, text, params);
  if (!OPEN_VALUE_SETS.some((prefix) => key.startsWith(prefix)))
    reportMessageProblem(`no message "${key}": "${fallback}" shown instead`);
  return fallback;
}

export function translatePlural<Key extends PluralKey>(
  language: Language,
  key: Key,
  count: number,
  ...[params]: PluralParamsArgument<Key>
): string {
  return render(language, key, { ...params, count });
}
