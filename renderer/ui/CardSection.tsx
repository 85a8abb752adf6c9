import { useId, type ReactNode } from 'react';
import { useT } from '../i18n/useT';

interface CardSectionProps {
  title: string;
  /** The button beside the title that adds a record to the section. */
  add: { label: string; onClick(): void };
  children: ReactNode;
}

/** A card of a page, named by its heading, with an Add button beside the heading. */
export function CardSection({ title, add, children }: CardSectionProps) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="button-small" onClick={add.onClick}>
          {add.label}
        </button>
      </div>
      {children}
    </section>
  );
}

interface ItemActionsProps {
  /** Accessible names naming the item, e.g. "Edit Paola Esempio". */
  editLabel: string;
  deleteLabel: string;
  onEdit(): void;
  onDelete(): void;
}

/** Edit and Delete for one item of a list; their names say which item. */
export function ItemActions({ editLabel, deleteLabel, onEdit, onDelete }: ItemActionsProps) {
  const { t } = useT();
  return (
    <div className="item-actions">
      <button type="button" className="button-small" aria-label={editLabel} onClick={onEdit}>
        {t('common.edit')}
      </button>
      <button type="button" className="button-small" aria-label={deleteLabel} onClick={onDelete}>
        {t('common.delete')}
      </button>
    </div>
  );
}
