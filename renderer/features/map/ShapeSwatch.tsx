// A small drawing of a Cytoscape node shape for the legend (the canvas itself cannot be
// read by assistive technology, the legend can). Its geometry is the SVG export's too.
import { SWATCH_POLYGONS as POLYGONS } from './nodeShapes';

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

export function LineSwatch({
  colour,
  lineStyle,
  hasArrow = false,
}: {
  colour: string;
  lineStyle: string;
  hasArrow?: boolean;
}) {
  const dash = lineStyle === 'dashed' ? '5 3' : lineStyle === 'dotted' ? '1.5 2.5' : undefined;
  return (
    <svg
      className="legend-swatch legend-line"
      width="32"
      height="12"
      viewBox="0 0 32 12"
      aria-hidden="true"
      focusable="false"
    >
      <line x1="1" y1="6" x2={hasArrow ? 24 : 31} y2="6" stroke={colour} strokeWidth="2.5" strokeDasharray={dash} />
      {hasArrow && <polygon points="24,2 31,6 24,10" fill={colour} />}
    </svg>
  );
}
