import { useState } from 'react';
import type { Programme } from '../../../shared/domain/organisation';
import { useDatabase } from '../../data/useDatabase';
import { useProgrammes } from '../../data/useOrganisationQueries';
import { deleteProgramme, previewProgrammeDeletion } from '../../db/repositories/organisation';
import { useT } from '../../i18n/useT';
import { CardSection, ItemActions } from '../../ui/CardSection';
import { useUndoableChange } from '../../ui/useUndoableChange';
import { ConfirmReferenceDeletionDialog } from './ConfirmReferenceDeletionDialog';
import { ProgrammeFormDialog } from './ProgrammeFormDialog';
import { referenceDeletionText } from './referenceDeletionText';

type OpenDialog = { kind: 'create' } | { kind: 'edit' | 'delete'; programme: Programme } | null;

export function ProgrammesSection() {
  const words = useT();
  const { t } = words;
  const changeWithUndo = useUndoableChange();
  const database = useDatabase();
  const programmes = useProgrammes();
  const [dialog, setDialog] = useState<OpenDialog>(null);

  async function describeDeletion(programme: Programme): Promise<string> {
    return referenceDeletionText(words, await previewProgrammeDeletion(database, programme.id), {
      unused: t('programmes.deleteUnused'),
      changed: (records) => t('programmes.deleteUsage', { records }),
    });
  }

  async function remove(programme: Programme) {
    setDialog(null);
    await changeWithUndo(
      t('programmes.deleted', { name: programme.name }),
      async () => (await deleteProgramme(database, programme.id)).change,
    );
  }

  return (
    <CardSection
      title={t('programmes.title')}
      add={{ label: t('programmes.add'), onClick: () => setDialog({ kind: 'create' }) }}
    >
      <p className="muted">{t('programmes.intro')}</p>
      {programmes && programmes.length === 0 && <p>{t('programmes.empty')}</p>}
      <ul className="item-list organisation-list" aria-label={t('programmes.title')}>
        {programmes?.map((programme) => (
          <li key={programme.id}>
            <div>
              <strong>{programme.name}</strong>
              {programme.shortName && programme.shortName !== programme.name && (
                <span className="badge"> {programme.shortName}</span>
              )}
              {programme.description && <div className="muted">{programme.description}</div>}
            </div>
            <ItemActions
              editLabel={t('programmes.editOf', { name: programme.name })}
              deleteLabel={t('programmes.deleteOf', { name: programme.name })}
              onEdit={() => setDialog({ kind: 'edit', programme })}
              onDelete={() => setDialog({ kind: 'delete', programme })}
            />
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
    </CardSection>
  );
}
