import { createRequire } from 'node:module';
import type { Core, NodeSingular } from 'cytoscape';
import type { Browser } from 'playwright-core';
import type { SampleNetwork } from '../../shared/sample/sampleNetwork';
import { regionLayoutPositions } from '../../renderer/features/map/regionLayout';
import { countFramesWhile, panZoomGesture } from './panZoom';
import type { BenchResult } from './results';

// The yardstick: Cytoscape alone, in the same browser, drawing the same network at the
// positions our "by region" layout gives, with a minimal style (labels on). No app, no
// database, no React: what drawing this many elements costs at the least.

interface PlainElement {
  data: Record<string, string>;
  position?: { x: number; y: number };
}

export async function measurePlainCytoscape(
  browser: Browser,
  network: SampleNetwork,
  runs: number,
): Promise<BenchResult> {
  const positions = regionLayoutPositions(network.stakeholders);
  const elements: PlainElement[] = [
    ...network.stakeholders.map((stakeholder) => ({
      data: { id: stakeholder.id, label: stakeholder.shortName },
      position: positions.get(stakeholder.id) ?? { x: 0, y: 0 },
    })),
    ...network.relationships.map((relationship) => ({
      data: { id: relationship.id, source: relationship.sourceId, target: relationship.targetId },
    })),
  ];
  const cytoscapePath = createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js');
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.setContent('<div id="cy" style="width: 1100px; height: 800px"></div>');
    await page.addScriptTag({ path: cytoscapePath });
    times.push(
      await page.evaluate(async (definitions) => {
        const start = performance.now();
        const create = (
          window as unknown as { cytoscape: (options: object) => { one(event: string, handler: () => void): void } }
        ).cytoscape;
        const cy = create({
          container: document.getElementById('cy'),
          elements: definitions,
          layout: { name: 'preset' },
          style: [
            { selector: 'node', style: { label: 'data(label)', width: 20, height: 20, 'font-size': 11 } },
            { selector: 'edge', style: { width: 1, 'curve-style': 'straight' } },
          ],
        });
        await new Promise<void>((resolve) => cy.one('render', resolve));
        return performance.now() - start;
      }, elements),
    );
    await context.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    operation: 'plain-cytoscape-first-frame',
    stakeholders: network.stakeholders.length,
    relationships: network.relationships.length,
    ms: Math.round(sorted[Math.floor(sorted.length / 2)]!),
    runs: times.map(Math.round),
  };
}

/**
 * The yardsticks of the map's operations at one size, in one page of plain Cytoscape with
 * the same network drawn in full (every stakeholder and relationship, as above): the same
 * two filter steps done with a class that sets `display: none` and `cy.fit` on what is
 * left, a focus (a stakeholder and its neighbours fitted), and the same pan and zoom as
 * the app's pan-zoom-fps (panZoom.ts).
 */
export async function measurePlainCytoscapeOperations(
  browser: Browser,
  network: SampleNetwork,
  filter: { regionId: string; categoryId: string },
  panZoomMs: number,
): Promise<BenchResult[]> {
  const positions = regionLayoutPositions(network.stakeholders);
  const elements: PlainElement[] = [
    ...network.stakeholders.map((stakeholder) => ({
      data: {
        id: stakeholder.id,
        label: stakeholder.shortName,
        region: stakeholder.region ?? '',
        category: stakeholder.categoryId,
      },
      position: positions.get(stakeholder.id) ?? { x: 0, y: 0 },
    })),
    ...network.relationships.map((relationship) => ({
      data: { id: relationship.id, source: relationship.sourceId, target: relationship.targetId },
    })),
  ];
  const focusedId = network.stakeholders[Math.floor(network.stakeholders.length / 2)]!.id;
  const cytoscapePath = createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js');
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.setContent('<div id="cy" style="width: 1100px; height: 800px"></div>');
    await page.addScriptTag({ path: cytoscapePath });
    await page.addScriptTag({
      content: `window.countFramesWhile = ${countFramesWhile.toString()};\nwindow.panZoomGesture = ${panZoomGesture.toString()};`,
    });
    const figures = await page.evaluate(
      async ({ definitions, regionId, categoryId, focusId, durationMs }) => {
        const scope = window as unknown as {
          cytoscape: (options: object) => Core;
          countFramesWhile: typeof countFramesWhile;
          panZoomGesture: typeof panZoomGesture;
        };
        const cy = scope.cytoscape({
          container: document.getElementById('cy'),
          elements: definitions,
          layout: { name: 'preset' },
          style: [
            { selector: 'node', style: { label: 'data(label)', width: 20, height: 20, 'font-size': 11 } },
            { selector: 'edge', style: { width: 1, 'curve-style': 'straight' } },
            { selector: '.hidden', style: { display: 'none' } },
          ],
        });
        const drawn = () =>
          new Promise<void>((resolve) =>
            cy.one('render', () => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
          );
        await drawn();
        const hideAllBut = async (isKept: (node: NodeSingular) => boolean) => {
          const start = performance.now();
          cy.batch(() => cy.nodes().forEach((node) => void node.toggleClass('hidden', !isKept(node))));
          cy.fit(cy.nodes().not('.hidden'), 30);
          await drawn();
          return performance.now() - start;
        };
        const regionMs = await hideAllBut((node) => node.data('region') === regionId);
        const categoryMs = await hideAllBut(
          (node) => node.data('region') === regionId && node.data('category') === categoryId,
        );
        await hideAllBut(() => true);
        const focusStart = performance.now();
        const focused = cy.getElementById(focusId);
        cy.batch(() => {
          cy.elements().addClass('faded');
          focused.closedNeighborhood().removeClass('faded');
        });
        cy.fit(focused.closedNeighborhood(), 30);
        await drawn();
        const focusMs = performance.now() - focusStart;
        cy.batch(() => cy.elements().removeClass('faded'));
        cy.fit(undefined, 30);
        await drawn();
        const panZoom = await scope.countFramesWhile(cy, durationMs, scope.panZoomGesture(durationMs));
        return { regionMs, categoryMs, focusMs, panZoom };
      },
      { definitions: elements, ...filter, focusId: focusedId, durationMs: panZoomMs },
    );
    const base = { stakeholders: network.stakeholders.length, relationships: network.relationships.length };
    return [
      {
        operation: 'plain-cytoscape-filter',
        ...base,
        ms: Math.round(figures.regionMs + figures.categoryMs),
        regionMs: Math.round(figures.regionMs),
        categoryMs: Math.round(figures.categoryMs),
      },
      { operation: 'plain-cytoscape-focus', ...base, ms: Math.round(figures.focusMs) },
      {
        operation: 'plain-cytoscape-pan-zoom-fps',
        ...base,
        ms: null,
        fps: figures.panZoom.fps,
        frames: figures.panZoom.frames,
        steps: figures.panZoom.steps,
        longestFrameMs: figures.panZoom.longestFrameMs,
      },
    ];
  } finally {
    await context.close();
  }
}
