import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { OPEN_CATEGORY_FONT, REGION_TITLE_FONT, isReadableAt, placeLabels, type LabelCandidate } from './labelDetail';
import { LEGEND_HIDDEN } from './legendChoice';
import { framePicture, type MapDrawing, type PictureFrame } from './mapPictureFrame';
import { edgeLook, edgeSvg, isDimmed, nodeLook, sizeOf, xmlText } from './mapPictureLooks';
import { polygonPoints, shapeOutline } from './nodeShapes';

// Pictures of the map as it is drawn now (filters, a comparison of two days, a path applied):
// SVG written here from the same positions and looks (mapStylesheet.ts, by mapPictureLooks.ts),
// so it stays sharp in reports; the saved PNG and PDF are drawn from it (mapPictureFiles.ts).
// The SVG is read from the elements' classes and data, not from Cytoscape's computed style,
// so it is the same drawing whatever renderer the instance has.

export async function mapToPng(cy: Core): Promise<Uint8Array<ArrayBuffer>> {
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob;
  return new Uint8Array(await blob.arrayBuffer());
}

const MARGIN = 40;
/** A compound region frame's padding around its members, and room for their labels. */
const FRAME_PADDING = 30;
const LABEL_ROOM = 16;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const isShown = (node: NodeSingular) =>
  !node.hasClass('filtered-out') && !node.hasClass(LEGEND_HIDDEN) && node.ancestors('.filtered-out').empty();
const isEdgeShown = (edge: EdgeSingular) =>
  !edge.hasClass('filtered-out') && isShown(edge.source()) && isShown(edge.target());

function frameBox(frame: NodeSingular, members: readonly NodeSingular[]): Box | null {
  const width = Number(frame.data('width'));
  if (width > 0) {
    const { x, y } = frame.position();
    const height = Number(frame.data('height')) || width;
    return { x1: x - width / 2, y1: y - height / 2, x2: x + width / 2, y2: y + height / 2 };
  }
  const inside = members.filter((member) => member.parent().same(frame));
  if (inside.length === 0) return null;
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const member of inside) {
    const { x, y } = member.position();
    const half = sizeOf(member) / 2;
    box.x1 = Math.min(box.x1, x - half);
    box.y1 = Math.min(box.y1, y - half);
    box.x2 = Math.max(box.x2, x + half);
    box.y2 = Math.max(box.y2, y + half + LABEL_ROOM);
  }
  return {
    x1: box.x1 - FRAME_PADDING,
    y1: box.y1 - FRAME_PADDING,
    x2: box.x2 + FRAME_PADDING,
    y2: box.y2 + FRAME_PADDING,
  };
}

/**
 * The map as SVG: as it is drawn now, or framed for a report (title, date, what is shown,
 * legend). A framed picture is scaled to a page-like width, and labels too small to read at
 * that scale are left out, as the map leaves them out at that zoom.
 */
export function mapToSvg(cy: Core, frame?: PictureFrame): string {
  if (!frame) {
    const drawing = drawMap(cy, null);
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${drawing.width}" height="${drawing.height}" viewBox="0 0 ${drawing.width} ${drawing.height}" font-family="DejaVu Sans, Arial, sans-serif">`,
      `<rect width="100%" height="100%" fill="#ffffff"/>`,
      ...drawing.parts,
      '</svg>',
    ].join('\n');
  }
  return framePicture((scale) => drawMap(cy, scale), frame);
}

