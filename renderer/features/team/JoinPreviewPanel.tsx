import { useState } from 'react';
import { useAppState } from '../../data/useMetaQueries';
import { useT } from '../../i18n/useT';
import type { JoinPreview } from '../../sync/joinPreview';
import { useTeamSync } from './useTeamSync';

/** Before a laptop with records joins: per table, what arrives, what is sent, what both hold. */
export function JoinPreviewPanel({ preview, team }: { preview: JoinPreview; team: string }) {
  const { t, formatNumber } = useT();
  const { confirmJoin, leave } = useTeamSync();
  const hasSample = useAppState()?.hasSample ?? false;
  const [isJoining, setIsJoining] = useState(false);
  const shown = preview.tables.filter((row) => row.arriving + row.sending + row.same + row.differing > 0);

  async function confirm() {
    setIsJoining(true);
    try {
      await confirmJoin();
    } finally {
      setIsJoining(false);
    }
  }

  return (
    <div className="join-preview">
      <p>{t('team.preview.intro', { team })}</p>
      <table className="data-table">
        <caption>{t('team.preview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('team.preview.table')}</th>
            <th scope="col">{t('team.preview.arriving')}</th>
            <th scope="col">{t('team.preview.sending')}</th>
            <th scope="col">{t('team.preview.same')}</th>
            <th scope="col">{t('team.preview.differing')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.table}>
              <th scope="row">{t(`restore.table.${row.table}`)}</th>
              <td>{formatNumber(row.arriving)}</td>
              <td>{formatNumber(row.sending)}</td>
              <td>{formatNumber(row.same)}</td>
              <td>{formatNumber(row.differing)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.tables.some((row) => row.differing > 0) && <p>{t('team.preview.differingNote')}</p>}
      {hasSample && <p role="alert">{t('team.preview.sample')}</p>}
      <div className="item-actions">
        <button type="button" onClick={() => void leave()}>
          {t('common.cancel')}
        </button>
        <button type="button" disabled={hasSample || isJoining} onClick={() => void confirm()}>
          {t('team.preview.confirm')}
        </button>
      </div>
    </div>
  );
}
