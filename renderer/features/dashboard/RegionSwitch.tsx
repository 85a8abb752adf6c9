import { REGION_IDS, type RegionId } from '../../../shared/domain/regions';
import { routeHref, type SectionName } from '../../app/route';
import { useT } from '../../i18n/useT';

/** The region a page is scoped to, read from its `region` link parameter; null is all regions. */
export function regionFromQuery(query: Readonly<Record<string, string>>): RegionId | null {
  const region = query.region;
  return (REGION_IDS as readonly string[]).includes(region ?? '') ? (region as RegionId) : null;
}

/** Links rather than a select: each region view has its own address, to reload or share. */
export function RegionSwitch({ section, region }: { section: SectionName; region: RegionId | null }) {
  const { t } = useT();
  const choices: Array<{ id: RegionId | null; label: string }> = [
    { id: null, label: t('dashboard.overall') },
    ...REGION_IDS.map((id) => ({ id, label: t(`region.${id}`) })),
  ];
  return (
    <nav className="region-switch" aria-label={t('dashboard.regionSwitch')}>
      <ul>
        {choices.map((choice) => (
          <li key={choice.id ?? 'all'}>
            <a
              href={routeHref({ section, query: { region: choice.id ?? undefined } })}
              aria-current={choice.id === region ? 'true' : undefined}
            >
              {choice.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
