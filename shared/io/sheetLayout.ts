import type { Table } from './cells';

// How a sheet is laid out beyond its cells: the panes kept on screen and the print setup.
// A wide matrix is unreadable without its names in view, and printed at 100% a 147 × 147
// matrix runs to hundreds of pages; Excel and LibreOffice obey these settings when opened.

export interface SheetPrint {
  landscape: boolean;
  /** All columns on one page across; as many pages down as the rows need. */
  fitToWidth: boolean;
  /** The header row and the first column printed again on every page. */
  repeatTitles: boolean;
  /** Printed at the top of each page (a title). */
  header?: string;
  /** Printed at the bottom of each page, before the page number. */
  footer?: string;
}

export interface SheetLayout {
  /** Rows kept in view at the top (the header row: 1). */
  frozenRows: number;
  /** Columns kept in view at the left (the names: 1). */
  frozenColumns: number;
  /** Header cells after the first written upwards (rotated 90°), so that narrow columns keep whole labels. */
  rotatedHeader?: boolean;
  /** Width (in characters) of every column after the first, whatever their content. */
  columnWidth?: number;
  print?: SheetPrint;
}

export interface LaidOutTable extends Table {
  /** Without one, the header row is frozen and nothing else (writeXlsx). */
  layout?: SheetLayout;
}
