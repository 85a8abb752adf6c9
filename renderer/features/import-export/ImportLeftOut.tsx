import { useT } from '../../i18n/useT';
import { PARSE_LIMITS } from './parseProtocol';

interface ImportLeftOutProps {
  /** Data rows after the last row read: the file has more than Trama imports at a time. */
  rowsOverCap: number;
  lastRowRead: number;
  /** Rows with a cell longer than its field takes, not accepted to be imported cut. */
  overLimitRows: number;
}

/** The line of the preview's counts for rows left out because of Trama's limits. */
export function ImportLeftOut({ rowsOverCap, lastRowRead, overLimitRows }: ImportLeftOutProps) {
  const { t, formatNumber } = useT();
  if (rowsOverCap + overLimitRows === 0) return null;
  return (
    <p data-testid="import-left-out">
      {[
        t('importLimits.leftOut', { count: formatNumber(rowsOverCap + overLimitRows) }),
        rowsOverCap > 0 && t('importLimits.leftOut.rows', { count: formatNumber(rowsOverCap), row: formatNumber(lastRowRead), max: formatNumber(PARSE_LIMITS.maxRows) }),
        overLimitRows > 0 && t('importLimits.leftOut.cells', { count: formatNumber(overLimitRows) }),
      ]
        .filter(Boolean)
        .join(' ')}
    </p>
  );
}
