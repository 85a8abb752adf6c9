import { useId, useRef } from 'react';
import type { AgreementParty } from '../../../shared/domain/agreement';
import { PARTY_ROLES, type PartyRole } from '../../../shared/domain/enums';
import { useStakeholdersByIds } from '../../data/useStakeholderQueries';
import { useT } from '../../i18n/useT';
import { StakeholderPicker } from '../../ui/StakeholderPicker';
import { addParty } from './agreementDraft';

interface PartiesEditorProps {
  parties: readonly AgreementParty[];
  onChange(parties: AgreementParty[]): void;
  /** For the list as a whole: too few parties, a duplicate. */
  error?: string | undefined;
  /** For one party, by its position in the list. */
  errorForParty(index: number): string | undefined;
  autoFocus?: boolean;
  /** The text typed in "Add a party" while it names no chosen stakeholder. */
  onUnchosenTextChange?(text: string): void;
}

/** The parties of an agreement: add a stakeholder by name, pick its role, remove it. */
export function PartiesEditor({
  parties,
  onChange,
  error,
  errorForParty,
  autoFocus,
  onUnchosenTextChange,
}: PartiesEditorProps) {
  const { t } = useT();
  const hintId = useId();
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const ids = parties.map((party) => party.stakeholderId);
  const stakeholders = useStakeholdersByIds(ids);
  // Until the answer for these ids comes, the previous one (for the list before the last
  // removal or addition) is what there is: its positions no longer match, its ids still do.
  const nameById = new Map(
    stakeholders?.flatMap((stakeholder) => (stakeholder ? [[stakeholder.id, stakeholder.name] as const] : [])),
  );
  const isAnswerForTheseIds =
    stakeholders !== undefined &&
    stakeholders.length === ids.length &&
    stakeholders.every((stakeholder, index) => stakeholder === undefined || stakeholder.id === ids[index]);
  const nameOf = (stakeholderId: string) =>
    nameById.get(stakeholderId) ?? (isAnswerForTheseIds ? t('agreements.missingParty') : t('common.loading'));

  const setRole = (index: number, role: PartyRole) =>
    onChange(parties.map((party, position) => (position === index ? { ...party, role } : party)));
  const remove = (index: number) => {
    onChange(parties.filter((_, position) => position !== index));
    // The removed row's button disappears with it: keep keyboard focus inside the editor.
    fieldsetRef.current?.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus();
  };

  return (
    <fieldset ref={fieldsetRef} className="field-wide agreement-fieldset" aria-describedby={hintId}>
      <legend>{t('agreements.field.parties')}</legend>
      <p id={hintId} className="field-hint">
        {t('agreements.partiesHint')}
      </p>
      {parties.length === 0 ? (
        <p className="muted">{t('agreements.noPartiesYet')}</p>
      ) : (
        <ol className="agreement-party-list">
          {parties.map((party, index) => {
            const name = nameOf(party.stakeholderId);
            const partyError = errorForParty(index);
            return (
              <li key={party.stakeholderId} className={partyError ? 'field-invalid' : undefined}>
                <span className="agreement-party-name">{name}</span>
                <select
                  aria-label={t('agreements.roleOf', { name })}
                  value={party.role}
                  onChange={(event) => setRole(index, event.target.value as PartyRole)}
                >
                  {PARTY_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {t(`partyRole.${role}`)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="button-small"
                  aria-label={t('agreements.removeParty', { name })}
                  onClick={() => remove(index)}
                >
                  ×
                </button>
                {partyError && <p className="field-error">{partyError}</p>}
              </li>
            );
          })}
        </ol>
      )}
      <StakeholderPicker
        label={t('agreements.field.addParty')}
        placeholder={t('agreements.field.addPartyPlaceholder')}
        value=""
        excludeIds={ids}
        error={error}
        autoFocus={autoFocus}
        onUnchosenTextChange={onUnchosenTextChange}
        onChange={(stakeholderId) => {
          // The picker only adds, and stays empty (and focused) for the next party.
          if (stakeholderId) onChange(addParty(parties, stakeholderId));
        }}
      />
    </fieldset>
  );
}
