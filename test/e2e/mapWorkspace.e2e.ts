import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MapPage } from './pages/MapPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { launchChromium, openApp } from './support/browser';

// The map as the main workspace (issue 16): room for the canvas, zoom and fit, a focus
// that brings the whole neighbourhood into view, and filter lists that get out of the way.

const WINDOW = { width: 1360, height: 880 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openSampleMap() {
  const session = await openApp(browser);
  await session.page.setViewportSize(WINDOW);
  await new OnboardingPage(session.page).loadSample();
  const map = new MapPage(session.page);
  await map.open();
  await session.page.waitForSelector('[data-testid="map-canvas"][data-map-drawn]');
  return { ...session, map };
}

const canvas = (page: Page) => page.getByTestId('map-canvas');
const zoomOf = async (page: Page) => Number(await canvas(page).getAttribute('data-zoom'));

async function waitForZoomChange(page: Page, from: number): Promise<number> {
  await page.waitForFunction(
    (before) => Number(document.querySelector('[data-testid="map-canvas"]')?.getAttribute('data-zoom')) !== before,
    from,
  );
  return zoomOf(page);
}

/** The focused neighbourhood's rendered positions, once the view has settled on it. */
async function focusPositions(page: Page, focusedId?: string): Promise<Array<[string, number, number]>> {
  const handle = await page.waitForFunction((id) => {
    const text = document.querySelector('[data-testid="map-canvas"]')?.getAttribute('data-focus-positions');
    if (!text) return null;
    const parsed = JSON.parse(text) as { focusedId: string; positions: Record<string, [number, number]> };
    return id === undefined || parsed.focusedId === id ? parsed : null;
  }, focusedId);
  const { positions } = (await handle.jsonValue()) as { positions: Record<string, [number, number]> };
  return Object.entries(positions).map(([id, [x, y]]) => [id, x, y]);
}

describe('the map as the main workspace', () => {
  it('gives the canvas most of a 1360×880 window, with zoom and fit buttons and their shortcuts', async () => {
    const { page, context, errors } = await openSampleMap();
    const box = (await canvas(page).boundingBox())!;
    const share = (box.width * box.height) / (WINDOW.width * WINDOW.height);
    expect(share).toBeGreaterThanOrEqual(0.7);

    const zoomControls = page.getByRole('group', { name: 'Zoom and fit' });
    const start = await zoomOf(page);
    await zoomControls.getByRole('button', { name: 'Zoom in' }).click();
    const zoomedIn = await waitForZoomChange(page, start);
    expect(zoomedIn).toBeGreaterThan(start);
    await zoomControls.getByRole('button', { name: 'Zoom out' }).click();
    const zoomedOut = await waitForZoomChange(page, zoomedIn);
    expect(zoomedOut).toBeLessThan(zoomedIn);
    expect(await zoomControls.getByRole('button', { name: /selected stakeholder/ }).isDisabled()).toBe(true);

    // The same from the keyboard, away from any text field; typing in the search box types.
    await page.locator('body').press('+');
    const keyedIn = await waitForZoomChange(page, zoomedOut);
    expect(keyedIn).toBeGreaterThan(zoomedOut);
    await page.locator('body').press('0');
    const fitted = await waitForZoomChange(page, keyedIn);
    expect(fitted).toBeLessThan(keyedIn);
    const search = page.getByRole('combobox', { name: 'Find a stakeholder on the map' });
    await search.fill('ASL-');
    expect(await search.inputValue()).toBe('ASL-');
    expect(await zoomOf(page)).toBe(fitted);
    await search.fill('');

    // The shortcuts are listed in a dialog reached from the toolbar, and by "?".
    await page.getByRole('group', { name: 'Map tools' }).getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts of the map' });
    await dialog.getByRole('cell', { name: 'Zoom in' }).waitFor();
    await dialog.getByRole('cell', { name: 'Fit the whole map in view' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.locator('body').press('?');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits ASL Napoli 1 Centro with all its neighbours, one or two steps away, and can show only them', async () => {
    const { page, context, errors, map } = await openSampleMap();
    const total = Number(/of (\d+) stakeholders/.exec((await map.summary().textContent()) ?? '')?.[1]);
    const panel = await map.find('ASL Napoli 1 Centro');
    const heading = await panel.getByRole('heading', { name: /^Linked stakeholders/ }).textContent();
    const neighbourCount = Number(/\((\d+)\)/.exec(heading ?? '')?.[1]);
    expect(neighbourCount).toBeGreaterThanOrEqual(8);

    const expectAllInView = async (positions: Array<[string, number, number]>) => {
      const box = (await canvas(page).boundingBox())!;
      // Not under the side panel either: the view is fitted to the part of the map left free.
      const panelBox = (await panel.boundingBox())!;
      for (const [id, x, y] of positions) {
        const [pageX, pageY] = [box.x + x, box.y + y];
        expect({
          id,
          isInside: pageX > box.x && pageX < panelBox.x && pageY > box.y && pageY < box.y + box.height,
        }).toEqual({
          id,
          isInside: true,
        });
      }
    };
    const oneStep = await focusPositions(page);
    expect(oneStep).toHaveLength(neighbourCount + 1);
    await expectAllInView(oneStep);

    const depth = panel.getByRole('group', { name: 'Neighbours up to' });
    await depth.getByRole('button', { name: '2 steps' }).click();
    await panel.getByText(/more stakeholders? two steps away/).waitFor();
    await page.waitForFunction((count) => {
      const text = document.querySelector('[data-testid="map-canvas"]')?.getAttribute('data-focus-positions');
      return text !== null && text !== undefined && Object.keys(JSON.parse(text).positions).length > count;
    }, oneStep.length);
    const twoSteps = await focusPositions(page);
    expect(twoSteps.length).toBeGreaterThan(oneStep.length);
    await expectAllInView(twoSteps);

    // Only this neighbourhood: the rest is hidden as a filter hides it, and the counts follow.
    await panel.getByRole('checkbox', { name: 'Only this neighbourhood' }).check();
    await map.waitForDrawnNodes(twoSteps.length);
    expect(await map.summary().textContent()).toContain(`${twoSteps.length} of ${total} stakeholders shown`);
    await depth.getByRole('button', { name: '1 step' }).click();
    await map.waitForDrawnNodes(neighbourCount + 1);
    await panel.getByRole('button', { name: 'Close the panel' }).click();
    await map.waitForDrawnNodes(total);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('closes a filter list on Escape and on a click outside, so it never stays over the map', async () => {
    const { page, context, errors, map } = await openSampleMap();
    await page.getByRole('group', { name: 'Map tools' }).getByRole('button', { name: 'Filters' }).click();
    const filters = page.getByRole('group', { name: 'Map filters' });
    const region = filters.locator('summary', { hasText: 'Region' });
    const lazio = filters.getByRole('checkbox', { name: 'Lazio' });

    await region.click();
    await lazio.waitFor();
    await lazio.check();
    await page.keyboard.press('Escape');
    await lazio.waitFor({ state: 'hidden' });
    expect(await region.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await map.summary().textContent()).toMatch(/^\d+ of \d+ stakeholders shown · Lazio: \d+$/);

    await region.click();
    await lazio.waitFor();
    const box = (await canvas(page).boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 80);
    await lazio.waitFor({ state: 'hidden' });
    // The Filters panel itself stays, and Escape closes it too, focus back on its button.
    await filters.waitFor();
    await region.focus();
    await page.keyboard.press('Escape');
    await filters.waitFor({ state: 'hidden' });
    expect(
      await page
        .getByRole('group', { name: 'Map tools' })
        .getByRole('button', { name: /^Filters/ })
        .evaluate((element) => element === document.activeElement),
    ).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
