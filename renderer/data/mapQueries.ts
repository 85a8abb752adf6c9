import type { Agreement } from '../../shared/domain/agreement';
import type { MapPosition } from '../../shared/domain/organisation';
import type { Relationship } from '../../shared/domain/relationship';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import type { TramaDatabase } from '../db/db';
import { listPositions } from '../db/repositories/mapPositions';
import { listAgreements } from './agreementQueries';
import { allRelationships } from './relationshipQueries';
import { allStakeholders } from './stakeholderQueries';

// Reads of the network map. The map reads its records live (features/map/useMapRecords.ts,
// through useLiveRead) and builds its index from them; the node positions it keeps are
// read once per layout and written through renderer/db/repositories/mapPositions.ts.

/** Everything the map draws. */
export interface MapRecords {
  stakeholders: readonly Stakeholder[];
  relationships: readonly Relationship[];
  agreements: readonly Agreement[];
}

/** The map's records; the two large tables are read a page at a time (readInPages). */
export async function mapRecords(db: TramaDatabase): Promise<MapRecords> {
  const [stakeholders, relationships, agreements] = await Promise.all([
    allStakeholders(db),
    allRelationships(db),
    listAgreements(db),
  ]);
  return { stakeholders, relationships, agreements };
}

/** The positions kept for one layout of the map (`viewId`, features/map/useNodePlacement.ts). */
export function mapPositionsOf(db: TramaDatabase, viewId: string): Promise<MapPosition[]> {
  return listPositions(db, viewId);
}
