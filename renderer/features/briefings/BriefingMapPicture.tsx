import type { Relationship } from '../../../shared/domain/relationship';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useT } from '../../i18n/useT';
import { useLegendLabels } from '../map/MapLegend';
import { legendEntries } from '../map/mapLegendEntries';
import { MAP_GROUPS, groupOf, nodeColour, nodeShape, type MapGroup } from '../map/mapModel';
import { polygonPoints, shapeOutline } from '../map/nodeShapes';
import { ShapeSwatch } from '../map/ShapeSwatch';
import { useMapOptions } from '../map/useMapOptions';

// A still picture of the attendees' network for the page: one band per region, attendees
// first, their direct neighbours after them, drawn as SVG so it prints sharp on paper, in
// the network map's colours and shapes (as the user set the map to colour and shape them).

const COLUMNS = 6;
const CELL_WIDTH = 130;
const CELL_HEIGHT = 62;
const PADDING = 14;
const BAND_HEADER = 26;
const WIDTH = PADDING * 2 + COLUMNS * CELL_WIDTH;
const LABEL_LENGTH = 18;

interface PlacedNode {
  stakeholder: Stakeholder;
  isAttendee: boolean;
  x: number;
  y: number;
}

interface Band {
  group: MapGroup;
  y: number;
  height: number;
}

export function layoutBriefingMap(
  attendees: readonly Stakeholder[],
  neighbours: readonly Stakeholder[],
): { nodes: PlacedNode[]; bands: Band[]; height: number } {
  const nodes: PlacedNode[] = [];
  const bands: Band[] = [];
  let top = PADDING;
  for (const group of MAP_GROUPS) {
    const members = [
      ...attendees.filter((item) => groupOf(item) === group).map((stakeholder) => ({ stakeholder, isAttendee: true })),
      ...neighbours
        .filter((item) => groupOf(item) === group)
        .map((stakeholder) => ({ stakeholder, isAttendee: false })),
    ];
    if (members.length === 0) continue;
    const rows = Math.ceil(members.length / COLUMNS);
    members.forEach((member, index) => {
      nodes.push({
        ...member,
        x: PADDING + (index % COLUMNS) * CELL_WIDTH + CELL_WIDTH / 2,
        y: top + BAND_HEADER + Math.floor(index / COLUMNS) * CELL_HEIGHT + 16,
      });
    });
    const height = BAND_HEADER + rows * CELL_HEIGHT;
    bands.push({ group, y: top, height });
    top += height + PADDING;
  }
  return { nodes, bands, height: top };
}

/** A gentle arc, so that a tie along a row does not run through the nodes between its ends. */
function curve(from: { x: number; y: number }, to: { x: number; y: number }): string {
  // Always drawn left to right, so that the arc bows upwards, away from the labels below the nodes.
  const [source, target] = from.x <= to.x ? [from, to] : [to, from];
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const bend = 0.18;
  const controlX = (source.x + target.x) / 2 + dy * bend;
  const controlY = (source.y + target.y) / 2 - dx * bend;
  return `M${source.x} ${source.y} Q${controlX.toFixed(1)} ${controlY.toFixed(1)} ${target.x} ${target.y}`;
}

/** A node in the map's shape: `radius` from the centre to the side of its box. */
function NodeMark({
  x,
  y,
  radius,
  shape,
  ...paint
}: { x: number; y: number; radius: number; shape: string } & Record<string, string | number>) {
  const outline = shapeOutline(shape);
  if (outline.kind === 'ellipse') return <circle cx={x} cy={y} r={radius} data-shape={shape} {...paint} />;
  if (outline.kind === 'polygon')
    return <polygon points={polygonPoints(outline.points, x, y, radius)} data-shape={shape} {...paint} />;
  return (
    <rect
      x={x - radius}
      y={y - radius}
      width={radius * 2}
      height={radius * 2}
      rx={outline.isRounded ? radius / 2 : 0}
      data-shape={shape}
      {...paint}
    />
  );
}

const shortLabel = (stakeholder: Stakeholder) => {
  const label = stakeholder.shortName || stakeholder.name;
  return label.length > LABEL_LENGTH ? `${label.slice(0, LABEL_LENGTH - 1)}…` : label;
};

