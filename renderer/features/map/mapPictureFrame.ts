import { escapeXml } from '../../../shared/io/xmlText';
import { polygonPoints, shapeOutline } from './nodeShapes';

// A picture of the map for a report: a title, the date and what the map shows above it,
// and beside it a legend of what is visible, all in one SVG (the PNG and PDF are drawn from it).

export interface MapDrawing {
  width: number;
  height: number;
  /** SVG elements in the drawing's own coordinates, from (0, 0) to (width, height). */
  parts: string[];
}

export type PictureLegendEntry =
  | { label: string; colour: string; shape: string }
  | {
      label: string;
      colour: string;
      lineStyle: string;
      hasArrow?: boolean;
      /** As thick, dashed and faint as the map draws it (a comparison's lines); otherwise a plain legend line. */
      width?: number;
      dash?: readonly number[] | null;
      opacity?: number;
    }
  /** A stakeholder ringed in this colour (new since the day compared with). */
  | { label: string; ring: string };

export interface PictureFrame {
  title: string;
  /** The date, what is shown…: one line each. */
  lines: readonly string[];
  legend: ReadonlyArray<{ heading: string; entries: readonly PictureLegendEntry[] }>;
}

/** The map's largest size in the picture, in CSS pixels: about an A4 landscape page at 150 dpi less the legend. */
const MAP_MAX = { width: 1300, height: 1000 };
const MARGIN = 28;
const TITLE_FONT = 28;
const LINE_FONT = 15;
const LEGEND_WIDTH = 430;
const LEGEND_FONT = 14;
const LEGEND_ROW = 24;
/** About how many characters of LINE_FONT fit across the picture: longer lines wrap at a space. */
const CHARACTERS_PER_PIXEL = 1 / (LINE_FONT * 0.56);
const LEGEND_LABEL_LENGTH = 52;

const xmlText = (value: unknown) => escapeXml(String(value ?? ''));
const n = (value: number) => value.toFixed(1);
const DASHES: Readonly<Record<string, string>> = { dashed: '6 4', dotted: '1.5 3' };

function wrap(text: string, width: number): string[] {
  const most = Math.max(20, Math.floor(width * CHARACTERS_PER_PIXEL));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > most) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
    while ([...line].length > most) {
      lines.push([...line].slice(0, most).join(''));
      line = [...line].slice(most).join('');
    }
  }
  if (line) lines.push(line);
  return lines;
}

const shorten = (label: string) =>
  [...label].length > LEGEND_LABEL_LENGTH ? `${[...label].slice(0, LEGEND_LABEL_LENGTH - 1).join('')}…` : label;

function swatch(entry: PictureLegendEntry, x: number, y: number): string {
  if ('ring' in entry)
    return `<circle cx="${n(x + 9)}" cy="${n(y)}" r="7" fill="#ffffff" stroke="${xmlText(entry.ring)}" stroke-width="3"/>`;
  if ('lineStyle' in entry) {
    // Scaled as the legend beside the map scales them (MapLegend.tsx), so thick stays thicker.
    const dash = entry.dash ? entry.dash.map((length) => n(length * 0.6)).join(' ') : DASHES[entry.lineStyle];
    const width = entry.width === undefined ? 2.5 : entry.width * 0.7;
    const opacity = entry.opacity === undefined ? '' : ` stroke-opacity="${entry.opacity}"`;
    const end = entry.hasArrow ? x + 22 : x + 30;
    const line = `<line x1="${n(x)}" y1="${n(y)}" x2="${n(end)}" y2="${n(y)}" stroke="${xmlText(entry.colour)}" stroke-width="${n(width)}"${opacity}${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
    return entry.hasArrow
      ? `${line}<polygon class="arrow" points="${n(end)},${n(y - 5)} ${n(x + 30)},${n(y)} ${n(end)},${n(y + 5)}" fill="${xmlText(entry.colour)}"/>`
      : line;
  }
  const outline = shapeOutline(entry.shape);
  const [cx, radius] = [x + 9, 8];
  const paint = `data-shape="${xmlText(entry.shape)}" fill="${xmlText(entry.colour)}"`;
  if (outline.kind === 'ellipse') return `<circle cx="${n(cx)}" cy="${n(y)}" r="${radius}" ${paint}/>`;
  if (outline.kind === 'polygon') return `<polygon points="${polygonPoints(outline.points, cx, y, radius)}" ${paint}/>`;
  return `<rect x="${n(cx - radius)}" y="${n(y - radius)}" width="${radius * 2}" height="${radius * 2}"${outline.isRounded ? ' rx="4"' : ''} ${paint}/>`;
}

/** The framed picture; `draw` gives the map at a scale, so labels too small at that scale are left out. */
export function framePicture(draw: (scale: number) => MapDrawing, frame: PictureFrame): string {
  const natural = draw(1);
  const scale = Math.min(1, MAP_MAX.width / Math.max(natural.width, 1), MAP_MAX.height / Math.max(natural.height, 1));
  const drawing = scale < 1 ? draw(scale) : natural;
  const mapWidth = Math.ceil(drawing.width * scale);
  const mapHeight = Math.ceil(drawing.height * scale);
  const width = MARGIN * 2 + Math.max(mapWidth + MARGIN + LEGEND_WIDTH, 900);
  const headerLines = frame.lines.flatMap((line) => wrap(line, width - MARGIN * 2));
  const top = MARGIN + TITLE_FONT + 12 + headerLines.length * (LINE_FONT + 6) + 12;

  const legend: string[] = [];
  let legendY = 0;
  for (const section of frame.legend) {
    if (section.entries.length === 0) continue;
    legendY += LEGEND_ROW;
    legend.push(
      `<text x="0" y="${legendY}" font-size="${LEGEND_FONT + 1}" font-weight="bold">${xmlText(section.heading)}</text>`,
    );
    for (const entry of section.entries) {
      legendY += LEGEND_ROW;
      legend.push(
        swatch(entry, 0, legendY - LEGEND_FONT / 3),
        `<text x="38" y="${legendY}" font-size="${LEGEND_FONT}">${xmlText(shorten(entry.label))}</text>`,
      );
    }
    legendY += 8;
  }
  const height = top + Math.max(mapHeight, legendY) + MARGIN;
  const legendX = MARGIN + mapWidth + MARGIN;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${Math.ceil(height)}" viewBox="0 0 ${width} ${Math.ceil(height)}" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text class="title" x="${MARGIN}" y="${MARGIN + TITLE_FONT}" font-size="${TITLE_FONT}" font-weight="bold" fill="#1f2933">${xmlText(frame.title)}</text>`,
    ...headerLines.map(
      (line, index) =>
        `<text x="${MARGIN}" y="${MARGIN + TITLE_FONT + 12 + (index + 1) * (LINE_FONT + 6) - 4}" font-size="${LINE_FONT}" fill="#3e4c59">${xmlText(line)}</text>`,
    ),
    `<rect x="${MARGIN - 1}" y="${top - 1}" width="${mapWidth + 2}" height="${mapHeight + 2}" fill="none" stroke="#d0d7de"/>`,
    `<g class="map" transform="translate(${MARGIN} ${top}) scale(${scale.toFixed(4)})">`,
    ...drawing.parts,
    '</g>',
    `<g class="legend" transform="translate(${legendX} ${top})" fill="#1f2933">`,
    ...legend,
    '</g>',
    '</svg>',
  ].join('\n');
}
