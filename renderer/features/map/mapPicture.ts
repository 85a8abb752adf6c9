import type { Core } from 'cytoscape';

// Pictures of the map as it is drawn now (filters applied): PNG from Cytoscape's renderer,
// SVG written here from the same positions and looks, so it stays sharp in reports.

export async function mapToPng(cy: Core): Promise<Uint8Array<ArrayBuffer>> {
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob;
  return new Uint8Array(await blob.arrayBuffer());
}

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const DASHES: Readonly<Record<string, string>> = { dashed: '6 4', dotted: '1.5 3' };

export function mapToSvg(cy: Core): string {
  const shown = cy.elements().not('.filtered-out');
  const box = shown.boundingBox({});
  const margin = 40;
  const width = Math.ceil(box.w + margin * 2);
  const height = Math.ceil(box.h + margin * 2);
  const x = (value: number) => (value - box.x1 + margin).toFixed(1);
  const y = (value: number) => (value - box.y1 + margin).toFixed(1);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  ];
  shown.nodes('.region-group').forEach((group) => {
    const area = group.boundingBox({});
    parts.push(
      `<rect x="${x(area.x1)}" y="${y(area.y1)}" width="${area.w.toFixed(1)}" height="${area.h.toFixed(1)}" rx="12" fill="#eef2f6" stroke="#b6c2cf"/>`,
      `<text x="${x(area.x1 + area.w / 2)}" y="${y(area.y1 - 8)}" text-anchor="middle" font-size="26" font-weight="bold" fill="#3e4c59">${escape(String(group.data('label')))}</text>`,
    );
  });
  shown.edges().forEach((edge) => {
    const source = edge.source().position();
    const target = edge.target().position();
    const dash = DASHES[String(edge.data('lineStyle'))];
    parts.push(
      `<line x1="${x(source.x)}" y1="${y(source.y)}" x2="${x(target.x)}" y2="${y(target.y)}" stroke="${escape(String(edge.data('colour')))}" stroke-width="${Number(edge.data('width')) || 1}" stroke-opacity="0.65"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    );
  });
  shown.nodes('.stakeholder').forEach((node) => {
    const { x: nodeX, y: nodeY } = node.position();
    const radius = (Number(node.data('size')) || 30) / 2;
    parts.push(
      `<circle cx="${x(nodeX)}" cy="${y(nodeY)}" r="${radius}" fill="${escape(String(node.data('colour')))}" stroke="#ffffff"/>`,
      `<text x="${x(nodeX)}" y="${y(nodeY + radius + 12)}" text-anchor="middle" font-size="11" fill="#1f2933">${escape(String(node.data('label')))}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
