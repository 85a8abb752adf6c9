// Outlines of the Cytoscape node shapes the map uses, in a unit box (centre 0,0, half-width
// 1): one geometry for the legend's swatches and for the SVG picture of the map, so both
// show the shapes the canvas draws.

export type Point = readonly [x: number, y: number];

export type ShapeOutline =
  | { kind: 'ellipse' }
  | { kind: 'polygon'; points: readonly Point[] }
  /** Every other shape (rectangle, barrel…): a square, rounded for the `round-` shapes. */
  | { kind: 'rectangle'; isRounded: boolean };

function regularPolygon(sides: number, rotation = -Math.PI / 2): Point[] {
  return Array.from({ length: sides }, (_, index): Point => {
    const angle = rotation + (index * 2 * Math.PI) / sides;
    return [Math.cos(angle), Math.sin(angle)];
  });
}

function star(): Point[] {
  return Array.from({ length: 10 }, (_, index): Point => {
    const radius = index % 2 === 0 ? 7.5 / 7 : 3.2 / 7;
    const angle = -Math.PI / 2 + (index * Math.PI) / 5;
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  });
}

/** Points first drawn in the legend's 16×16 box (centre 8,8, half-width 7). */
function fromSwatchBox(points: string): Point[] {
  return points.split(' ').map((pair): Point => {
    const [x = 8, y = 8] = pair.split(',').map(Number);
    return [(x - 8) / 7, (y - 8) / 7];
  });
}

const POLYGONS: Readonly<Record<string, readonly Point[]>> = {
  triangle: regularPolygon(3),
  'round-triangle': regularPolygon(3),
  diamond: regularPolygon(4),
  'round-diamond': regularPolygon(4),
  pentagon: regularPolygon(5),
  'round-pentagon': regularPolygon(5),
  hexagon: regularPolygon(6, 0),
  'concave-hexagon': regularPolygon(6, 0),
  heptagon: regularPolygon(7),
  octagon: regularPolygon(8, Math.PI / 8),
  star: star(),
  rhomboid: fromSwatchBox('4,3 15,3 12,13 1,13'),
  vee: fromSwatchBox('1,2 8,7 15,2 8,15'),
  tag: fromSwatchBox('1,3 11,3 15,8 11,13 1,13'),
  'cut-rectangle': fromSwatchBox('4,2 12,2 15,5 15,11 12,14 4,14 1,11 1,5'),
};

export function shapeOutline(shape: string): ShapeOutline {
  if (shape === 'ellipse') return { kind: 'ellipse' };
  const points = POLYGONS[shape];
  return points ? { kind: 'polygon', points } : { kind: 'rectangle', isRounded: shape.startsWith('round') };
}

/** An SVG `points` attribute: the outline centred on (x, y), `radius` from the centre to the box's side. */
export function polygonPoints(points: readonly Point[], x: number, y: number, radius: number): string {
  return points.map(([px, py]) => `${(x + radius * px).toFixed(1)},${(y + radius * py).toFixed(1)}`).join(' ');
}

/** The legend swatch's polygons, in its 16×16 box. */
export const SWATCH_POLYGONS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(POLYGONS).map(([shape, points]) => [shape, polygonPoints(points, 8, 8, 7)]),
);
