import type { I18nValue } from '../../i18n/I18nContext';
import { isMessageKey } from '../../i18n/translate';

/** A reason code of the import preview in the user's language: the import's own messages, then those of merges and corrections. */
export function reasonText({ tOr }: Pick<I18nValue, 'tOr'>, reason: string): string {
  const key = isMessageKey(`io.reason.${reason}`) ? `io.reason.${reason}` : `import.merge.reason.${reason}`;
  return tOr(key, reason);
}
