import type { MouseEvent } from 'react';
import { useT } from '../i18n/useT';

/** The id of the element the skip link moves focus to (App's <main>). */
export const MAIN_CONTENT_ID = 'main';

/**
 * "Skip to content" for keyboard users. The address is the router's (hash routing), so the
 * link moves focus itself instead of letting the browser set the hash to "#main", which the
 * router would read as an address.
 */
export function SkipLink() {
  const { t } = useT();
  function moveFocus(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  }
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`} onClick={moveFocus}>
      {t('common.skipToContent')}
    </a>
  );
}
