import { useT } from '../../i18n/useT';
import { PARSE_LIMITS, type ParsedSheet } from './parseProtocol';
import { rowsLeftOutOf } from './rowsLeftOut';

/**
 * What the preview says before anything is mapped about the rows and text the file holds
 * beyond what Trama read: rows past the row cap (counted, or bounded by the size a sheet
 * states), and bytes of a text file read as Windows-1252.
 */
export function ImportFileNotices({ sheet }: { sheet: ParsedSheet }) {
  const { t, tn, formatNumber } = useT();
  const { counted, unread, lastRowRead } = rowsLeftOutOf(sheet);
  const max = formatNumber(PARSE_LIMITS.maxRows);
  const lastRow = String(lastRowRead);
  const preview = tn('importLimits.previewHolds', sheet.rows.length, { lastRow });
  const notices: string[] = [];
  if (unread && unread.atMost !== null) {
    const upTo = counted + unread.atMost;
    notices.push(
      tn('importLimits.rowsNotRead', upTo, {
        toRow: String(unread.toRow),
        lastScanned: String(unread.belowRow),
        max,
        preview,
        lastRow,
      }),
    );
  } else if (unread) {
    notices.push(t('importLimits.rowsMayFollow', { lastScanned: String(unread.belowRow), max, preview, lastRow }));
  } else if (counted > 0) {
    notices.push(
      tn('importLimits.rowsOverCap', counted, {
        total: formatNumber(sheet.totalRows),
        max,
        shown: formatNumber(sheet.rows.length),
        lastRow,
      }),
    );
  }
  if (sheet.windows1252Bytes) notices.push(tn('importLimits.windows1252', sheet.windows1252Bytes));
  return notices.map((notice) => (
    <p key={notice} className="notice" role="note">
      {notice}
    </p>
  ));
}
