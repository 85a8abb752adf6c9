import { createContext } from 'react';
import type { Language } from '../../shared/domain/enums';
import type { MessageKey } from './messages';
import type { MessageParams, PluralKey } from './translate';

export interface I18nValue {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, params?: MessageParams): string;
  /** A key built from data, with what to show when there is no such message. */
  tOr(key: string, fallback: string, params?: MessageParams): string;
  /** Plural: picks `<base>.one` or `<base>.other` and passes {count}. */
  tn(base: PluralKey, count: number, params?: MessageParams): string;
  /** YYYY-MM-DD (or an ISO datetime) as the user reads dates. */
  formatDate(isoDate: string | null | undefined): string;
  formatNumber(value: number): string;
}

export const I18nContext = createContext<I18nValue | null>(null);
