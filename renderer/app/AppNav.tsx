import type { MouseEvent } from 'react';
import { useT } from '../i18n/useT';
import { NAV_ITEMS } from './navigation';
import { routeHref, type SectionName } from './route';
import { retryCurrentPage } from './useRoute';

/** The link of the address shown changes nothing in the address: it asks for the page again (an error page goes). */
function showAgainIfShown(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.currentTarget.getAttribute('href') === window.location.hash) retryCurrentPage();
}

/** `current` is absent when the address leads to no page (nothing is marked as the current one). */
export function AppNav({ current }: { current: SectionName | undefined }) {
  const { t } = useT();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {NAV_ITEMS.map((item) => (
          <li key={item.section}>
            <a
              href={routeHref({ section: item.section })}
              aria-current={item.section === current ? 'page' : undefined}
              onClick={showAgainIfShown}
            >
              {t(item.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
