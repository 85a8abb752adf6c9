import type { Locator, Page } from 'playwright-core';

/** The network map, through what a user (or a screen reader) can find on it. */
export class MapPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Network map' }).click();
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
      (expected) => document.querySelector('[data-testid="map-canvas"]')?.getAttribute('data-drawn-nodes') === String(expected),
      count,
    );
  }

  async filterBy(filter: string, option: string): Promise<void> {
    const group = this.page.getByRole('group', { name: 'Map filters' });
    await group.locator('summary', { hasText: filter }).click();
    await group.getByRole('checkbox', { name: option }).check();
  }

  async find(name: string): Promise<Locator> {
    await this.page.getByRole('combobox', { name: 'Find a stakeholder on the map' }).fill(name);
    await this.page.getByRole('option', { name: new RegExp(name) }).first().click();
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
    return this.page.getByRole('group', { name: 'Open a region on the map' }).getByRole('button', { name: `${region} (${count})`, exact: true });
  }
}
