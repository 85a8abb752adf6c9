import { createContext } from 'react';
import type { Language } from '../../shared/domain/enums';
import type { MessageKey } from './messages';
import type { MessageParams, ParamsArgument, PluralKey, PluralParamsArgument } from './translate';

export interface I18nValue {
  language: Language;
  setLanguage(language: Language): void;
  /** The message `key` with exactly the arguments it names (a missing or extra one is a type error). */
  t<Key extends MessageKey>(key: Key, ...params: ParamsArgument<Key>): string;
  /** A key built from data, with what to show when there is no such message (told in development). */
  tOr(key: string, fallback: string, params?: MessageParams): string;
  /** A message with a `{count, plural, …}` argument, given the count. */
  tn<Key extends PluralKey>(key: Key, count: number, ...params: PluralParamsArgument<Key>): string;
  /** YYYY-MM-DD (or an ISO datetime) as the user reads dates. */
  formatDate(isoDate: string | null | undefined): string;
  formatNumber(value: number): string;
}

export const I18nContext = createContext<I18nValue | null>(null);
