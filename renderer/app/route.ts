import { idSchema } from '../../shared/domain/common';
import { SECTIONS, type SectionDefinition } from './sections';

// Hash routes (#/stakeholders/abc?region=campania): they work the same under app:// in the
// desktop shell and over http in web mode, and survive a reload.

export type SectionName = keyof typeof SECTIONS;
/** Every section, in the sidebar's order (sections.ts). */
export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];
/** The registry's entry, read as any section's. */
const sectionOf = (section: SectionName): SectionDefinition => SECTIONS[section];

/** Sections with a page for one record (#/stakeholders/<id>); an id anywhere else leads nowhere. */
const SECTIONS_WITH_RECORD_PAGES: ReadonlySet<SectionName> = new Set(
  SECTION_NAMES.filter((section) => sectionOf(section).hasRecordPages),
);

/** Why an address leads to no page: said on a page of its own rather than guessed at. */
export interface AddressProblem {
  reason: 'undecodable' | 'unknown-section' | 'bad-id' | 'no-record-page';
  /** The address as it arrived (a hostile one may be huge: the page shortens it). */
  address: string;
}

export interface Route {
  section: SectionName;
  /** The record shown, for detail views (#/stakeholders/<id>). */
  id?: string;
  /** Filters and options carried in the link, e.g. { region: 'campania' }. */
  query: Readonly<Record<string, string>>;
  /** Set when the address cannot be opened; `section` is then only what the navigation highlights. */
  addressProblem?: AddressProblem;
}

function isSectionName(value: string): value is SectionName {
  // The address is untrusted: only the registry's own keys, never its prototype's.
  return Object.hasOwn(SECTIONS, value);
}

/** A percent escape cut short or naming no character (`%E0%A4%A`) makes decodeURIComponent throw. */
function decodePart(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Control, format (bidi, zero-width) and unpaired surrogate characters never appear in a record id. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}]/u;

function isPlausibleId(id: string): boolean {
  return idSchema.safeParse(id).success && !UNPRINTABLE.test(id);
}

/** Keys that mean nothing in our links and that code reading `query[name]` must never meet. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function readQuery(search: string): Record<string, string> {
  // URLSearchParams never throws: it reads a bad escape in the query leniently.
  return Object.fromEntries([...new URLSearchParams(search)].filter(([name]) => !PROTOTYPE_KEYS.has(name)));
}

/** Reads an address (location.hash); never throws, whatever it holds. */
export function parseRoute(hash: string, fallback: SectionName): Route {
  const address = hash.replace(/^#\/?/, '');
  // Everything after the first "?" is the query, other "?" included.
  const queryStart = address.indexOf('?');
  const path = queryStart < 0 ? address : address.slice(0, queryStart);
  const search = queryStart < 0 ? '' : address.slice(queryStart + 1);
  if (path === '') return { section: fallback, query: {} };
  const [rawSection = '', rawId] = path.split('/');
  const section = decodePart(rawSection);
  const problem = (reason: AddressProblem['reason'], shown: SectionName = fallback): Route => ({
    section: shown,
    query: {},
    addressProblem: { reason, address: hash },
  });
  if (section === null) return problem('undecodable');
  if (!isSectionName(section)) return problem('unknown-section');
  if (rawId === undefined || rawId === '') return { section, query: readQuery(search) };
  if (!SECTIONS_WITH_RECORD_PAGES.has(section)) return problem('no-record-page', section);
  const id = decodePart(rawId);
  if (id === null) return problem('undecodable', section);
  if (!isPlausibleId(id)) return problem('bad-id', section);
  return { section, id, query: readQuery(search) };
}

export function routeHref(route: {
  section: SectionName;
  id?: string;
  query?: Record<string, string | undefined>;
}): string {
  const path = route.id ? `${route.section}/${encodeURIComponent(route.id)}` : route.section;
  const entries = Object.entries(route.query ?? {}).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const search = entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
  return `#/${path}${search}`;
}

export function navigate(route: Parameters<typeof routeHref>[0]): void {
  window.location.hash = routeHref(route);
}
