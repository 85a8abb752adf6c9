import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localIsoDate } from '../../shared/domain/common';
import { MapPage } from './pages/MapPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { launchChromium, openApp } from './support/browser';
import { downloadByButton } from './support/download';
import { TIE_GAINED_COLOUR } from '../../renderer/features/map/mapTimeLooks';

// Pictures of the map for reports (title, date, what is shown, legend; the map's own
// lines), and the legend that highlights or hides a colour on the map. Screenshots for the
// issue's note go to /tmp/shots when TRAMA_SHOTS is set.

const SHOTS = process.env.TRAMA_SHOTS ? '/tmp/shots' : null;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** How many elements of the drawn map match a Cytoscape selector (Cytoscape keeps its instance on its container). */
function countOnMap(page: Page, selector: string): Promise<number> {
  return page.evaluate((wanted) => {
    const container = document.querySelector('[data-testid="map-canvas"] > div') as unknown as {
      _cyreg: { cy: { $(selector: string): { length: number } } };
    };
    return container._cyreg.cy.$(wanted).length;
  }, selector);
}

describe('pictures of the map', () => {
  it('saves SVG, PNG and PDF with title, date, legend and the map’s lines; the legend hides and highlights', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.setViewportSize({ width: 1360, height: 880 });
    await new OnboardingPage(page).loadSample();
    const map = new MapPage(page);
    await map.open();
    const counts = await map.groupCounts();
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    await map.waitForDrawnNodes(total);
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/mappictures-overview.png` });
    }

    const legend = page.getByRole('region', { name: 'Legend' });
    const categories = await legend.locator('.map-legend-entry').allTextContents();
    expect(categories.length).toBeGreaterThan(5);
    const visibleEdges = await countOnMap(page, 'edge:visible');
    expect(visibleEdges).toBeGreaterThan(0);

    const svg = readFileSync((await downloadByButton(page, 'Save picture (SVG)')).filePath, 'utf8');
    expect(svg).toContain('>Trama – network map<');
    expect(svg).toMatch(/>Date: [^<]*\d{4}</);
    expect(svg).toContain(`Shown: ${total} stakeholders · all stakeholders and relationships`);
    for (const category of categories) expect(svg).toContain(`>${category.slice(0, 40)}`);
    expect(svg.match(/class="edge"/g)).toHaveLength(visibleEdges);
    expect(svg.match(/class="node"/g)).toHaveLength(total);

    const png = await downloadByButton(page, 'Save picture (PNG)');
    expect(readFileSync(png.filePath).subarray(1, 4).toString()).toBe('PNG');
    const pdf = await downloadByButton(page, 'Save picture (PDF)');
    expect(readFileSync(pdf.filePath).subarray(0, 8).toString()).toBe('%PDF-1.4');
    if (SHOTS) {
      const viewer = await context.newPage();
      await viewer.setContent(`<body style="margin:0">${svg}</body>`);
      await viewer.screenshot({ path: `${SHOTS}/mappictures-svg.png`, fullPage: true });
      await viewer.close();
      if (existsSync('/usr/bin/pdftoppm'))
        execFileSync('/usr/bin/pdftoppm', [
          '-png',
          '-r',
          '110',
          '-singlefile',
          pdf.filePath,
          `${SHOTS}/mappictures-pdf`,
        ]);
    }

    // Hide a colour: its stakeholders leave the map (and the picture); show it again.
    const reception = categories.find((category) => category.startsWith('Reception centre'))!;
    const shownBefore = await countOnMap(page, 'node.stakeholder:visible');
    await legend.getByRole('button', { name: `Hide ${reception} on the map` }).click();
    const hiddenCount = await countOnMap(page, '.legend-hidden');
    expect(hiddenCount).toBeGreaterThan(0);
    expect(await countOnMap(page, 'node.stakeholder:visible')).toBe(shownBefore - hiddenCount);
    const withoutReception = readFileSync((await downloadByButton(page, 'Save picture (SVG)')).filePath, 'utf8');
    expect(withoutReception.match(/class="node"/g)).toHaveLength(total - hiddenCount);
    expect(withoutReception).toContain(`hidden in the legend: ${reception}`);
    expect(withoutReception.match(/class="edge"/g)).toHaveLength(await countOnMap(page, 'edge:visible'));
    await legend.getByRole('button', { name: `Show ${reception} on the map again` }).click();
    expect(await countOnMap(page, '.legend-hidden')).toBe(0);

    // Highlight a colour: the others are dimmed, from the keyboard too.
    const health = legend.getByRole('button', { name: categories[0]!, exact: true });
    await health.focus();
    await page.keyboard.press('Enter');
    expect(await health.getAttribute('aria-pressed')).toBe('true');
    expect(await countOnMap(page, 'node.legend-dimmed')).toBeGreaterThan(0);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/mappictures-highlight.png` });
    await page.keyboard.press('Enter');
    expect(await countOnMap(page, 'node.legend-dimmed')).toBe(0);

    // The legend folds into a small button, and unfolds again.
    await legend.getByRole('button', { name: 'Fold away' }).click();
    await page.getByRole('button', { name: 'Legend', expanded: false }).click();
    await legend.waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says and shows a comparison of two days as the map does: the days, gained ties, rings, legend', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.setViewportSize({ width: 1360, height: 880 });
    await new OnboardingPage(page).loadSample();
    // Two years ago fewer of the sample's stakeholders and ties were entered: some ties gained, some stakeholders new.
    const today = localIsoDate();
    await page.evaluate(
      (hash) => void (window.location.hash = hash),
      `#/map?day=${today}&from=${addDays(today, -730)}`,
    );
    const compare = await page.getByTestId('map-summary-compare').textContent();
    // Drawn once the canvas marks as many gained ties as the summary counts.
    const counted = /(\d+) ties gained/.exec(compare ?? '')?.[1];
    await page.waitForSelector(`[data-testid="map-canvas"][data-map-drawn][data-gained-edges="${counted}"]`);
    const gained = await countOnMap(page, 'edge.tie-gained:visible');
    const ringed = await countOnMap(page, 'node.stakeholder.new-since:visible');
    expect(gained).toBeGreaterThan(0);
    expect(ringed).toBeGreaterThan(0);

    const svg = readFileSync((await downloadByButton(page, 'Save picture (SVG)')).filePath, 'utf8');
    expect(svg).toMatch(/>Picture made on [^<]*\d{4} *</);
    expect(svg).toContain('As of ');
    expect(svg).toContain(compare!.replace(/^ · /, ''));
    expect(svg.match(new RegExp(`class="edge"[^>]*stroke="${TIE_GAINED_COLOUR}"`, 'g'))).toHaveLength(gained);
    expect(svg.match(new RegExp(`class="node"[^>]*stroke="${TIE_GAINED_COLOUR}"`, 'g'))).toHaveLength(ringed);
    for (const entry of ['Tie gained', 'Tie lost', 'Faint line: no change']) expect(svg).toContain(`>${entry}<`);
    const png = await downloadByButton(page, 'Save picture (PNG)');
    expect(readFileSync(png.filePath).subarray(1, 4).toString()).toBe('PNG');
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/mappictures-compare-map.png` });
      copyFileSync(png.filePath, `${SHOTS}/mappictures-compare-picture.png`);
      writeFileSync(`${SHOTS}/mappictures-compare.svg`, svg);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
