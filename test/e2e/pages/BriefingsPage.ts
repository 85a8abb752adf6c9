import type { Locator, Page } from 'playwright-core';
import { downloadByButton } from '../support/download';

/** Briefing packs, as a coordinator sees them. */
export class BriefingsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Briefings' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Briefing packs' }).waitFor();
  }

  async prepareFor(meetingTitle: string): Promise<void> {
    await this.page.getByRole('button', { name: `Prepare briefing for ${meetingTitle}` }).click();
    await this.page.getByRole('heading', { level: 1, name: meetingTitle }).waitFor();
  }

  preview(): Locator {
    return this.page.getByRole('region', { name: 'Preview' });
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  sectionToggle(name: string): Locator {
    return this.page.getByRole('group', { name: 'Sections' }).getByRole('checkbox', { name });
  }

  agenda(): Locator {
    return this.page.getByRole('textbox', { name: 'Agenda and notes' });
  }

  download(buttonName: string): Promise<{ filePath: string; suggestedName: string }> {
    return downloadByButton(this.page, buttonName);
  }
}