/** `scale`: the picture's scale for a page, or null for the map at zoom 1 with every name. */
function drawMap(cy: Core, scale: number | null): MapDrawing {
  const nodes: NodeSingular[] = [];
  cy.nodes('node.stakeholder, node.category-group, node.region-summary').forEach(
    (node) => void (isShown(node) && nodes.push(node)),
  );
  const frames: Array<{ frame: NodeSingular; box: Box }> = [];
  cy.nodes('node.region-group, node.category-group-open').forEach((frame) => {
    const box = isShown(frame) && !frame.hasClass('ungrouped') ? frameBox(frame, nodes) : null;
    if (box) frames.push({ frame, box });
  });
  const edges: EdgeSingular[] = [];
  cy.edges().forEach((edge) => void (isEdgeShown(edge) && edges.push(edge)));
  // Drawn in the map's order: changes and paths (a higher z-index) over the other lines.
  const zIndexOf = new Map(edges.map((edge) => [edge, edgeLook(edge).zIndex]));
  edges.sort((one, other) => zIndexOf.get(one)! - zIndexOf.get(other)!);

  const bounds = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const include = (box: Box) => {
    bounds.x1 = Math.min(bounds.x1, box.x1);
    bounds.y1 = Math.min(bounds.y1, box.y1);
    bounds.x2 = Math.max(bounds.x2, box.x2);
    bounds.y2 = Math.max(bounds.y2, box.y2);
  };
  for (const { frame, box } of frames) {
    const fontSize = frame.hasClass('region-group') ? REGION_TITLE_FONT : OPEN_CATEGORY_FONT;
    // A title wider than its frame ("National, EU and international") stays inside the picture.
    const titleHalf = (fontSize * 0.62 * String(frame.data('label') ?? '').length) / 2;
    const centre = (box.x1 + box.x2) / 2;
    include({
      x1: Math.min(box.x1, centre - titleHalf),
      x2: Math.max(box.x2, centre + titleHalf),
      y1: box.y1 - fontSize - 14,
      y2: box.y2,
    });
  }
  // Names: every one at its own size in a plain picture, as the map at zoom 1; in a picture
  // scaled for a page, the ones that fit legibly, the selected and the largest first.
  const candidates: LabelCandidate[] = nodes.map((node) => {
    const { x, y } = node.position();
    const size = sizeOf(node);
    return {
      id: node.id(),
      x,
      top: y + size / 2 + 2,
      text: String(node.data('label') ?? ''),
      fontSize: nodeLook(node).fontSize,
      rank: node.hasClass('focused') ? Infinity : isDimmed(node) ? size - 1000 : size,
    };
  });
  const names =
    scale === null
      ? new Map(candidates.map((name) => [name.id, { fontSize: name.fontSize, y: name.top + name.fontSize }]))
      : placeLabels(candidates, scale);
  for (const node of nodes) {
    const { x, y } = node.position();
    const half = sizeOf(node) / 2;
    const name = names.get(node.id());
    const nameHalf = name ? (name.fontSize * 0.62 * String(node.data('label') ?? '').length) / 2 : 0;
    include({
      x1: x - Math.max(half, nameHalf),
      y1: y - half,
      x2: x + Math.max(half, nameHalf),
      y2: Math.max(y + half, (name?.y ?? 0) + 6),
    });
  }
  if (bounds.x1 > bounds.x2) Object.assign(bounds, { x1: 0, y1: 0, x2: 0, y2: 0 });
  const width = Math.ceil(bounds.x2 - bounds.x1 + MARGIN * 2);
  const height = Math.ceil(bounds.y2 - bounds.y1 + MARGIN * 2);
  const x = (value: number) => value - bounds.x1 + MARGIN;
  const y = (value: number) => value - bounds.y1 + MARGIN;
  const n = (value: number) => value.toFixed(1);

  const parts: string[] = [];
  const label = (fontSize: number, text: string) => (isReadableAt(fontSize, scale ?? 1) ? text : '');
  for (const { frame, box } of frames) {
    const isRegion = frame.hasClass('region-group');
    const look = isRegion
      ? 'rx="12" fill="#eef2f6" fill-opacity="0.7" stroke="#b6c2cf"'
      : 'rx="8" fill="#ffffff" fill-opacity="0.6" stroke="#7b8794" stroke-dasharray="4 3"';
    parts.push(
      `<rect class="frame" x="${n(x(box.x1))}" y="${n(y(box.y1))}" width="${n(box.x2 - box.x1)}" height="${n(box.y2 - box.y1)}" ${look}/>`,
      label(
        isRegion ? REGION_TITLE_FONT : OPEN_CATEGORY_FONT,
        `<text x="${n(x((box.x1 + box.x2) / 2))}" y="${n(y(box.y1 - 10))}" text-anchor="middle" font-size="${isRegion ? REGION_TITLE_FONT : OPEN_CATEGORY_FONT}"${isRegion ? ' font-weight="bold"' : ''} fill="#3e4c59">${xmlText(frame.data('label'))}</text>`,
      ),
    );
  }
  for (const edge of edges) parts.push(...edgeSvg(edge, x, y));
  for (const node of nodes) {
    const { x: nodeX, y: nodeY } = node.position();
    const look = nodeLook(node);
    const half = sizeOf(node) / 2;
    const paint = `fill="${xmlText(look.fill)}" stroke="${look.stroke}" stroke-width="${look.strokeWidth}"${look.opacity < 1 ? ` opacity="${look.opacity}"` : ''}`;
    const outline = shapeOutline(look.shape);
    const shape = xmlText(look.shape);
    if (outline.kind === 'ellipse')
      parts.push(
        `<circle class="node" data-shape="${shape}" cx="${n(x(nodeX))}" cy="${n(y(nodeY))}" r="${n(half)}" ${paint}/>`,
      );
    else if (outline.kind === 'polygon')
      parts.push(
        `<polygon class="node" data-shape="${shape}" points="${polygonPoints(outline.points, x(nodeX), y(nodeY), half)}" ${paint}/>`,
      );
    else {
      const corner = outline.isRounded ? ` rx="${n(Math.min(half / 2, 8))}"` : '';
      parts.push(
        `<rect class="node" data-shape="${shape}" x="${n(x(nodeX - half))}" y="${n(y(nodeY - half))}" width="${n(half * 2)}" height="${n(half * 2)}"${corner} ${paint}/>`,
      );
    }
    const weight = look.fontWeight === 'bold' ? ' font-weight="bold"' : '';
    const name = names.get(node.id());
    if (!name) continue;
    const text = xmlText(node.data('label'));
    const fontSize = n(name.fontSize);
    // The selected stakeholder is named light on dark, as on the map.
    if (node.hasClass('focused')) {
      const textWidth = name.fontSize * 0.62 * String(node.data('label') ?? '').length + 6;
      parts.push(
        `<rect x="${n(x(nodeX) - textWidth / 2)}" y="${n(y(name.y) - name.fontSize)}" width="${n(textWidth)}" height="${n(name.fontSize * 1.35)}" rx="3" fill="#111827"/>`,
        `<text x="${n(x(nodeX))}" y="${n(y(name.y))}" text-anchor="middle" font-size="${fontSize}"${weight} fill="#ffffff">${text}</text>`,
      );
    } else
      parts.push(
        `<text x="${n(x(nodeX))}" y="${n(y(name.y))}" text-anchor="middle" font-size="${fontSize}"${weight} fill="#1f2933" stroke="#ffffff" stroke-width="${n(name.fontSize / 4)}" stroke-linejoin="round" paint-order="stroke"${look.opacity < 1 ? ' opacity="0.4"' : ''}>${text}</text>`,
      );
  }
  return { width, height, parts: parts.filter(Boolean) };
}
