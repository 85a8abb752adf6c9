import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import type { SampleNetwork } from '../../shared/sample/sampleNetwork';
import { regionLayoutPositions } from '../../renderer/features/map/regionLayout';
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
