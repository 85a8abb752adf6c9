import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { escapeXml } from '../../../shared/io/xmlText';
import { CATEGORY_GROUP_FONT, REGION_SUMMARY_FONT, stakeholderFontSize } from './labelDetail';
import { LEGEND_DIMMED } from './legendChoice';
import { TIE_GAINED_COLOUR, TIE_GAINED_WIDTH, TIE_LOST_COLOUR, TIE_LOST_DASH, TIE_LOST_WIDTH } from './mapTimeLooks';

// How the SVG picture paints each node and line: the rules of mapStylesheet.ts, in its order
// (a later rule wins), read from the elements' classes and data. A comparison of two days
// (tie-gained, tie-lost, time-unchanged, new-since: NetworkCanvas's applyTimeMarks), a path
// (on-path) and the selection (focused) look as on the map; mapPictureTime.test.ts holds
// the result to Cytoscape's own computed style.

/** Cytoscape data is untyped: whatever a label or colour holds becomes well-formed XML text. */
export const xmlText = (value: unknown) => escapeXml(String(value ?? ''));

const DASHES: Readonly<Record<string, string>> = { dashed: '6 4', dotted: '1.5 3' };
const PATH_COLOUR = '#c2410c';

export const isDimmed = (element: NodeSingular | EdgeSingular) =>
  element.hasClass('faded') || element.hasClass(LEGEND_DIMMED);
export const sizeOf = (node: NodeSingular) => Number(node.data('size')) || 30;

export interface NodeLook {
  shape: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  fontSize: number;
  fontWeight: 'bold' | 'normal';
  opacity: number;
}

function baseNodeLook(node: NodeSingular): Omit<NodeLook, 'opacity'> {
  if (node.hasClass('region-summary'))
    return {
      shape: 'round-rectangle',
      fill: '#d9e2ec',
      stroke: '#7b8794',
      strokeWidth: 2,
      fontSize: REGION_SUMMARY_FONT,
      fontWeight: 'bold',
    };
  if (node.hasClass('category-group'))
    return {
      shape: 'ellipse',
      fill: String(node.data('colour')),
      stroke: '#ffffff',
      strokeWidth: 2,
      fontSize: CATEGORY_GROUP_FONT,
      fontWeight: 'normal',
    };
  return {
    shape: String(node.data('shape') ?? 'ellipse'),
    fill: String(node.data('colour')),
    stroke: '#ffffff',
    strokeWidth: 1,
    fontSize: stakeholderFontSize(sizeOf(node)),
    fontWeight: 'normal',
  };
}

export function nodeLook(node: NodeSingular): NodeLook {
  const look: NodeLook = { ...baseNodeLook(node), opacity: 1 };
  if (node.hasClass('stakeholder') && node.hasClass('new-since'))
    Object.assign(look, { stroke: TIE_GAINED_COLOUR, strokeWidth: 4 });
  if (isDimmed(node)) look.opacity = 0.15;
  if (node.hasClass('focused')) Object.assign(look, { stroke: '#111827', strokeWidth: 5 });
  if (node.hasClass('on-path')) Object.assign(look, { stroke: PATH_COLOUR, strokeWidth: 4, opacity: 1 });
  return look;
}

export interface EdgeLook {
  colour: string;
  width: number;
  dash: string | null;
  opacity: number;
  /** Cytoscape's z-index: lines with a higher one are drawn over the others. */
  zIndex: number;
}

export function edgeLook(edge: EdgeSingular): EdgeLook {
  const look: EdgeLook = {
    colour: String(edge.data('colour') ?? ''),
    width: Number(edge.data('width')) || 1,
    dash: DASHES[String(edge.data('lineStyle'))] ?? null,
    opacity: 0.65,
    zIndex: 0,
  };
  if (edge.hasClass('ties')) look.opacity = 0.5;
  if (edge.hasClass('agreement')) look.opacity = 0.85;
  if (edge.hasClass('inactive')) look.opacity = 0.25;
  if (edge.hasClass('time-unchanged')) look.opacity = 0.3;
  if (edge.hasClass('tie-gained'))
    Object.assign(look, { colour: TIE_GAINED_COLOUR, width: TIE_GAINED_WIDTH, dash: null, opacity: 0.95, zIndex: 5 });
  if (edge.hasClass('tie-lost'))
    Object.assign(look, {
      colour: TIE_LOST_COLOUR,
      width: TIE_LOST_WIDTH,
      dash: TIE_LOST_DASH.join(' '),
      opacity: 0.9,
      zIndex: 4,
    });
  if (isDimmed(edge)) look.opacity = 0.05;
  if (edge.hasClass('on-path')) Object.assign(look, { colour: PATH_COLOUR, width: 6, opacity: 1, zIndex: 20 });
  return look;
}

/** Cytoscape's triangle arrowhead for a line of this width (arrow-scale 0.9 in the stylesheet). */
function arrowhead(
  from: { x: number; y: number },
  to: { x: number; y: number },
  targetRadius: number,
  lineWidth: number,
) {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length <= targetRadius) return null;
  const [dx, dy] = [(to.x - from.x) / length, (to.y - from.y) / length];
  const size = Math.max(Math.pow(lineWidth * 13.37, 0.9), 29) * 0.9;
  const tip = { x: to.x - dx * targetRadius, y: to.y - dy * targetRadius };
  const base = { x: tip.x - dx * size * 0.3, y: tip.y - dy * size * 0.3 };
  const side = { x: -dy * size * 0.15, y: dx * size * 0.15 };
  return {
    tip,
    base,
    corners: [tip, { x: base.x + side.x, y: base.y + side.y }, { x: base.x - side.x, y: base.y - side.y }],
  };
}

export function edgeSvg(edge: EdgeSingular, x: (value: number) => number, y: (value: number) => number): string[] {
  const from = edge.source().position();
  const to = edge.target().position();
  const look = edgeLook(edge);
  const colour = xmlText(look.colour);
  // The arrowhead takes the line's colour, as target-arrow-color does in every rule of the stylesheet.
  const arrow = edge.data('arrow') === 'triangle' ? arrowhead(from, to, sizeOf(edge.target()) / 2, look.width) : null;
  const end = arrow?.base ?? to;
  const n = (value: number) => value.toFixed(1);
  const line = `<line class="edge" x1="${n(x(from.x))}" y1="${n(y(from.y))}" x2="${n(x(end.x))}" y2="${n(y(end.y))}" stroke="${colour}" stroke-width="${look.width}" stroke-opacity="${look.opacity}"${look.dash ? ` stroke-dasharray="${look.dash}"` : ''}/>`;
  if (!arrow) return [line];
  return [
    line,
    `<polygon class="arrow" points="${arrow.corners.map((corner) => `${n(x(corner.x))},${n(y(corner.y))}`).join(' ')}" fill="${colour}" fill-opacity="${look.opacity}"/>`,
  ];
}
