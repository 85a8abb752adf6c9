import type { Language } from '../../../shared/domain/enums';
import type { XlsxFile } from './writeXlsx';

// Messages between the page and the worker that builds large Excel exports, so that the
// page stays responsive (and shows progress) while tens of thousands of rows are written.

export interface WorkbookExportRequest {
  kind: 'workbook' | 'contacts';
  language: Language;
  omitPersonalColumns: boolean;
  /** Label of stakeholders without a region, in the contact lists. */
  noRegionLabel: string;
  /** Only these stakeholders (the map's or the list's selection); null for all. */
  stakeholderIds: string[] | null;
}

export type WorkbookExportMessage =
  { type: 'progress'; done: number } | ({ type: 'done' } & XlsxFile) | { type: 'failed'; message: string };
