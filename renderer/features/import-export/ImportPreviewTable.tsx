import type { ImportPreviewRow } from '../../../shared/io/importPreview';
import { useT } from '../../i18n/useT';

const SHOWN_ROWS = 200;

interface ImportPreviewTableProps {
  rows: readonly ImportPreviewRow[];
  skipped: ReadonlySet<number>;
  onToggleSkip(rowNumber: number): void;
}

/** Every row with what importing it would do and why; rows can be skipped one by one. */
export function ImportPreviewTable({ rows, skipped, onToggleSkip }: ImportPreviewTableProps) {
  const { t, tOr } = useT();
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
              <th scope="col">{t('io.import.skip')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN_ROWS).map((row) => (
              <tr key={row.rowNumber} className={`import-row import-${row.status}`} data-status={row.status}>
                <td>{row.rowNumber}</td>
                <td>{row.name}</td>
                <td>
                  <span className={`badge badge-${row.status}`}>{t(`io.status.${row.status}`)}</span>
                </td>
                <td>{row.reasons.map((reason) => tOr(`io.reason.${reason}`, reason)).join('; ')}</td>
                <td>
                  {(row.status === 'new' || row.status === 'update') && (
                    <input type="checkbox" aria-label={t('io.import.skipRow', { row: row.rowNumber })} checked={skipped.has(row.rowNumber)} onChange={() => onToggleSkip(row.rowNumber)} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN_ROWS && <p className="muted">{t('io.import.moreRows', { shown: SHOWN_ROWS, total: rows.length })}</p>}
    </>
  );
}
