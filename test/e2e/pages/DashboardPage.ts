import type { Locator, Page } from 'playwright-core';

/** The dashboard (the app's home) and the power–interest grid, as a user finds them. */
export class DashboardPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Dashboard' }).click();
    await this.funnel().waitFor();
  }

  async openGrid(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main sections' })
      .getByRole('link', { name: 'Power–interest grid' })
      .click();
    await this.page.getByRole('group', { name: 'Stakeholders by influence and interest' }).waitFor();
  }

  async chooseRegion(name: string): Promise<void> {
    const link = this.page.getByRole('navigation', { name: 'Region' }).getByRole('link', { name, exact: true });
    await link.click();
    await this.page.waitForFunction((label) => {
      const links = [...document.querySelectorAll('nav[aria-label="Region"] a')];
      return links.find((element) => element.textContent === label)?.getAttribute('aria-current') === 'true';
    }, name);
  }

  card(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  funnel(): Locator {
    return this.page.getByTestId('stage-funnel');
  }

  /** Stakeholders per stage as the funnel states them, e.g. { Aware: 34, ... }. */
  async funnelCounts(): Promise<Record<string, number>> {
    const rows = await this.funnel().getByRole('link').all();
    const counts: Record<string, number> = {};
    for (const row of rows) {
      const stage = (await row.locator('.stage-funnel-label').textContent()) ?? '';
      counts[stage] = Number((await row.locator('.stage-funnel-count').textContent())?.replace(/\D/g, ''));
    }
    return counts;
  }

  receptionGap(): Locator {
    return this.page.getByTestId('reception-gap');
  }

  gridDot(name: RegExp): Locator {
    return this.page
      .getByRole('group', { name: 'Stakeholders by influence and interest' })
      .getByRole('button', { name });
  }

  gridCell(influence: number, interest: number): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^Influence ${influence}, interest ${interest}:`) });
  }
}
