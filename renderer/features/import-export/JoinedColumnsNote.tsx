import { columnName } from '../../../shared/io/columnNames';
import { cutToLimit } from '../../../shared/io/importCells';
import { useT } from '../../i18n/useT';
import type { ParsedSheet } from './parseProtocol';

/** A header as long as a cell can be would drown the note that names it. */
const HEADER_IN_NOTE = 60;

/**
 * Says which columns were read as one: a Trama export continues text longer than Excel
 * allows in the next columns ("Tags (continued)"), and the import joins them again — a
 * change to the sheet's columns that the user sees before mapping them.
 */
export function JoinedColumnsNote({ sheet }: { sheet: ParsedSheet }) {
  const { t } = useT();
  const joined = sheet.columns.flatMap((span, column) =>
    span.last > span.first
      ? [
          t('importLimits.joinedColumn', {
            header: cutToLimit(sheet.header.cells[column] ?? '', HEADER_IN_NOTE),
            columns: columnName(span),
          }),
        ]
      : [],
  );
  if (joined.length === 0) return null;
  return (
    <p className="notice" role="note" data-testid="import-joined-columns">
      {t('importLimits.joinedColumns', { columns: joined.join('; ') })}
    </p>
  );
}