export function BriefingMapPicture({
  attendees,
  neighbours,
  relationships,
}: {
  attendees: readonly Stakeholder[];
  neighbours: readonly Stakeholder[];
  relationships: readonly Relationship[];
}) {
  const { t, tOr } = useT();
  const [options] = useMapOptions();
  const legendLabels = useLegendLabels();
  const { nodes, bands, height } = layoutBriefingMap(attendees, neighbours);
  const at = new Map(nodes.map((node) => [node.stakeholder.id, node]));
  const legend = legendEntries(
    nodes.map((node) => node.stakeholder),
    [],
    options,
    legendLabels,
    false,
  );
  const label = t('briefings.map.label', { count: attendees.length, neighbours: neighbours.length });
  return (
    <figure className="briefing-map">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={label}
        fontFamily="DejaVu Sans, Arial, sans-serif"
      >
        <title>{label}</title>
        {bands.map((band) => (
          <g key={band.group}>
            <rect
              x={PADDING / 2}
              y={band.y}
              width={WIDTH - PADDING}
              height={band.height}
              rx={8}
              fill="#f1f4f6"
              stroke="#c3ccd3"
            />
            <text x={PADDING} y={band.y + 17} fontSize={13} fontWeight="bold" fill="#26323b">
              {band.group === 'none' ? t('map.group.none') : tOr(`region.${band.group}`, band.group)}
            </text>
          </g>
        ))}
        {relationships.map((link) => {
          const source = at.get(link.sourceId);
          const target = at.get(link.targetId);
          if (!source || !target) return null;
          const isAmongAttendees = source.isAttendee && target.isAttendee;
          return (
            <path
              key={link.id}
              d={curve(source, target)}
              fill="none"
              stroke={isAmongAttendees ? '#34495e' : '#9aa7b1'}
              strokeWidth={isAmongAttendees ? 1.6 : 0.8}
              strokeOpacity={isAmongAttendees ? 0.8 : 0.5}
            />
          );
        })}
        {nodes.map((node) => (
          <g key={node.stakeholder.id}>
            <NodeMark
              x={node.x}
              y={node.y}
              radius={node.isAttendee ? 10 : 7}
              shape={nodeShape(node.stakeholder, options.shapeBy)}
              data-stakeholder={node.stakeholder.id}
              fill={nodeColour(node.stakeholder, options.colourBy)}
              fillOpacity={node.isAttendee ? 1 : 0.55}
              stroke={node.isAttendee ? '#111' : '#6b7780'}
              strokeWidth={node.isAttendee ? 2 : 1}
            />
            <text
              x={node.x}
              y={node.y + (node.isAttendee ? 24 : 19)}
              textAnchor="middle"
              fontSize={node.isAttendee ? 11 : 10}
              fontWeight={node.isAttendee ? 'bold' : 'normal'}
              fill="#1d2a33"
            >
              {shortLabel(node.stakeholder)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        <p>{t('briefings.map.caption')}</p>
        <ul className="briefing-legend" aria-label={t('briefings.map.legend')}>
          <li>
            <svg width="22" height="22" aria-hidden="true">
              <circle cx="11" cy="11" r="8" fill="#888" stroke="#111" strokeWidth="2" />
            </svg>
            {t('briefings.map.attendee')}
          </li>
          <li>
            <svg width="22" height="22" aria-hidden="true">
              <circle cx="11" cy="11" r="5" fill="#888" fillOpacity="0.45" stroke="#6b7780" />
            </svg>
            {t('briefings.map.neighbour')}
          </li>
          {legend.colours.map((entry) => (
            <li key={`colour-${entry.key}`}>
              <svg width="22" height="22" aria-hidden="true">
                <rect x="4" y="4" width="14" height="14" rx="3" fill={entry.colour} />
              </svg>
              {entry.label}
            </li>
          ))}
          {legend.shapes.map((entry) => (
            <li key={`shape-${entry.key}`}>
              <ShapeSwatch shape={entry.shape} />
              {entry.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
