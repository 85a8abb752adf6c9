import type { Locator, Page } from 'playwright-core';

/** The network map, through what a user (or a screen reader) can find on it. */
export class MapPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main sections' })
      .getByRole('link', { name: 'Network map' })
      .click();
    await this.page.getByRole('heading', { level: 1, name: 'Network map' }).waitFor();
    await this.summary().waitFor();
  }

  summary(): Locator {
    return this.page.getByTestId('map-summary');
  }

  /** Counts per group as the summary states them, e.g. { Lazio: 27, Campania: 26 }. */
  async groupCounts(): Promise<Record<string, number>> {
    const texts = await this.summary().locator('.map-summary-group').allTextContents();
    return Object.fromEntries(
      texts.map((text) => {
        const match = /·\s*(.+):\s*(\d+)$/.exec(text.trim());
        if (!match) throw new Error(`Unexpected summary entry: ${text}`);
        return [match[1], Number(match[2])];
      }),
    );
  }

  /** How many stakeholder nodes Cytoscape itself holds undimmed by filters. */
  async drawnNodeCount(): Promise<number> {
    return Number(await this.page.getByTestId('map-canvas').getAttribute('data-drawn-nodes'));
  }

  async waitForDrawnNodes(count: number): Promise<void> {
    await this.page.waitForFunction(
      (expected) =>
        document.querySelector('[data-testid="map-canvas"]')?.getAttribute('data-drawn-nodes') === String(expected),
      count,
    );
  }

  /** From now on, every progress message the map shows while it draws in steps. */
  async recordDrawingMessages(): Promise<() => Promise<string[]>> {
    await this.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { drawingMessages: string[] }).drawingMessages = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.map-drawing[role="status"]')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    return () => this.page.evaluate(() => (window as unknown as { drawingMessages: string[] }).drawingMessages);
  }

  async filterBy(filter: string, option: string, isChecked = true): Promise<void> {
    // The filters live in a panel the map toolbar opens over the map.
    const toggle = this.page.getByRole('group', { name: 'Map tools' }).getByRole('button', { name: /^Filters/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const group = this.page.getByRole('group', { name: 'Map filters' });
    const details = group.locator('details', { has: this.page.locator('summary', { hasText: filter }) });
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    await group.getByRole('checkbox', { name: option }).setChecked(isChecked);
  }

  async find(name: string): Promise<Locator> {
    await this.page.getByRole('combobox', { name: 'Find a stakeholder on the map' }).fill(name);
    await this.page
      .getByRole('option', { name: new RegExp(name) })
      .first()
      .click();
    return this.panel();
  }

  panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Selected stakeholder' });
  }

  /** The note and region buttons shown when a large network is drawn as groups. */
  overviewNote(): Locator {
    return this.page.getByTestId('map-overview-note');
  }

  overviewRegion(region: string, count: number): Locator {
    return this.page
      .getByRole('group', { name: 'Open a region on the map' })
      .getByRole('button', { name: `${region} (${count})`, exact: true });
  }
}
