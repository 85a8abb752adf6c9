import type { StylesheetJsonBlock } from 'cytoscape';
import {
  CATEGORY_GROUP_FONT,
  MIN_READABLE_PX,
  NODE_SIZE_RANGE,
  OPEN_CATEGORY_FONT,
  REGION_SUMMARY_FONT,
  REGION_TITLE_FONT,
  STAKEHOLDER_FONT_RANGE,
} from './labelDetail';
import { TIE_GAINED_COLOUR, TIE_GAINED_WIDTH, TIE_LOST_COLOUR, TIE_LOST_DASH, TIE_LOST_WIDTH } from './mapTimeLooks';

// One constant stylesheet: react-cytoscapejs restyles the whole graph whenever the
// stylesheet prop changes identity, so per-node looks travel in element data instead.

export const MAP_STYLESHEET: StylesheetJsonBlock[] = [
  {
    selector: 'node.stakeholder',
    style: {
      'background-color': 'data(colour)',
      shape: 'data(shape)' as never,
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      // Larger stakeholders, larger labels: with min-zoomed-font-size, their names appear
      // first as one zooms in, and the crowd of small ones only once there is room (labelDetail.ts).
      'font-size': `mapData(size, ${NODE_SIZE_RANGE[0]}, ${NODE_SIZE_RANGE[1]}, ${STAKEHOLDER_FONT_RANGE[0]}, ${STAKEHOLDER_FONT_RANGE[1]})`,
      'font-family': 'system-ui, sans-serif',
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      // Labels appear only once they are readable: cheaper to draw and easier to read.
      'min-zoomed-font-size': MIN_READABLE_PX,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'node.region-group',
    style: {
      shape: 'round-rectangle',
      'background-color': '#eef2f6',
      'background-opacity': 0.7,
      'border-width': 1,
      'border-color': '#b6c2cf',
      label: 'data(label)',
      'font-size': REGION_TITLE_FONT,
      'font-weight': 'bold',
      'font-family': 'system-ui, sans-serif',
      color: '#3e4c59',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -10,
      padding: '30px',
    },
  },
  {
    // The overview of a large network: first one node per region, with its count...
    selector: 'node.region-summary',
    style: {
      shape: 'round-rectangle',
      'background-color': '#d9e2ec',
      'border-width': 2,
      'border-color': '#7b8794',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': REGION_SUMMARY_FONT,
      'font-weight': 'bold',
      'font-family': 'system-ui, sans-serif',
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': 8,
      'text-wrap': 'wrap',
      'text-max-width': '260px',
    },
  },
  {
    // ...then, in an opened region, one node per category, with its count.
    selector: 'node.category-group',
    style: {
      shape: 'ellipse',
      'background-color': 'data(colour)',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': CATEGORY_GROUP_FONT,
      'font-family': 'system-ui, sans-serif',
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': 6,
      'text-wrap': 'wrap',
      'text-max-width': '190px',
      'min-zoomed-font-size': MIN_READABLE_PX,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '2px',
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'node.category-group-open',
    style: {
      shape: 'round-rectangle',
      'background-color': '#ffffff',
      'background-opacity': 0.6,
      'border-width': 1,
      'border-style': 'dashed',
      'border-color': '#7b8794',
      label: 'data(label)',
      'font-size': OPEN_CATEGORY_FONT,
      'font-family': 'system-ui, sans-serif',
      color: '#3e4c59',
      'text-valign': 'top',
      'text-halign': 'center',
      padding: '12px',
    },
  },
  {
    // The overview's frames are plain nodes of a given size, under everything else.
    selector: 'node.region-group[width], node.category-group-open[width]',
    style: { width: 'data(width)', height: 'data(height)', padding: '0px', 'z-compound-depth': 'bottom' },
  },
  { selector: 'node.category-group-open[width]', style: { 'z-index': 1 } },
  {
    selector: 'node.region-group.ungrouped',
    style: { 'background-opacity': 0, 'border-width': 0, label: '', events: 'no' },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(colour)',
      'line-style': 'data(lineStyle)' as never,
      // Haystack lines skip the per-pair geometry Cytoscape works out for other curve
      // styles (most of the cost of showing a region's 1,500 ties), but draw no arrows.
      'curve-style': 'haystack',
      opacity: 0.65,
      'target-arrow-shape': 'none',
    },
  },
  {
    selector: 'edge[arrow = "triangle"]',
    style: {
      'curve-style': 'straight',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': 'data(colour)',
      'arrow-scale': 0.9,
    },
  },
  {
    // Ties counted between two groups (or a group and a stakeholder): thicker for more.
    selector: 'edge.ties',
    style: { opacity: 0.5 },
  },
  { selector: 'edge.agreement', style: { 'curve-style': 'bezier', opacity: 0.85 } },
  { selector: 'edge.inactive', style: { opacity: 0.25 } },
  // The map compared between two days (mapTime.ts, mapTimeLooks.ts): ties gained thick, ties
  // lost in long dashes (drawn although ended), stakeholders new since the earlier day ringed;
  // ties that did not change and agreements step back. Before the fading below, which still dims them.
  { selector: 'edge.time-unchanged', style: { opacity: 0.3 } },
  {
    selector: 'edge.tie-gained',
    style: {
      width: TIE_GAINED_WIDTH,
      'line-color': TIE_GAINED_COLOUR,
      'target-arrow-color': TIE_GAINED_COLOUR,
      'line-style': 'solid',
      opacity: 0.95,
      'z-index': 5,
    },
  },
  {
    selector: 'edge.tie-lost',
    style: {
      width: TIE_LOST_WIDTH,
      'line-color': TIE_LOST_COLOUR,
      'target-arrow-color': TIE_LOST_COLOUR,
      'line-style': 'dashed',
      'line-dash-pattern': [...TIE_LOST_DASH],
      opacity: 0.9,
      'z-index': 4,
    },
  },
  { selector: 'node.stakeholder.new-since', style: { 'border-width': 4, 'border-color': TIE_GAINED_COLOUR } },
  { selector: '.filtered-out', style: { display: 'none' } },
  // The legend's choice (legendChoice.ts): a colour hidden, or all but one dimmed.
  { selector: '.legend-hidden', style: { display: 'none' } },
  { selector: 'node.legend-dimmed', style: { opacity: 0.15 } },
  { selector: 'edge.legend-dimmed', style: { opacity: 0.05 } },
  { selector: 'node.faded', style: { opacity: 0.15 } },
  { selector: 'edge.faded', style: { opacity: 0.05 } },
  {
    // The selected stakeholder's label keeps its font and padding: Cytoscape measured the
    // label at those, and a bolder or larger one was drawn clipped ("ASL NA1"). Dark on light
    // becomes light on dark instead, always drawn (no min-zoomed-font-size) and on top.
    selector: 'node.focused',
    style: {
      'border-width': 5,
      'border-color': '#111827',
      color: '#ffffff',
      'text-background-color': '#111827',
      'text-background-opacity': 1,
      'min-zoomed-font-size': 0,
      'z-index': 10,
    },
  },
  // A path from the path finder (usePathHighlight.ts): drawn over any fading, names always shown.
  {
    selector: 'node.on-path',
    style: { opacity: 1, 'border-width': 4, 'border-color': '#c2410c', 'min-zoomed-font-size': 0, 'z-index': 20 },
  },
  {
    selector: 'edge.on-path',
    style: { opacity: 1, width: 6, 'line-color': '#c2410c', 'target-arrow-color': '#c2410c', 'z-index': 20 },
  },
];
