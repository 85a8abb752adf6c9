import type { TableName } from '../../db/schema';
import { useT } from '../../i18n/useT';

const GONE_MESSAGES: Partial<
  Record<TableName, 'recordGone.stakeholders' | 'recordGone.contacts' | 'recordGone.relationships'>
> = {
  stakeholders: 'recordGone.stakeholders',
  contacts: 'recordGone.contacts',
  relationships: 'recordGone.relationships',
};

/** Says, at the top of a form, that its record was deleted meanwhile; closing asks nothing more. */
export function RecordGoneNote({ table, onClose }: { table: TableName; onClose(): void }) {
  const { t } = useT();
  return (
    <div className="field-wide" role="alert">
      <p className="field-error">{t(GONE_MESSAGES[table] ?? 'recordGone.record')}</p>
      <button type="button" onClick={onClose}>
        {t('recordGone.close')}
      </button>
    </div>
  );
}
