import type { Briefing } from '../../shared/domain/briefing';
import type { TramaDatabase } from '../db/db';

// Reads of the briefings table; the screens use the hooks of useBriefingQueries.ts. What a
// briefing draws on is every record an export may use (exportDataQueries.ts).

/** The briefing, or null when there is none with this id. */
export async function findBriefing(db: TramaDatabase, id: string): Promise<Briefing | null> {
  return (await db.briefings.get(id)) ?? null;
}

/** Every saved briefing, the last changed first. */
export function briefingsNewestFirst(db: TramaDatabase): Promise<Briefing[]> {
  return db.briefings.orderBy('updatedAt').reverse().toArray();
}
