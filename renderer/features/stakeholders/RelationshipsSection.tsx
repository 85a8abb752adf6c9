import { useState } from 'react';
import type { Relationship } from '../../../shared/domain/relationship';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useNotify } from '../../app/notifications/useNotify';
import { routeHref } from '../../app/route';
import { useToday } from '../../app/useToday';
import { useDatabase } from '../../data/useDatabase';
import { useRelationshipsFrom } from '../../data/useRelationshipQueries';
import { deleteRelationship } from '../../db/repositories/relationships';
import { useT } from '../../i18n/useT';
import { CardSection, ItemActions } from '../../ui/CardSection';
import { FoldedText } from '../../ui/FoldedText';
import { tieStatusOnDay } from '../../../shared/analysis/activeOnDay';
import { RelationshipFormDialog } from './RelationshipFormDialog';
import { useTieStatusWords } from './tieStatusOnDay';

export function RelationshipsSection({ stakeholder }: { stakeholder: Stakeholder }) {
  const { t, tOr, formatDate } = useT();
  const { notify, notifyError } = useNotify();
  const database = useDatabase();
  const data = useRelationshipsFrom(stakeholder.id);
  const today = useToday();
  const statusWords = useTieStatusWords();
  const [editing, setEditing] = useState<Relationship | 'new' | null>(null);

  async function remove(relationship: Relationship) {
    try {
      notify({ message: t('relationship.deleted'), undo: await deleteRelationship(database, relationship.id) });
    } catch (error) {
      notifyError(error);
    }
  }

  function arrowOf(relationship: Relationship): string {
    if (!relationship.isDirected) return t('detail.undirected');
    return relationship.sourceId === stakeholder.id ? t('detail.directedTo') : t('detail.directedFrom');
  }

  return (
    <CardSection
      title={t('detail.relationships')}
      add={{ label: t('detail.addRelationship'), onClick: () => setEditing('new') }}
    >
      {data && data.length === 0 && <p className="muted">{t('detail.noRelationships')}</p>}
      <ul className="item-list">
        {data?.map(({ relationship, other }) => {
          const status = tieStatusOnDay(relationship, today);
          return (
            <li key={relationship.id} className={status.kind !== 'active' ? 'muted' : undefined}>
              <div>
                <span className="badge">{tOr(`relationshipType.${relationship.type}`, relationship.type)}</span>{' '}
                {arrowOf(relationship)}{' '}
                {other ? <a href={routeHref({ section: 'stakeholders', id: other.id })}>{other.name}</a> : '—'}
                <div className="muted">
                  {t('detail.strength', { strength: relationship.strength })} · {statusWords(status)}
                  {/* A tie starting later already says from when. */}
                  {relationship.since &&
                    status.kind !== 'starts-later' &&
                    ` · ${t('detail.since', { date: formatDate(relationship.since) })}`}
                  {relationship.until &&
                    ` · ${t(relationship.until < today ? 'forms.relationship.ended' : 'forms.relationship.until', {
                      date: formatDate(relationship.until),
                    })}`}
                </div>
                {relationship.notes && <FoldedText text={relationship.notes} as="div" />}
              </div>
              <ItemActions
                editLabel={t('relationship.editOf', { name: other?.name ?? '' })}
                deleteLabel={t('relationship.deleteOf', { name: other?.name ?? '' })}
                onEdit={() => setEditing(relationship)}
                onDelete={() => void remove(relationship)}
              />
            </li>
          );
        })}
      </ul>
      {editing && (
        <RelationshipFormDialog
          stakeholder={stakeholder}
          relationship={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </CardSection>
  );
}
