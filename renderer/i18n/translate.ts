import type { Language } from '../../shared/domain/enums';
import { MESSAGES, type MessageKey } from './messages';

export type MessageParams = Readonly<Record<string, string | number>>;

/** Keys that come in `.one` / `.other` pairs, named without the suffix. */
export type PluralKey = MessageKey extends infer Key ? (Key extends `${infer Base}.one` ? Base : never) : never;

export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return interpolate(MESSAGES[language][key], params);
}

export function isMessageKey(key: string): key is MessageKey {
  return key in MESSAGES.en;
}

/** For keys built from data (a user-defined relationship type has no label: show it as is). */
export function translateOr(language: Language, key: string, fallback: string, params?: MessageParams): string {
  return isMessageKey(key) ? translate(language, key, params) : fallback;
}

const pluralRules = { it: new Intl.PluralRules('it'), en: new Intl.PluralRules('en') };

export function translatePlural(language: Language, base: PluralKey, count: number, params?: MessageParams): string {
  const form = pluralRules[language].select(count) === 'one' ? 'one' : 'other';
  return translate(language, `${base}.${form}` as MessageKey, { count, ...params });
}
