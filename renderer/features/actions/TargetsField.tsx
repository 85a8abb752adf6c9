import { useStakeholdersByIds } from '../../data/useStakeholderQueries';
import { useT } from '../../i18n/useT';
import { StakeholderPicker } from '../../ui/StakeholderPicker';

interface TargetsFieldProps {
  targetIds: readonly string[];
  onAdd(stakeholderId: string): void;
  onRemove(stakeholderId: string): void;
}

/** The stakeholders an action addresses: chosen one at a time by name, shown as removable chips. */
export function TargetsField({ targetIds, onAdd, onRemove }: TargetsFieldProps) {
  const { t } = useT();
  const targets = useStakeholdersByIds(targetIds);
  return (
    <fieldset className="form-section field-wide">
      <legend>{t('actions.field.targets')}</legend>
      <StakeholderPicker
        label={t('actions.field.addTarget')}
        placeholder={t('actions.field.addTargetPlaceholder')}
        value=""
        excludeIds={targetIds}
        onChange={(stakeholderId) => stakeholderId && onAdd(stakeholderId)}
      />
      {targetIds.length === 0 ? (
        <p className="muted">{t('actions.field.noTargets')}</p>
      ) : (
        <ul className="chip-list" aria-label={t('actions.field.targets')}>
          {targetIds.map((id, index) => {
            const name = targets?.[index]?.name ?? '…';
            return (
              <li key={id} className="chip">
                <span>{name}</span>
                <button type="button" aria-label={t('actions.remove', { name })} onClick={() => onRemove(id)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
