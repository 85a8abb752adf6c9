import type { StylesheetJsonBlock } from 'cytoscape';

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
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      // Labels appear only once they are readable: cheaper to draw and easier to read.
      'min-zoomed-font-size': 7,
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
      'font-size': 26,
      'font-weight': 'bold',
      'font-family': 'system-ui, sans-serif',
      color: '#3e4c59',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -6,
      padding: '30px',
    },
  },
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
      'curve-style': 'straight',
      opacity: 0.65,
      'target-arrow-shape': 'none',
    },
  },
  {
    selector: 'edge[arrow = "triangle"]',
    style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(colour)', 'arrow-scale': 0.9 },
  },
  { selector: 'edge.agreement', style: { 'curve-style': 'bezier', opacity: 0.85 } },
  { selector: 'edge.inactive', style: { opacity: 0.25 } },
  { selector: '.filtered-out', style: { display: 'none' } },
  { selector: 'node.faded', style: { opacity: 0.15 } },
  { selector: 'edge.faded', style: { opacity: 0.05 } },
  {
    selector: 'node.focused',
    style: { 'border-width': 5, 'border-color': '#111827', 'font-weight': 'bold', 'font-size': 13, 'text-max-width': '220px', 'z-index': 10 },
  },
];
