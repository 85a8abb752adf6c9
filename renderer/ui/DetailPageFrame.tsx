import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { EmptyState } from './EmptyState';

/** Where a detail page leads back to: its list. */
export interface BackLink {
  href: string;
  label: string;
}

/** Shown when the record of a detail page is not there (deleted, or a stale link). */
export function RecordNotFound({ back, title }: { back: BackLink; title?: string }) {
  const { t } = useT();
  return (
    <div className="page">
      <EmptyState title={title ?? t('common.notFound')} actions={<a href={back.href}>{back.label}</a>} />
    </div>
  );
}

interface DetailPageFrameProps {
  /** Names the page for its own styles, next to `page`. */
  className: string;
  back: BackLink;
  title: string;
  /** Links or buttons before Edit and Delete (e.g. Show on map). */
  actions?: ReactNode;
  onEdit(): void;
  onDelete(): void;
  children: ReactNode;
}

/** A record's page: the way back to the list, its name, and Edit and Delete. */
export function DetailPageFrame({ className, back, title, actions, onEdit, onDelete, children }: DetailPageFrameProps) {
  const { t } = useT();
  return (
    <div className={`page ${className}`}>
      <a href={back.href}>← {back.label}</a>
      <div className="page-header">
        <h1>{title}</h1>
        <div className="page-actions">
          {actions}
          <button type="button" onClick={onEdit}>
            {t('common.edit')}
          </button>
          <button type="button" onClick={onDelete}>
            {t('common.delete')}
          </button>
        </div>
      </div>
      {children}
    </div>
  );
}
