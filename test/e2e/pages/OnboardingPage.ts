import type { Page } from 'playwright-core';

export class OnboardingPage {
  constructor(private readonly page: Page) {}

  async loadSample(): Promise<void> {
    await this.page.getByRole('button', { name: /Explore a sample network/ }).click();
    await this.page.getByRole('region', { name: /sample data/i }).waitFor();
  }

  async startEmpty(): Promise<void> {
    await this.page.getByRole('button', { name: /Start with an empty network/ }).click();
    await this.page.getByRole('navigation', { name: 'Main sections' }).waitFor();
  }
}
