import { Fragment } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { cellName, columnName, type ColumnSpan } from '../../../shared/io/columnNames';
import { cutToLimit } from '../../../shared/io/importCells';
import { IMPORT_FIELD_LABELS, type ImportField } from '../../../shared/io/importFields';
import type { ImportPreviewRow } from '../../../shared/io/importPreview';
import { useT } from '../../i18n/useT';
import { reasonText } from './reasonText';
import { isCutAccepted, isImportable, similarChoiceOf, type SimilarChoice, type SimilarChoices } from './importChoices';
import { LeftOutCellFix } from './LeftOutCellFix';
import { SimilarMergePanel } from './SimilarMergePanel';

const SHOWN_ROWS = 200;
/** Rows past the first SHOWN_ROWS that need a decision or a check, shown below them. */
const SHOWN_ROWS_WITH_NOTES = 200;
/** A header as long as a cell can be would drown the message that names it. */
const HEADER_IN_MESSAGE = 60;

interface ImportPreviewTableProps {
  rows: readonly ImportPreviewRow[];
  /** The sheet's header cells, to name a column in a message. */
  header: readonly string[];
  /** Where each column lies in the spreadsheet, for cell names such as H8 (or H8–I8 for joined columns). */
  columns: readonly ColumnSpan[];
  skipped: ReadonlySet<number>;
  /** Cuts the user agreed to, by row, column and field (importChoices.ts cutKey). */
  acceptedCuts: ReadonlySet<string>;
  onToggleSkip(rowNumber: number): void;
  onToggleCut(row: ImportPreviewRow): void;
  /** The user's choices for rows similar to stakeholders Trama has (importChoices.ts). */
  similarChoices?: SimilarChoices;
  /** The stakeholders Trama has, by id: the side of a merge that is already here. */
  existing?: ReadonlyMap<string, Stakeholder>;
  onSimilarChoice?(rowNumber: number, choice: SimilarChoice): void;
  onCorrect?(rowNumber: number, field: ImportField, text: string): void;
  /** Rows left out because joining them into an earlier update of the same stakeholder is refused (importChoices.ts). */
  refusedJoins?: ReadonlySet<number>;
}

const NO_CHOICES: SimilarChoices = new Map();
const NO_STAKEHOLDERS: ReadonlyMap<string, Stakeholder> = new Map();
const NO_ROWS: ReadonlySet<number> = new Set();

const hasNotes = (row: ImportPreviewRow) =>
  row.overLimit.length > 0 || row.roundedNumbers.length > 0 || (row.cellNotes?.length ?? 0) > 0;

/**
 * Every row with what importing it would do and why, under the spreadsheet's own row number;
 * rows can be skipped one by one, and a row with a cell over its limit is imported only when
 * the user ticks it to be imported with that text cut.
 */
