import type { Locator, Page } from 'playwright-core';

export interface NewAgreement {
  title: string;
  kind?: string;
  status?: string;
  expiresOn?: string;
  documentRef?: string;
  /** In order: the stakeholder's name as the picker shows it, and the role to give it. */
  parties: ReadonlyArray<{ name: string; role: string }>;
}

/** The agreements list, detail and form, found by roles and accessible names only. */
export class AgreementsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main sections' })
      .getByRole('link', { name: 'Agreements' })
      .click();
    await this.page.getByRole('heading', { level: 1, name: 'Agreements' }).waitFor();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Agreements' });
  }

  row(title: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  count(): Locator {
    return this.page.getByTestId('agreement-count');
  }

  formDialog(): Locator {
    return this.page.getByRole('dialog', { name: /New agreement|Edit agreement/ });
  }

  async addParty(dialog: Locator, party: { name: string; role: string }): Promise<void> {
    await dialog.getByRole('combobox', { name: 'Add a party' }).fill(party.name);
    await dialog
      .getByRole('option', { name: new RegExp(`^${party.name}`) })
      .first()
      .click();
    await dialog.getByLabel(`Role of ${party.name}`, { exact: true }).selectOption({ label: party.role });
  }

  /** Fills the open form; leaves it open, so that the caller saves or checks errors. */
  async fill(dialog: Locator, agreement: NewAgreement): Promise<void> {
    await dialog.getByLabel('Title', { exact: true }).fill(agreement.title);
    if (agreement.kind) await dialog.getByLabel('Kind').selectOption({ label: agreement.kind });
    if (agreement.status) await dialog.getByLabel('Status').selectOption({ label: agreement.status });
    if (agreement.expiresOn) await dialog.getByLabel('Expires on').fill(agreement.expiresOn);
    if (agreement.documentRef) await dialog.getByLabel('Document reference').fill(agreement.documentRef);
    for (const party of agreement.parties) await this.addParty(dialog, party);
  }

  async save(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** The agreements card on a stakeholder's detail view. */
  stakeholderSection(): Locator {
    return this.page.getByRole('region', { name: 'Agreements' });
  }
}
