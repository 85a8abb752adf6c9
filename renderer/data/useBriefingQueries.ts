import type { Briefing } from '../../shared/domain/briefing';
import { briefingsNewestFirst, findBriefing } from './briefingQueries';
import { useLiveRead } from './useLiveRead';

// Live hooks over briefingQueries.ts: undefined while loading, then kept up to date.

/** The briefing; null once loaded and missing (or when no id is given), undefined while loading. */
export function useBriefing(id: string): Briefing | null | undefined {
  return useLiveRead(async (db) => (id ? findBriefing(db, id) : null), [id]);
}

/** Every saved briefing, the last changed first. */
export function useBriefings(): Briefing[] | undefined {
  return useLiveRead(briefingsNewestFirst, []);
}
