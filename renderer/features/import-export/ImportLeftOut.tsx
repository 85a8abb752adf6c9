import { useT } from '../../i18n/useT';
import { PARSE_LIMITS } from './parseProtocol';
import { mostRowsLeftOut, type RowsLeftOut } from './rowsLeftOut';

interface ImportLeftOutProps {
  /** Rows past the row cap: counted, and those below the rows read. */
  rows: RowsLeftOut;
  /** Rows with a cell longer than its field takes, not accepted to be imported cut. */
  overLimitRows: number;
}

/** The line of the preview's counts for rows left out because of Trama's limits. */
export function ImportLeftOut({ rows, overLimitRows }: ImportLeftOutProps) {
  const { t, tn, formatNumber } = useT();
  const { counted, unread, lastRowRead } = rows;
  const most = mostRowsLeftOut(rows);
  const total = (most ?? counted) + overLimitRows;
  if (total <= 0 && !unread) return null;
  const max = formatNumber(PARSE_LIMITS.maxRows);
  const isBound = unread !== null && unread.atMost !== null && unread.atMost > 0;
  return (
    <p data-testid="import-left-out">
      {[
        total > 0 && tn(isBound ? 'importLimits.leftOut.upTo' : 'importLimits.leftOut', total),
        counted > 0 && t('importLimits.leftOut.rows', { count: formatNumber(counted), row: String(lastRowRead), max }),
        isBound &&
          t('importLimits.leftOut.unread', { count: formatNumber(unread.atMost ?? 0), row: String(unread.belowRow) }),
        unread?.atMost === null && t('importLimits.leftOut.unknown', { row: String(unread.belowRow) }),
        overLimitRows > 0 && t('importLimits.leftOut.cells', { count: formatNumber(overLimitRows) }),
      ]
        .filter(Boolean)
        .join(' ')}
    </p>
  );
}
