import type { Locator, Page } from 'playwright-core';

export class StakeholderDetailPage {
  constructor(private readonly page: Page) {}

  section(name: 'Contact persons' | 'Relationships' | 'Profile'): Locator {
    return this.page.getByRole('region', { name });
  }

  async addContact(contact: { name: string; role?: string; email?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add contact person' }).click();
    const dialog = this.page.getByRole('dialog', { name: /New contact person/ });
    await dialog.getByLabel('Name', { exact: true }).fill(contact.name);
    if (contact.role) await dialog.getByLabel('Role').fill(contact.role);
    if (contact.email) await dialog.getByLabel('Email addresses').fill(contact.email);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async addRelationship(relationship: { other: string; type?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add relationship' }).click();
    const dialog = this.page.getByRole('dialog', { name: /New relationship/ });
    await dialog.getByRole('combobox', { name: 'Linked stakeholder' }).fill(relationship.other);
    await dialog
      .getByRole('option', { name: new RegExp(relationship.other) })
      .first()
      .click();
    if (relationship.type) await dialog.getByLabel('Type').selectOption({ label: relationship.type });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
