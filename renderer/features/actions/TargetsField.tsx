import { useStakeholdersByIds } from '../../data/useStakeholderQueries';
import { useT } from '../../i18n/useT';
import { StakeholderPicker } from '../../ui/StakeholderPicker';

interface TargetsFieldProps {
  targetIds: readonly string[];
  onAdd(stakeholderId: string): void;
  onRemove(stakeholderId: string): void;
  /** Told the name typed in the picker and not chosen (see Combobox). */
  onUnchosenTextChange(text: string): void;
  error?: string | undefined;
}

/** The stakeholders an action addresses: chosen one at a time by name, shown as removable chips. */
export function TargetsField({ targetIds, onAdd, onRemove, onUnchosenTextChange, error }: TargetsFieldProps) {
  const { t } = useT();
  const targets = useStakeholdersByIds(targetIds);
  // By id, not by position: right after a removal the names read are still those of the ids before it.
  const nameById = new Map(
    (targets ?? []).flatMap((stakeholder) => (stakeholder ? [[stakeholder.id, stakeholder.name] as const] : [])),
  );
  return (
    <fieldset className="form-section field-wide">
      <legend>{t('actions.field.targets')}</legend>
      <StakeholderPicker
        label={t('actions.field.addTarget')}
        placeholder={t('actions.field.addTargetPlaceholder')}
        value=""
        excludeIds={targetIds}
        onChange={(stakeholderId) => stakeholderId && onAdd(stakeholderId)}
        onUnchosenTextChange={onUnchosenTextChange}
        error={error}
      />
      {targetIds.length === 0 ? (
        <p className="muted">{t('actions.field.noTargets')}</p>
      ) : (
        <ul className="chip-list" aria-label={t('actions.field.targets')}>
          {targetIds.map((id) => {
            const name = nameById.get(id) ?? '…';
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
