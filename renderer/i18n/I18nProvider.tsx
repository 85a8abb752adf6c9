import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { localDayOf } from '../../shared/domain/common';
import type { Language } from '../../shared/domain/enums';
import { platform } from '../platform/platform';
import { detectLanguage, rememberLanguage } from './detectLanguage';
import { I18nContext, type I18nValue } from './I18nContext';
import { translate, translateOr, translatePlural } from './translate';

export function I18nProvider({ children, initialLanguage }: { children: ReactNode; initialLanguage?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => initialLanguage ?? detectLanguage());

  useEffect(
    function syncDocumentLanguage() {
      document.documentElement.lang = language;
      void platform.setMenuLanguage(language);
    },
    [language],
  );

  const setLanguage = useCallback((next: Language) => {
    rememberLanguage(next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18nValue>(() => {
    const dateFormat = new Intl.DateTimeFormat(language === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'medium' });
    const numberFormat = new Intl.NumberFormat(language === 'it' ? 'it-IT' : 'en-GB');
    return {
      language,
      setLanguage,
      t: (key, ...params) => translate(language, key, ...params),
      tOr: (key, fallback, params) => translateOr(language, key, fallback, params),
      tn: (key, count, ...params) => translatePlural(language, key, count, ...params),
      formatDate: (isoDate) => {
        if (!isoDate) return '';
        // A stored timestamp (UTC) is shown on the user's calendar day, as its time beside it is.
        const [year, month, day] = localDayOf(isoDate).split('-').map(Number) as [number, number, number];
        return dateFormat.format(new Date(year, month - 1, day));
      },
      formatNumber: (value) => numberFormat.format(value),
    };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
