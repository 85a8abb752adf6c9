import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Programme } from '../../../shared/domain/organisation';
import { db } from '../../db/db';
import { deleteProgramme, listProgrammes, previewProgrammeDeletion } from '../../db/repositories/organisation';
import { useT } from '../../i18n/useT';
import { useUndoableChange } from '../../ui/useUndoableChange';
import { ConfirmReferenceDeletionDialog } from './ConfirmReferenceDeletionDialog';
import { ProgrammeFormDialog } from './ProgrammeFormDialog';

type OpenDialog = { kind: 'create' } | { kind: 'edit' | 'delete'; programme: Programme } | null;

export function ProgrammesSection() {
  const { t, tn } = useT();
  const changeWithUndo = useUndoableChange();
  const programmes = useLiveQuery(() => listProgrammes(db), []);
  const [dialog, setDialog] = useState<OpenDialog>(null);

  async function describeDeletion(programme: Programme): Promise<string> {
    const usage = await previewProgrammeDeletion(db, programme.id);
    if (usage.actions + usage.agreements + usage.stakeholders === 0) return t('programmes.deleteUnused');
    return t('programmes.deleteUsage', {
      stakeholders: tn('programmes.stakeholderCount', usage.stakeholders),
      agreements: tn('programmes.agreementCount', usage.agreements),
      actions: tn('programmes.actionCount', usage.actions),
    });
  }

  async function remove(programme: Programme) {
    setDialog(null);
    await changeWithUndo(t('programmes.deleted', { name: programme.name }), async () => (await deleteProgramme(db, programme.id)).change);
  }

  return (
    <section className="card" aria-labelledby="programmes-heading">
      <div className="section-header">
        <h2 id="programmes-heading">{t('programmes.title')}</h2>
        <button type="button" className="button-small" onClick={() => setDialog({ kind: 'create' })}>
          {t('programmes.add')}
        </button>
      </div>
      <p className="muted">{t('programmes.intro')}</p>
      {programmes && programmes.length === 0 && <p>{t('programmes.empty')}</p>}
      <ul className="item-list organisation-list" aria-label={t('programmes.title')}>
        {programmes?.map((programme) => (
          <li key={programme.id}>
            <div>
              <strong>{programme.name}</strong>
              {programme.shortName && programme.shortName !== programme.name && <span className="badge"> {programme.shortName}</span>}
              {programme.description && <div className="muted">{programme.description}</div>}
            </div>
            <div className="item-actions">
              <button type="button" className="button-small" aria-label={t('programmes.editOf', { name: programme.name })} onClick={() => setDialog({ kind: 'edit', programme })}>
                {t('common.edit')}
              </button>
              <button type="button" className="button-small" aria-label={t('programmes.deleteOf', { name: programme.name })} onClick={() => setDialog({ kind: 'delete', programme })}>
                {t('common.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {dialog?.kind === 'create' && <ProgrammeFormDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <ProgrammeFormDialog programme={dialog.programme} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && (
        <ConfirmReferenceDeletionDialog
          title={t('programmes.deleteTitle', { name: dialog.programme.name })}
          describe={() => describeDeletion(dialog.programme)}
          onClose={() => setDialog(null)}
          onConfirm={() => void remove(dialog.programme)}
        />
      )}
    </section>
  );
}
