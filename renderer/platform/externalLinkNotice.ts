import type { ExternalLinkOutcome } from '../../shared/ipc/contract';
import type { I18nValue } from '../i18n/I18nContext';

/** What to tell the user about a link that did not open, or null when it opened. */
export function externalLinkNotice(outcome: ExternalLinkOutcome, t: I18nValue['t']): string | null {
  if (outcome.isOpened) return null;
  switch (outcome.reason) {
    case 'no-recent-click':
      return t('platform.link.noRecentClick');
    case 'not-allowed':
      return t('platform.link.notAllowed');
  }
}
