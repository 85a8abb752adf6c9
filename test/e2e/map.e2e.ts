import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSyntheticNetwork } from '../../shared/sample/syntheticNetwork';
import { STAKEHOLDERS_PER_STEP } from '../../renderer/features/map/progressiveDrawing';
import { stakeholderSpreadsheet } from '../bench/appScenario';
import { ImportExportPage } from './pages/ImportExportPage';
import { MapPage } from './pages/MapPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { seriousAccessibilityViolations } from './support/axe';
import { launchChromium, openApp } from './support/browser';
import { downloadByButton } from './support/download';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the network map', () => {
  it('shows the sample network of all five regions, filters it by region and focuses a stakeholder', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const map = new MapPage(page);
    await map.open();

    const counts = await map.groupCounts();
    for (const region of ['Lazio', 'Lombardy', 'Campania', 'Sicily', 'Basilicata'])
      expect(counts[region]).toBeGreaterThanOrEqual(15);
    expect(counts['National, EU and international']).toBeGreaterThan(0);
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    expect(await map.summary().textContent()).toContain(`${total} of ${total} stakeholders shown`);
    await map.waitForDrawnNodes(total);

    await map.filterBy('Region', 'Campania');
    expect(Object.keys(await map.groupCounts())).toEqual(['Campania']);
    await map.waitForDrawnNodes(counts.Campania ?? -1);
    expect(await map.summary().textContent()).toContain(`${counts.Campania} of ${total} stakeholders shown`);
    expect(page.url()).toContain('region=campania');

    // Pictures of what is drawn: a PNG, and an SVG with one node per shown stakeholder.
    const png = await downloadByButton(page, 'Save picture (PNG)');
    expect(readFileSync(png.filePath).subarray(1, 4).toString()).toBe('PNG');
    const svg = readFileSync((await downloadByButton(page, 'Save picture (SVG)')).filePath, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/class="node"/g)).toHaveLength(counts.Campania ?? -1);
    expect(svg).toContain('>ASL NA1<');

    // The filter lives in the address: a reload shows the same map.
    await page.reload();
    await map.summary().waitFor();
    expect(Object.keys(await map.groupCounts())).toEqual(['Campania']);

    const panel = await map.find('ASL Napoli 1 Centro');
    await panel.getByRole('heading', { name: 'ASL Napoli 1 Centro' }).waitFor();
    const neighbour = panel.getByRole('button', {
      name: 'Show Dipartimento di Salute Mentale – ASL Napoli 1 Centro on the map',
    });
    await neighbour.click();
    await panel.getByRole('heading', { name: 'Dipartimento di Salute Mentale – ASL Napoli 1 Centro' }).waitFor();
    await panel.getByRole('button', { name: 'Close the panel' }).click();
    await page.getByRole('region', { name: 'Legend' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('invites the user to add stakeholders when the network is empty', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).startEmpty();
    await page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Network map' }).click();
    await page.getByRole('heading', { level: 1, name: 'Network map' }).waitFor();
    await page
      .getByRole('region', { name: 'Nothing to map yet' })
      .getByRole('link', { name: 'Add a stakeholder' })
      .click();
    await page.getByRole('dialog', { name: 'New stakeholder' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('groups a large network by region and category, and still reaches every stakeholder', async () => {
    const network = buildSyntheticNetwork({ stakeholders: 1_200, relationshipsPerStakeholder: 0 });
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).startEmpty();
    const io = new ImportExportPage(page);
    await io.open();
    await io.chooseImportFile({
      name: 'large.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: stakeholderSpreadsheet(network),
    });
    await page.getByRole('button', { name: 'Import 1,200 stakeholders' }).click();
    await page.getByText('1,200 stakeholders added').waitFor();

    const map = new MapPage(page);
    await map.open();
    await map.overviewNote().waitFor();
    await map.waitForDrawnNodes(1_200);
    const campania = network.stakeholders.filter((stakeholder) => stakeholder.region === 'campania').length;
    const campaniaButton = map.overviewRegion('Campania', campania);
    expect(await campaniaButton.getAttribute('aria-pressed')).toBe('false');
    await campaniaButton.click();
    expect(await campaniaButton.getAttribute('aria-pressed')).toBe('true');
    // Opening a region draws its category groups: every stakeholder is still counted.
    await map.waitForDrawnNodes(1_200);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // A stakeholder inside a closed group is found by name; its region opens.
    const target = network.stakeholders.find((stakeholder) => stakeholder.region === 'sicilia')!;
    const panel = await map.find(target.name.slice(target.name.indexOf('#')));
    await panel.getByRole('heading', { name: target.name }).waitFor();
    // The focus works in the overview too: the stakeholder and the groups standing for its
    // neighbours are fitted into the canvas.
    const focusView = await page.waitForFunction(() =>
      document.querySelector('[data-testid="map-canvas"]')?.getAttribute('data-focus-positions'),
    );
    const { positions } = JSON.parse(String(await focusView.jsonValue())) as {
      positions: Record<string, [number, number]>;
    };
    const canvasBox = (await page.getByTestId('map-canvas').boundingBox())!;
    expect(Object.keys(positions).length).toBeGreaterThan(0);
    for (const [x, y] of Object.values(positions)) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(canvasBox.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(canvasBox.height);
    }
    expect(
      await map
        .overviewRegion('Sicily', network.stakeholders.filter((stakeholder) => stakeholder.region === 'sicilia').length)
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await map.waitForDrawnNodes(1_200);

    // Filters that leave few enough stakeholders draw them one by one: more than a step's
    // worth at once (here from a link) in steps, saying how far the drawing is.
    const north = network.stakeholders.filter(
      (stakeholder) => stakeholder.region === 'lombardia' || stakeholder.region === 'lazio',
    ).length;
    // An addition under a step and a half is drawn at once (progressiveDrawing.ts).
    expect(north).toBeGreaterThanOrEqual(STAKEHOLDERS_PER_STEP * 1.5);
    const drawingMessages = await map.recordDrawingMessages();
    await page.evaluate(() => void (location.hash = '#/map?region=lombardia,lazio'));
    await map.waitForDrawnNodes(north);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="map-canvas"]')?.getAttribute('aria-busy') === 'false',
    );
    expect(await drawingMessages()).toContain(`Drawing the map: ${STAKEHOLDERS_PER_STEP} of ${north} stakeholders…`);
    expect(await page.locator('.map-drawing').count()).toBe(0);
    await map.filterBy('Region', 'Lombardy', false);
    await map.filterBy('Region', 'Lazio', false);
    await map.filterBy('Region', 'Basilicata');
    await map.waitForDrawnNodes(
      network.stakeholders.filter((stakeholder) => stakeholder.region === 'basilicata').length,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
