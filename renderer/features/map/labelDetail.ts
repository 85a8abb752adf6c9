// Label sizes by level of detail, shared by the map's stylesheet and its pictures. A label
// is drawn only when it is at least MIN_READABLE_PX high on screen (Cytoscape's
// min-zoomed-font-size); larger stakeholders (more influence or more links, as the map's
// "size by" says) get larger labels, so their names appear first as one zooms in and the
// smaller ones, which would crowd and overlap them, only once there is room.

/** The smallest label, in screen pixels, drawn on the map and in its pictures. */
export const MIN_READABLE_PX = 8;
/** Node sizes of mapModel.ts: the smallest and the largest stakeholder. */
export const NODE_SIZE_RANGE = [22, 58] as const;
/** Label sizes from the smallest stakeholder to the largest. */
export const STAKEHOLDER_FONT_RANGE = [10, 16] as const;
/** Region titles: readable when the whole map of five regions fits the window (zoom ≈ 0.25). */
export const REGION_TITLE_FONT = 60;
export const REGION_SUMMARY_FONT = 30;
export const CATEGORY_GROUP_FONT = 20;
export const OPEN_CATEGORY_FONT = 14;

/** A stakeholder's label size, as the stylesheet's mapData(size, …) computes it. */
export function stakeholderFontSize(size: number): number {
  const [minSize, maxSize] = NODE_SIZE_RANGE;
  const [minFont, maxFont] = STAKEHOLDER_FONT_RANGE;
  const share = Math.min(1, Math.max(0, (size - minSize) / (maxSize - minSize)));
  return Number.isFinite(share) ? minFont + share * (maxFont - minFont) : minFont;
}

/** Whether a label of `fontSize` drawn at `scale` is large enough to show, as on the map. */
export const isReadableAt = (fontSize: number, scale: number): boolean => fontSize * scale >= MIN_READABLE_PX;

export interface LabelCandidate {
  id: string;
  /** The centre of the label's baseline, in map coordinates. */
  x: number;
  /** Where the label's top would be (just under its node), in map coordinates. */
  top: number;
  text: string;
  fontSize: number;
  /** Higher first: the selected stakeholder, then the larger ones. */
  rank: number;
}

export interface PlacedLabel {
  fontSize: number;
  /** The baseline, in map coordinates. */
  y: number;
}

/** Average advance of a character of DejaVu Sans / system sans-serif, as a share of the font size. */
const CHARACTER_WIDTH = 0.6;

/**
 * Which labels a picture drawn at `scale` can show: each at least MIN_READABLE_PX high once
 * scaled, the highest ranked first, and none over another one already placed (a greedy
 * pass, as Gephi's label adjust does). The rest are left out, as the map leaves them out
 * until one zooms in.
 */
export function placeLabels(candidates: readonly LabelCandidate[], scale: number): Map<string, PlacedLabel> {
  const placed = new Map<string, PlacedLabel>();
  const boxes: Array<{ x1: number; y1: number; x2: number; y2: number }> = [];
  const ordered = [...candidates].sort((a, b) => b.rank - a.rank);
  const shownScale = scale > 0 && Number.isFinite(scale) ? scale : 1;
  for (const candidate of ordered) {
    // Rounded up to what the picture writes (a tenth of a pixel), so it stays at least readable.
    const fontSize = Math.ceil(Math.max(candidate.fontSize, MIN_READABLE_PX / shownScale) * 10) / 10;
    const halfWidth = (CHARACTER_WIDTH * fontSize * [...candidate.text].length) / 2;
    const box = {
      x1: candidate.x - halfWidth,
      x2: candidate.x + halfWidth,
      y1: candidate.top,
      y2: candidate.top + fontSize * 1.25,
    };
    if (boxes.some((other) => box.x1 < other.x2 && other.x1 < box.x2 && box.y1 < other.y2 && other.y1 < box.y2))
      continue;
    boxes.push(box);
    placed.set(candidate.id, { fontSize, y: candidate.top + fontSize });
  }
  return placed;
}
