import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';

/** Items shown before a long list folds: a year of changes in a region can run to hundreds. */
export const FOLDED_LIST_SHOWN = 8;

/** A list that shows its first items and the rest on demand, saying how many there are. */
export function FoldedList<Item>({
  items,
  keyOf,
  render,
  labelledBy,
}: {
  items: readonly Item[];
  keyOf(item: Item): string;
  render(item: Item): ReactNode;
  labelledBy: string;
}) {
  const { t } = useT();
  const [isOpen, setIsOpen] = useState(false);
  const isLong = items.length > FOLDED_LIST_SHOWN;
  const shown = isLong && !isOpen ? items.slice(0, FOLDED_LIST_SHOWN) : items;
  return (
    <>
      <ul className="compare-days-list" aria-labelledby={labelledBy}>
        {shown.map((item) => (
          <li key={keyOf(item)}>{render(item)}</li>
        ))}
      </ul>
      {isLong && (
        <button type="button" className="compare-days-fold" aria-expanded={isOpen} onClick={() => setIsOpen(!isOpen)}>
          {isOpen ? t('history.compare.showFewer') : t('history.compare.showAll', { count: items.length })}
        </button>
      )}
    </>
  );
}
