import type { Locator, Page } from 'playwright-core';

export interface NewStakeholder {
  name: string;
  category?: string;
  level?: string;
  region?: string;
  province?: string;
}

/** The registry, as a user sees it: found by roles and accessible names only. */
export class StakeholdersPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main sections' })
      .getByRole('link', { name: 'Stakeholders' })
      .click();
    await this.page.getByRole('heading', { level: 1, name: 'Stakeholders' }).waitFor();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Stakeholders' });
  }

  row(name: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async create(stakeholder: NewStakeholder): Promise<void> {
    await this.page.getByRole('button', { name: 'New stakeholder' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New stakeholder' });
    await dialog.getByLabel('Name', { exact: true }).fill(stakeholder.name);
    if (stakeholder.category) await dialog.getByLabel('Category').selectOption({ label: stakeholder.category });
    if (stakeholder.level) await dialog.getByLabel('Level').selectOption({ label: stakeholder.level });
    if (stakeholder.region) await dialog.getByLabel('Region').selectOption({ label: stakeholder.region });
    if (stakeholder.province) await dialog.getByLabel('Province').selectOption({ label: stakeholder.province });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search stakeholders' }).fill(text);
  }

  count(): Locator {
    return this.page.getByTestId('stakeholder-count');
  }
}
