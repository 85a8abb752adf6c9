// Hash routes (#/stakeholders/abc?region=campania): they work the same under app:// in the
// desktop shell and over http in web mode, and survive a reload.

export const SECTION_NAMES = [
  'dashboard',
  'map',
  'stakeholders',
  'agreements',
  'actions',
  'follow-ups',
  'grid',
  'briefings',
  'import-export',
  'settings',
  'print',
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export interface Route {
  section: SectionName;
  /** The record shown, for detail views (#/stakeholders/<id>). */
  id?: string;
  /** Filters and options carried in the link, e.g. { region: 'campania' }. */
  query: Readonly<Record<string, string>>;
}

function isSectionName(value: string): value is SectionName {
  return (SECTION_NAMES as readonly string[]).includes(value);
}

export function parseRoute(hash: string, fallback: SectionName): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [section = '', id] = path.split('/').map((part) => decodeURIComponent(part));
  const query = Object.fromEntries(new URLSearchParams(search));
  return isSectionName(section) ? { section, ...(id ? { id } : {}), query } : { section: fallback, query: {} };
}

export function routeHref(route: { section: SectionName; id?: string; query?: Record<string, string | undefined> }): string {
  const path = route.id ? `${route.section}/${encodeURIComponent(route.id)}` : route.section;
  const entries = Object.entries(route.query ?? {}).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const search = entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
  return `#/${path}${search}`;
}

export function navigate(route: Parameters<typeof routeHref>[0]): void {
  window.location.hash = routeHref(route);
}
