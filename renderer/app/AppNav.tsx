import { useT } from '../i18n/useT';
import { NAV_ITEMS } from './navigation';
import { routeHref, type SectionName } from './route';

/** `current` is absent when the address leads to no page (nothing is marked as the current one). */
export function AppNav({ current }: { current: SectionName | undefined }) {
  const { t } = useT();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {NAV_ITEMS.map((item) => (
          <li key={item.section}>
            <a href={routeHref({ section: item.section })} aria-current={item.section === current ? 'page' : undefined}>
              {t(item.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
