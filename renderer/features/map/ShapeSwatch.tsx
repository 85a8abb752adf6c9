// A small drawing of a Cytoscape node shape for the legend (the canvas itself cannot be
// read by assistive technology, the legend can).

function regularPolygon(sides: number, rotation = -Math.PI / 2): string {
  return Array.from({ length: sides }, (_, index) => {
    const angle = rotation + (index * 2 * Math.PI) / sides;
    return `${(8 + 7 * Math.cos(angle)).toFixed(1)},${(8 + 7 * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
}

function star(): string {
  return Array.from({ length: 10 }, (_, index) => {
    const radius = index % 2 === 0 ? 7.5 : 3.2;
    const angle = -Math.PI / 2 + (index * Math.PI) / 5;
    return `${(8 + radius * Math.cos(angle)).toFixed(1)},${(8 + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
}

const POLYGONS: Readonly<Record<string, string>> = {
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
  rhomboid: '4,3 15,3 12,13 1,13',
  vee: '1,2 8,7 15,2 8,15',
  tag: '1,3 11,3 15,8 11,13 1,13',
  'cut-rectangle': '4,2 12,2 15,5 15,11 12,14 4,14 1,11 1,5',
};

export function ShapeSwatch({ shape, colour = '#6b7785' }: { shape: string; colour?: string }) {
  const points = POLYGONS[shape];
  return (
    <svg className="legend-swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {shape === 'ellipse' ? (
        <circle cx="8" cy="8" r="7" fill={colour} />
      ) : points ? (
        <polygon points={points} fill={colour} />
      ) : (
        <rect x="1.5" y="2.5" width="13" height="11" rx={shape.startsWith('round') ? 3 : 0} fill={colour} />
      )}
    </svg>
  );
}

export function LineSwatch({ colour, lineStyle, hasArrow = false }: { colour: string; lineStyle: string; hasArrow?: boolean }) {
  const dash = lineStyle === 'dashed' ? '5 3' : lineStyle === 'dotted' ? '1.5 2.5' : undefined;
  return (
    <svg className="legend-swatch legend-line" width="32" height="12" viewBox="0 0 32 12" aria-hidden="true" focusable="false">
      <line x1="1" y1="6" x2={hasArrow ? 24 : 31} y2="6" stroke={colour} strokeWidth="2.5" strokeDasharray={dash} />
      {hasArrow && <polygon points="24,2 31,6 24,10" fill={colour} />}
    </svg>
  );
}
