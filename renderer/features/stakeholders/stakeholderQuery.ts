import { GUIDELINES_STAGES } from '../../../shared/domain/enums';
import { foldForMatching } from '../../../shared/domain/regions';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { readListParams, writeListParams } from '../../app/queryParams';

// Search, filters and sorting of the registry: pure, so they are tested without a browser.

export const NO_REGION = 'none';

export interface StakeholderQuery {
  text: string;
  regions: readonly string[];
  categoryIds: readonly string[];
  sectors: readonly string[];
  stages: readonly string[];
  tags: readonly string[];
}

export const EMPTY_QUERY: StakeholderQuery = {
  text: '',
  regions: [],
  categoryIds: [],
  sectors: [],
  stages: [],
  tags: [],
};

export const SORT_KEYS = ['name', 'category', 'region', 'sector', 'stage', 'influence'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface SortOrder {
  key: SortKey;
  isAscending: boolean;
}

/** Filter names as they appear in links (#/stakeholders?region=campania,lazio&stage=aware). */
const QUERY_PARAMS = {
  regions: 'region',
  categoryIds: 'category',
  sectors: 'sector',
  stages: 'stage',
  tags: 'tag',
} as const;

export function queryFromParams(params: Readonly<Record<string, string>>): StakeholderQuery {
  return { text: params.q ?? '', ...readListParams(params, QUERY_PARAMS) };
}

export function paramsFromQuery(query: StakeholderQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.text) params.q = query.text;
  return Object.assign(params, writeListParams(query, QUERY_PARAMS));
}

export function isQueryEmpty(query: StakeholderQuery): boolean {
  return Object.keys(paramsFromQuery(query)).length === 0;
}

function searchableText(stakeholder: Stakeholder): string {
  return foldForMatching(
    [stakeholder.name, stakeholder.shortName, stakeholder.city, stakeholder.province, ...stakeholder.tags].join(' '),
  );
}

/** A predicate for the query; the folded search text is computed once per call site. */
export function stakeholderMatcher(query: StakeholderQuery): (stakeholder: Stakeholder) => boolean {
  const words = foldForMatching(query.text).split(' ').filter(Boolean);
  const sets = {
    regions: new Set(query.regions),
    categoryIds: new Set(query.categoryIds),
    sectors: new Set(query.sectors),
    stages: new Set(query.stages),
    tags: new Set(query.tags),
  };
  return (stakeholder) => {
    if (sets.regions.size && !sets.regions.has(stakeholder.region ?? NO_REGION)) return false;
    if (sets.categoryIds.size && !sets.categoryIds.has(stakeholder.categoryId)) return false;
    if (sets.sectors.size && !sets.sectors.has(stakeholder.sector)) return false;
    if (sets.stages.size && !sets.stages.has(stakeholder.guidelinesStage)) return false;
    if (sets.tags.size && !stakeholder.tags.some((tag) => sets.tags.has(tag))) return false;
    if (words.length) {
      const text = searchableText(stakeholder);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  };
}

export function sortStakeholders(
  stakeholders: readonly Stakeholder[],
  order: SortOrder,
  labelOf: { category(id: string): string; region(id: string | null): string; sector(id: string): string },
): Stakeholder[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const valueOf: Record<SortKey, (stakeholder: Stakeholder) => string | number> = {
    name: (stakeholder) => stakeholder.name,
    category: (stakeholder) => labelOf.category(stakeholder.categoryId),
    region: (stakeholder) => labelOf.region(stakeholder.region),
    sector: (stakeholder) => labelOf.sector(stakeholder.sector),
    stage: (stakeholder) => GUIDELINES_STAGES.indexOf(stakeholder.guidelinesStage),
    influence: (stakeholder) => stakeholder.influence,
  };
  const value = valueOf[order.key];
  const direction = order.isAscending ? 1 : -1;
  return [...stakeholders].sort((left, right) => {
    const a = value(left);
    const b = value(right);
    const primary = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
    return primary * direction || collator.compare(left.name, right.name);
  });
}

export function allTags(stakeholders: readonly Stakeholder[]): string[] {
  return [...new Set(stakeholders.flatMap((stakeholder) => stakeholder.tags))].sort((a, b) => a.localeCompare(b));
}
