import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { foldForMatching } from '../../../shared/domain/regions';
import { db } from '../../db/db';
import { useT } from '../../i18n/useT';

const MAX_SUGGESTIONS = 12;

interface StakeholderPickerProps {
  label: string;
  /** The chosen stakeholder's id, or '' when none. */
  value: string;
  onChange(stakeholderId: string): void;
  excludeIds?: readonly string[];
  error?: string | undefined;
  placeholder?: string;
  autoFocus?: boolean;
}

/**
 * Chooses one stakeholder by typing part of its name (ARIA combobox with a listbox):
 * a plain <select> is unusable with thousands of stakeholders.
 */
export function StakeholderPicker({ label, value, onChange, excludeIds = [], error, placeholder, autoFocus }: StakeholderPickerProps) {
  const { t } = useT();
  const id = useId();
  const stakeholders = useLiveQuery(() => db.stakeholders.orderBy('name').toArray(), []) ?? [];
  const chosen = stakeholders.find((stakeholder) => stakeholder.id === value);
  const [text, setText] = useState<string | null>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const shownText = text ?? chosen?.name ?? '';

  const suggestions = useMemo(() => {
    const excluded = new Set(excludeIds);
    const words = foldForMatching(text ?? '').split(' ').filter(Boolean);
    return stakeholders
      .filter((stakeholder) => !excluded.has(stakeholder.id))
      .filter((stakeholder) => {
        const haystack = foldForMatching(`${stakeholder.name} ${stakeholder.shortName} ${stakeholder.city}`);
        return words.every((word) => haystack.includes(word));
      })
      .slice(0, MAX_SUGGESTIONS);
  }, [stakeholders, excludeIds, text]);

  function choose(stakeholderId: string) {
    onChange(stakeholderId);
    setText(null);
    setIsOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setIsOpen(true);
      setActiveIndex((index) => Math.min(index + 1, suggestions.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActiveIndex((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && isOpen && suggestions[activeIndex]) {
      event.preventDefault();
      choose(suggestions[activeIndex].id);
    } else if (event.key === 'Escape' && isOpen) {
      event.preventDefault();
      event.stopPropagation();
      setIsOpen(false);
    }
  }

  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  return (
    <div className={`field picker${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-activedescendant={isOpen && suggestions[activeIndex] ? `${listId}-${activeIndex}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        autoComplete="off"
        autoFocus={autoFocus}
        placeholder={placeholder}
        value={shownText}
        onChange={(event) => {
          setText(event.target.value);
          setIsOpen(true);
          setActiveIndex(0);
          if (value) onChange('');
        }}
        onFocus={() => setIsOpen(true)}
        onBlur={() => setIsOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={label} className="picker-list" hidden={!isOpen || suggestions.length === 0}>
        {suggestions.map((stakeholder, index) => (
          <li
            key={stakeholder.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className={index === activeIndex ? 'picker-option-active' : undefined}
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(stakeholder.id);
            }}
          >
            {stakeholder.name}
            {stakeholder.region && <span className="muted"> · {t(`region.${stakeholder.region}`)}</span>}
          </li>
        ))}
      </ul>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
