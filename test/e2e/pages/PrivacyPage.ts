import type { Locator, Page } from 'playwright-core';

/** Settings → Personal data (GDPR): finding a contact person and erasing them, as a user does. */
export class PrivacyPage {
  constructor(private readonly page: Page) {}

  /** Picks the person in the section and presses "Erase this person…": the confirmation dialog. */
  async openErasure(personName: string): Promise<Locator> {
    await this.page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Settings' }).click();
    const privacy = this.page.getByRole('region', { name: 'Personal data (GDPR)' });
    await privacy.getByRole('combobox', { name: 'Contact person' }).fill(personName);
    await privacy
      .getByRole('option', { name: new RegExp(`^${personName}`) })
      .first()
      .click();
    await privacy.getByRole('button', { name: 'Erase this person…' }).click();
    return this.page.getByRole('dialog', { name: `Erase ${personName}?` });
  }
}
