import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { downloadByButton } from '../support/download';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/import');

/** Import and export, as a user sees it. */
export class ImportExportPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main sections' })
      .getByRole('link', { name: 'Import and export' })
      .click();
    await this.page.getByRole('heading', { level: 1, name: 'Import and export' }).waitFor();
  }

  importSection(): Locator {
    return this.page.getByRole('region', { name: 'Import stakeholders from a spreadsheet' });
  }

  async chooseImportFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.importSection()
      .getByLabel('Spreadsheet to import')
      .setInputFiles(typeof file === 'string' ? path.join(FIXTURES, file) : file);
  }

  summary(): Locator {
    return this.page.getByTestId('import-summary');
  }

  previewRow(rowNumber: number): Locator {
    return this.page
      .getByRole('table', { name: 'Preview' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: String(rowNumber), exact: true }) });
  }

  alert(): Locator {
    return this.importSection().getByRole('alert');
  }

  download(buttonName: string): Promise<{ filePath: string; suggestedName: string }> {
    return downloadByButton(this.page, buttonName);
  }
}