export function ImportPreviewTable({
  rows,
  header,
  columns,
  skipped,
  acceptedCuts,
  onToggleSkip,
  onToggleCut,
  similarChoices = NO_CHOICES,
  existing = NO_STAKEHOLDERS,
  onSimilarChoice,
  onCorrect,
  refusedJoins = NO_ROWS,
}: ImportPreviewTableProps) {
  const { t, tOr, formatNumber, formatDate, language } = useT();
  const laterRowsWithNotes = rows.slice(SHOWN_ROWS).filter((row) => hasNotes(row) || refusedJoins.has(row.rowNumber));
  const shown = [...rows.slice(0, SHOWN_ROWS), ...laterRowsWithNotes.slice(0, SHOWN_ROWS_WITH_NOTES)];
  const spanOf = (column: number) => columns[column] ?? { first: column, last: column };
  const cellOf = (column: number, rowNumber: number) => cellName(spanOf(column), rowNumber);
  const headerName = (column: number) =>
    cutToLimit(header[column] ?? '', HEADER_IN_MESSAGE) || columnName(spanOf(column));

  function notesOf(row: ImportPreviewRow): string[] {
    const isCut = isCutAccepted(row, acceptedCuts);
    // A row that is not imported anyway (an error, a duplicate) cannot be imported cut either.
    const tooLong = !isImportable(row)
      ? 'importLimits.cellTooLongNotImported'
      : isCut
        ? 'importLimits.cellCut'
        : 'importLimits.cellTooLong';
    const lengths = row.overLimit.map(({ column, length, limit }) =>
      t(tooLong, {
        cell: cellOf(column, row.rowNumber),
        header: headerName(column),
        length,
        excess: length - limit,
        limit,
      }),
    );
    const numbers = row.roundedNumbers.map(({ column, text }) =>
      t('importLimits.numberRounded', { cell: cellOf(column, row.rowNumber), header: headerName(column), value: text }),
    );
    const shown = (row.cellNotes ?? []).map(({ column, kind, shown, text }) =>
      kind === 'error'
        ? t('importLimits.errorCell', { cell: cellOf(column, row.rowNumber), header: headerName(column), error: shown })
        : t('importLimits.shownAs', {
            cell: cellOf(column, row.rowNumber),
            header: headerName(column),
            shown,
            value: text,
          }),
    );
    return [
      ...row.reasons.map((reason) => reasonText({ tOr }, reason)),
      ...(refusedJoins.has(row.rowNumber) ? [reasonText({ tOr }, 'duplicate-not-merged')] : []),
      ...lengths,
      ...numbers,
      ...shown,
      ...mergeNotesOf(row),
    ];
  }

  /** What the row's merges, corrections and last contact do, said on the row. */
  function mergeNotesOf(row: ImportPreviewRow): string[] {
    const fieldName = (field: ImportField) => IMPORT_FIELD_LABELS[field][language];
    return [
      ...(row.mergedInto ? [t('import.merge.mergedInto', { row: row.mergedInto })] : []),
      ...(row.mergedRows
        ? [t('import.merge.rowsMerged', { rows: row.mergedRows.join(', '), count: row.mergedRows.length })]
        : []),
      ...(row.extraContacts
        ? [t('import.merge.extraContacts', { names: row.extraContacts.map((person) => person.name).join(', ') })]
        : []),
      ...(row.leftOut ?? []).map((cell) =>
        t('import.fix.leftOutShort', { cell: cellOf(cell.column, row.rowNumber), field: fieldName(cell.field) }),
      ),
      ...(row.corrected ? [t('import.fix.corrected', { fields: row.corrected.map(fieldName).join(', ') })] : []),
      ...(row.lastContact ? [t('import.merge.lastContact', { date: formatDate(row.lastContact) })] : []),
    ];
  }

  const statusLabel = (row: ImportPreviewRow) =>
    row.status !== 'similar'
      ? t(`io.status.${row.status}`)
      : similarChoiceOf(row, similarChoices).target === 'new'
        ? t('import.similar.status.new')
        : t('import.similar.status.merge');

  return (
    <>
      <div className="table-wrap">
        <table className="data-table" aria-label={t('io.import.preview')}>
          <thead>
            <tr>
              <th scope="col">{t('io.import.row')}</th>
              <th scope="col">{t('io.import.name')}</th>
              <th scope="col">{t('io.import.status')}</th>
              <th scope="col">{t('io.import.reasons')}</th>
              <th scope="col">{t('importLimits.importCutHeading')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <Fragment key={row.rowNumber}>
                <tr className={`import-row import-${row.status}`} data-status={row.status}>
                  <td>{row.rowNumber}</td>
                  <td>{row.name}</td>
                  <td>
                    <span className={`badge badge-${row.status}`}>{statusLabel(row)}</span>
                  </td>
                  <td>{notesOf(row).join('; ')}</td>
                  <td>
                    {isImportable(row) && row.overLimit.length > 0 && (
                      <input
                        type="checkbox"
                        aria-label={t('importLimits.importCut', { row: row.rowNumber })}
                        checked={isCutAccepted(row, acceptedCuts)}
                        onChange={() => onToggleCut(row)}
                      />
                    )}
                    {isImportable(row) && row.overLimit.length === 0 && (
                      <input
                        type="checkbox"
                        aria-label={t('io.import.skipRow', { row: row.rowNumber })}
                        checked={skipped.has(row.rowNumber)}
                        onChange={() => onToggleSkip(row.rowNumber)}
                      />
                    )}
                  </td>
                </tr>
                {((row.status === 'similar' && onSimilarChoice) || (row.leftOut && onCorrect)) && (
                  <tr className="import-row-detail">
                    <td colSpan={5}>
                      {row.status === 'similar' && onSimilarChoice && (
                        <SimilarMergePanel
                          row={row}
                          choice={similarChoiceOf(row, similarChoices)}
                          existing={existing}
                          onChange={(choice) => onSimilarChoice(row.rowNumber, choice)}
                        />
                      )}
                      {onCorrect &&
                        (row.leftOut ?? []).map((cell) => (
                          <LeftOutCellFix
                            key={cell.field}
                            rowNumber={row.rowNumber}
                            cell={cell}
                            cellName={cellOf(cell.column, row.rowNumber)}
                            onCorrect={(text) => onCorrect(row.rowNumber, cell.field, text)}
                          />
                        ))}
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN_ROWS && (
        <p className="muted">
          {t('io.import.moreRows', { shown: formatNumber(SHOWN_ROWS), total: formatNumber(rows.length) })}
        </p>
      )}
      {laterRowsWithNotes.length > 0 && (
        <p className="muted">
          {t('importLimits.moreRowsWithNotes', { count: Math.min(laterRowsWithNotes.length, SHOWN_ROWS_WITH_NOTES) })}
        </p>
      )}
    </>
  );
}
