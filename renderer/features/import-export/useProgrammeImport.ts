import { useMemo } from 'react';
import type { ImportPreviewRow } from '../../../shared/io/importPreview';
import {
  isProgrammeSheet,
  planProgrammes,
  previewProgrammeSheet,
  type ProgrammePlan,
  type ProgrammeRowPreview,
} from '../../../shared/io/programmeImport';
import { useProgrammes } from '../../data/useOrganisationQueries';
import type { ParsedSheet } from './parseProtocol';

// The programmes an import brings: the file's programmes sheet (a Trama workbook has one),
// and the names the stakeholder rows to be imported hold. The plan shown here is made again
// when the import is written, against the programmes Trama has then.

export interface ProgrammeImport {
  /** The file's programmes sheet, if it has one besides the sheet being imported. */
  sheet: ParsedSheet | undefined;
  sheetRows: readonly ProgrammeRowPreview[];
  plan: ProgrammePlan | null;
}

const NO_ROWS: readonly ProgrammeRowPreview[] = [];

export function useProgrammeImport(
  sheets: readonly ParsedSheet[] | undefined,
  sheetIndex: number | undefined,
  rows: readonly ImportPreviewRow[],
): ProgrammeImport {
  const existing = useProgrammes();
  const sheet = useMemo(
    () =>
      sheets?.find(
        (candidate, index) => index !== sheetIndex && !candidate.isTooWide && isProgrammeSheet(candidate.header.cells),
      ),
    [sheets, sheetIndex],
  );
  const sheetRows = useMemo(
    () => (sheet && existing ? previewProgrammeSheet(sheet.header.cells, sheet.rows, existing) : NO_ROWS),
    [sheet, existing],
  );
  const plan = useMemo(
    () =>
      existing
        ? planProgrammes(
            sheetRows,
            rows.map((row) => row.programmes ?? []),
            existing,
          )
        : null,
    [sheetRows, rows, existing],
  );
  return { sheet, sheetRows, plan };
}
