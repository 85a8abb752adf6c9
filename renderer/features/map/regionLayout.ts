import { DEFAULT_CATEGORY_IDS } from '../../../shared/domain/categories';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { MAP_GROUPS, groupOf, type MapGroup } from './mapModel';

// The "grouped by region" layout: each region a block placed roughly where it lies on
// the map of Italy, national and EU bodies to the west. Computed, not simulated, so it is
// instant at any size and the same every time.

export interface Point {
  x: number;
  y: number;
}

const SPACING = 110;

const GROUP_CENTRES: Readonly<Record<MapGroup, Point>> = {
  lombardia: { x: 0, y: -850 },
  none: { x: -900, y: 0 },
  lazio: { x: 0, y: 0 },
  campania: { x: 800, y: 300 },
  basilicata: { x: 1600, y: 300 },
  sicilia: { x: 800, y: 1100 },
};

function categoryRank(categoryId: string): number {
  const index = DEFAULT_CATEGORY_IDS.indexOf(categoryId);
  return index < 0 ? DEFAULT_CATEGORY_IDS.length : index;
}

/** Grid cell i of n, centred on the origin, row by row. */
export function gridOffset(index: number, count: number): Point {
  const columns = Math.max(1, Math.ceil(Math.sqrt(count)));
  const rows = Math.ceil(count / columns);
  const column = index % columns;
  const row = Math.floor(index / columns);
  return { x: (column - (columns - 1) / 2) * SPACING, y: (row - (rows - 1) / 2) * SPACING };
}

export function regionLayoutPositions(
  stakeholders: readonly Pick<Stakeholder, 'id' | 'name' | 'region' | 'categoryId'>[],
): Map<string, Point> {
  const positions = new Map<string, Point>();
  for (const group of MAP_GROUPS) {
    const members = stakeholders
      .filter((stakeholder) => groupOf(stakeholder) === group)
      .sort((a, b) => categoryRank(a.categoryId) - categoryRank(b.categoryId) || a.name.localeCompare(b.name));
    const centre = GROUP_CENTRES[group];
    members.forEach((member, index) => {
      const offset = gridOffset(index, members.length);
      positions.set(member.id, { x: centre.x + offset.x, y: centre.y + offset.y });
    });
  }
  return positions;
}

export function groupCentre(group: MapGroup): Point {
  return GROUP_CENTRES[group];
}
