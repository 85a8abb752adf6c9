import type { AdvocacyAction } from '../../../shared/domain/action';
import { foldForMatching } from '../../../shared/domain/regions';
import { readListParams, writeListParams } from '../../app/queryParams';

// Search and filters of the actions list, kept in the address
// (#/actions?region=campania&kind=network-meeting&from=2026-01-01): pure, tested without a browser.

export interface ActionQuery {
  text: string;
  regions: readonly string[];
  kinds: readonly string[];
  programmeIds: readonly string[];
  ownerIds: readonly string[];
  statuses: readonly string[];
  /** YYYY-MM-DD, inclusive; '' for no bound. */
  from: string;
  to: string;
}

export const EMPTY_ACTION_QUERY: ActionQuery = {
  text: '',
  regions: [],
  kinds: [],
  programmeIds: [],
  ownerIds: [],
  statuses: [],
  from: '',
  to: '',
};

const LIST_PARAMS = {
  regions: 'region',
  kinds: 'kind',
  programmeIds: 'programme',
  ownerIds: 'owner',
  statuses: 'status',
} as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function actionQueryFromParams(params: Readonly<Record<string, string>>): ActionQuery {
  // A hand-edited link with a malformed date is ignored rather than hiding every action.
  const date = (name: string) => (params[name] && ISO_DATE.test(params[name]) ? params[name] : '');
  return {
    text: params.q ?? '',
    ...readListParams(params, LIST_PARAMS),
    from: date('from'),
    to: date('to'),
  };
}

export function paramsFromActionQuery(query: ActionQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.text) params.q = query.text;
  Object.assign(params, writeListParams(query, LIST_PARAMS));
  if (query.from) params.from = query.from;
  if (query.to) params.to = query.to;
  return params;
}

export function isActionQueryEmpty(query: ActionQuery): boolean {
  return Object.keys(paramsFromActionQuery(query)).length === 0;
}

/** A predicate for the query; the words are folded once (accents and case do not matter). */
export function actionMatcher(query: ActionQuery): (action: AdvocacyAction) => boolean {
  const words = foldForMatching(query.text).split(' ').filter(Boolean);
  const regions = new Set(query.regions);
  const kinds = new Set(query.kinds);
  const programmeIds = new Set(query.programmeIds);
  const ownerIds = new Set(query.ownerIds);
  const statuses = new Set(query.statuses);
  return (action) => {
    if (regions.size && !action.regions.some((region) => regions.has(region))) return false;
    if (kinds.size && !kinds.has(action.kind)) return false;
    if (programmeIds.size && !(action.programmeId !== null && programmeIds.has(action.programmeId))) return false;
    if (ownerIds.size && !(action.ownerId !== null && ownerIds.has(action.ownerId))) return false;
    if (statuses.size && !statuses.has(action.status)) return false;
    if (query.from && action.date < query.from) return false;
    if (query.to && action.date > query.to) return false;
    if (words.length) {
      const text = foldForMatching(`${action.title} ${action.objective} ${action.outcome}`);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  };
}

/** Newest first; the same day by title. */
export function newestFirst(
  left: Pick<AdvocacyAction, 'date' | 'title'>,
  right: Pick<AdvocacyAction, 'date' | 'title'>,
): number {
  if (left.date !== right.date) return left.date < right.date ? 1 : -1;
  return left.title.localeCompare(right.title);
}
