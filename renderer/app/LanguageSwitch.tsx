import { useId } from 'react';
import { LANGUAGES, type Language } from '../../shared/domain/enums';
import { useT } from '../i18n/useT';

/** `labelledBy`: the id of a heading that names this select instead of its own "Language" label. */
export function LanguageSwitch({ labelledBy }: { labelledBy?: string }) {
  const { t, language, setLanguage } = useT();
  const id = useId();
  return (
    <div className="language-switch">
      {!labelledBy && <label htmlFor={id}>{t('language.label')}</label>}
      <select
        id={id}
        aria-labelledby={labelledBy}
        value={language}
        onChange={(event) => setLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`language.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
