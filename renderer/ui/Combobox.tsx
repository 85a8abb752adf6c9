import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { foldForMatching } from '../../shared/domain/regions';
import { FoldedTexts } from './foldedTexts';

const MAX_SUGGESTIONS = 12;

export interface ComboboxItem {
  id: string;
  label: string;
  /** Shown after the label, e.g. the region or the organisation. */
  detail?: string;
  /** Extra text the search matches (short names, cities). */
  keywords?: string;
}

interface ComboboxProps {
  label: string;
  items: readonly ComboboxItem[];
  /** The chosen item's id, or '' when none. */
  value: string;
  onChange(id: string): void;
  error?: string | undefined;
  placeholder?: string;
  autoFocus?: boolean;
}

/**
 * Chooses one record by typing part of its name (ARIA combobox with a listbox): a plain
 * <select> is unusable with thousands of records.
 */
export function Combobox({ label, items, value, onChange, error, placeholder, autoFocus }: ComboboxProps) {
  const id = useId();
  const chosen = items.find((item) => item.id === value);
  const [text, setText] = useState<string | null>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);

  // Folded once per item list, in the background from the start, not on a keystroke:
  // thousands of items stay quick to search.
  const haystacks = useMemo(() => new FoldedTexts(items.length, (index) => searchTextOf(items[index]!)), [items]);
  useEffect(() => haystacks.foldInBackground(), [haystacks]);
  const suggestions = useMemo(() => {
    const words = foldForMatching(text ?? '')
      .split(' ')
      .filter(Boolean);
    if (words.length === 0) return items.slice(0, MAX_SUGGESTIONS);
    const matches: ComboboxItem[] = [];
    for (let index = 0; index < items.length && matches.length < MAX_SUGGESTIONS; index += 1) {
      const haystack = haystacks.at(index);
      if (words.every((word) => haystack.includes(word))) matches.push(items[index]!);
    }
    return matches;
  }, [items, haystacks, text]);

  function choose(itemId: string) {
    onChange(itemId);
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
      // Close the list, not the dialog around it.
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
        value={text ?? chosen?.label ?? ''}
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
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        className="picker-list"
        hidden={!isOpen || suggestions.length === 0}
      >
        {suggestions.map((item, index) => (
          <li
            key={item.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className={index === activeIndex ? 'picker-option-active' : undefined}
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(item.id);
            }}
          >
            {item.label}
            {item.detail && <span className="muted"> · {item.detail}</span>}
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

const searchTextOf = (item: ComboboxItem): string => `${item.label} ${item.keywords ?? ''} ${item.detail ?? ''}`;
