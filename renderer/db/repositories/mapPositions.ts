import type { MapPosition } from '../../../shared/domain/organisation';
import type { TramaDatabase } from '../db';

/** The main map, the only one: its positions are kept per layout, as `default:<layout>` (positionsViewId). */
export const DEFAULT_VIEW_ID = 'default';

export async function savePositions(db: TramaDatabase, positions: readonly MapPosition[]): Promise<unknown> {
  return db.mapPositions.bulkPut([...positions]);
}

export async function listPositions(db: TramaDatabase, viewId: string): Promise<MapPosition[]> {
  return db.mapPositions.where('viewId').equals(viewId).toArray();
}

export async function clearPositions(db: TramaDatabase, viewId: string): Promise<number> {
  return db.mapPositions.where('viewId').equals(viewId).delete();
}
