import type { Agreement } from '../../../shared/domain/agreement';
import { agreementsExpiringWithin } from '../../../shared/analysis/agreements';
import { foldForMatching } from '../../../shared/domain/regions';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { readListParams, writeListParams } from '../../app/queryParams';

// Search and filters of the agreements list: pure, so they are tested without a browser.
// The names in links are shared with the dashboard (#/agreements?expiring=90&region=campania).

export interface AgreementQuery {
  text: string;
  statuses: readonly string[];
  kinds: readonly string[];
  regions: readonly string[];
  programmeIds: readonly string[];
  /** Only binding agreements expiring within this many days from today; null: no such filter. */
  expiringWithinDays: number | null;
}

export const EMPTY_AGREEMENT_QUERY: AgreementQuery = {
  text: '',
  statuses: [],
  kinds: [],
  regions: [],
  programmeIds: [],
  expiringWithinDays: null,
};

const LIST_PARAMS = { statuses: 'status', kinds: 'kind', regions: 'region', programmeIds: 'programme' } as const;

/** The days an `expiring` parameter asks for, or null when absent or not a whole number ≥ 0. */
function daysFromParam(value: string | undefined): number | null {
  if (value === undefined || !/^\d{1,4}$/.test(value)) return null;
  return Number(value);
}

export function agreementQueryFromParams(params: Readonly<Record<string, string>>): AgreementQuery {
  return {
    text: params.q ?? '',
    ...readListParams(params, LIST_PARAMS),
    expiringWithinDays: daysFromParam(params.expiring),
  };
}

export function paramsFromAgreementQuery(query: AgreementQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.text) params.q = query.text;
  Object.assign(params, writeListParams(query, LIST_PARAMS));
  if (query.expiringWithinDays !== null) params.expiring = String(query.expiringWithinDays);
  return params;
}

export function isAgreementQueryEmpty(query: AgreementQuery): boolean {
  return Object.keys(paramsFromAgreementQuery(query)).length === 0;
}

export type PartyLookup = ReadonlyMap<string, Pick<Stakeholder, 'name' | 'shortName' | 'region'>>;

/**
 * The agreements the query keeps. Without the expiring filter they come sorted by title;
 * with it, soonest expiry first, since that is the order in which they need attention.
 */
export function filterAgreements<A extends Agreement>(
  agreements: readonly A[],
  query: AgreementQuery,
  parties: PartyLookup,
  today: string,
): A[] {
  const words = foldForMatching(query.text).split(' ').filter(Boolean);
  const statuses = new Set(query.statuses);
  const kinds = new Set(query.kinds);
  const regions = new Set(query.regions);
  const programmes = new Set(query.programmeIds);
  const partiesOf = (agreement: A) => agreement.parties.flatMap((party) => parties.get(party.stakeholderId) ?? []);
  const matches = (agreement: A): boolean => {
    if (statuses.size && !statuses.has(agreement.status)) return false;
    if (kinds.size && !kinds.has(agreement.kind)) return false;
    if (programmes.size && !agreement.programmeIds.some((id) => programmes.has(id))) return false;
    // An agreement belongs to every region one of its parties is in.
    if (regions.size && !partiesOf(agreement).some((party) => party.region !== null && regions.has(party.region)))
      return false;
    if (words.length) {
      const text = foldForMatching(
        [
          agreement.title,
          agreement.documentRef,
          agreement.notes,
          ...partiesOf(agreement).flatMap((party) => [party.name, party.shortName]),
        ].join(' '),
      );
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  };
  const kept = agreements.filter(matches);
  if (query.expiringWithinDays !== null) return agreementsExpiringWithin(kept, today, query.expiringWithinDays);
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return kept.sort((left, right) => collator.compare(left.title, right.title));
}

/** Days from `today` to `isoDate` (negative when past): both are calendar days. */
export function daysUntil(today: string, isoDate: string): number {
  const toUtc = (date: string) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((toUtc(isoDate) - toUtc(today)) / 86_400_000);
}

/** How far ahead the list and the stakeholder pages warn about an expiry. */
export const EXPIRY_WARNING_DAYS = 90;

/** Days left before a binding agreement expires, when within the warning window; else null. */
export function daysLeftIfExpiringSoon(
  agreement: Pick<Agreement, 'status' | 'expiresOn'>,
  today: string,
): number | null {
  const [expiring] = agreementsExpiringWithin([agreement], today, EXPIRY_WARNING_DAYS);
  return expiring?.expiresOn ? daysUntil(today, expiring.expiresOn) : null;
}
