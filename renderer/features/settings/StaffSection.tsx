import { useState } from 'react';
import type { StaffMember } from '../../../shared/domain/organisation';
import { useDatabase } from '../../data/useDatabase';
import { useStaff } from '../../data/useOrganisationQueries';
import { deleteStaffMember, previewStaffDeletion, updateStaffMember } from '../../db/repositories/organisation';
import { useT } from '../../i18n/useT';
import { CardSection, ItemActions } from '../../ui/CardSection';
import { useUndoableChange } from '../../ui/useUndoableChange';
import { ConfirmReferenceDeletionDialog } from './ConfirmReferenceDeletionDialog';
import { referenceDeletionText } from './referenceDeletionText';
import { StaffFormDialog } from './StaffFormDialog';

type OpenDialog = { kind: 'create' } | { kind: 'edit' | 'delete'; member: StaffMember } | null;

export function StaffSection() {
  const words = useT();
  const { t } = words;
  const changeWithUndo = useUndoableChange();
  const database = useDatabase();
  const staff = useStaff();
  const [dialog, setDialog] = useState<OpenDialog>(null);

  async function describeDeletion(member: StaffMember): Promise<string> {
    return referenceDeletionText(words, await previewStaffDeletion(database, member.id), {
      unused: t('staff.deleteUnused', { name: member.name }),
      changed: (records) => t('staff.deleteUsage', { name: member.name, records }),
    });
  }

  async function remove(member: StaffMember) {
    setDialog(null);
    await changeWithUndo(
      t('staff.deleted', { name: member.name }),
      async () => (await deleteStaffMember(database, member.id)).change,
    );
  }

  async function deactivate(member: StaffMember) {
    setDialog(null);
    await changeWithUndo(
      t('staff.deactivated', { name: member.name }),
      async () => (await updateStaffMember(database, member.id, { ...member, isActive: false })).change,
    );
  }

  return (
    <CardSection title={t('staff.title')} add={{ label: t('staff.add'), onClick: () => setDialog({ kind: 'create' }) }}>
      <p className="muted">{t('staff.intro')}</p>
      {staff && staff.length === 0 && <p>{t('staff.empty')}</p>}
      <ul className="item-list organisation-list" aria-label={t('staff.title')}>
        {staff?.map((member) => (
          <li key={member.id}>
            <div>
              <strong>{member.name}</strong>
              {!member.isActive && <span className="badge"> {t('staff.inactive')}</span>}
              {member.role && <div className="muted">{member.role}</div>}
              {member.email && (
                <div>
                  <a href={`mailto:${member.email}`}>{member.email}</a>
                </div>
              )}
            </div>
            <ItemActions
              editLabel={t('staff.editOf', { name: member.name })}
              deleteLabel={t('staff.deleteOf', { name: member.name })}
              onEdit={() => setDialog({ kind: 'edit', member })}
              onDelete={() => setDialog({ kind: 'delete', member })}
            />
          </li>
        ))}
      </ul>
      {dialog?.kind === 'create' && <StaffFormDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <StaffFormDialog member={dialog.member} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && (
        <ConfirmReferenceDeletionDialog
          title={t('staff.deleteTitle', { name: dialog.member.name })}
          describe={() => describeDeletion(dialog.member)}
          alternative={
            dialog.member.isActive
              ? {
                  hint: t('staff.deactivateHint', { name: dialog.member.name }),
                  label: t('staff.deactivateInstead'),
                  onChoose: () => void deactivate(dialog.member),
                }
              : undefined
          }
          onClose={() => setDialog(null)}
          onConfirm={() => void remove(dialog.member)}
        />
      )}
    </CardSection>
  );
}
