import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { foldQuery, rankMatches, searchTextOf as rankableTextOf } from '../../shared/domain/nameRanking';
import { useT } from '../i18n/useT';
import { FoldedTexts } from './foldedTexts';
import './forms.css';

const MAX_SUGGESTIONS = 12;

export interface ComboboxItem {
  id: string;
  label: string;
  /** Shown after the label, e.g. the region or the organisation. */
  detail?: string;
  /** A short name ("Prefettura RM"): typed whole or from its start, it ranks first like the label. */
  shortName?: string;
  /** Extra text the search matches (cities, e-mails). */
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
  /**
   * Told the text typed in the box and not chosen from the list ('' once an item is chosen or
   * the box is emptied). A form that saves only chosen items uses it to refuse a save that would
   * drop a name left typed in full but never picked (Enter already refuses it, a click on Save
   * would not).
   */
  onUnchosenTextChange?(text: string): void;
}

/**
 * Chooses one record by typing part of its name (ARIA combobox with a listbox): a plain
 * <select> is unusable with thousands of records.
 */
export function Combobox({
  label,
  items,
  value,
  onChange,
  error,
  placeholder,
  autoFocus,
  onUnchosenTextChange,
}: ComboboxProps) {
  const id = useId();
  const chosen = items.find((item) => item.id === value);
  const [text, setText] = useState<string | null>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);

  // Folded once per item list, in the background from the start, not on a keystroke:
  // thousands of items stay quick to search.
  const haystacks = useMemo(() => foldedTextsOf(items), [items]);
  useEffect(() => haystacks.foldInBackground(), [haystacks]);
  // Exact name or short name first, then beginnings, word starts, substrings (nameRanking.ts).
  const suggestions = useMemo(() => {
    const query = foldQuery(text ?? '');
    if (query.words.length === 0) return items.slice(0, MAX_SUGGESTIONS);
    return rankMatches(items.length, (index) => haystacks.at(index), query, MAX_SUGGESTIONS).map(
      (index) => items[index]!,
    );
  }, [items, haystacks, text]);

  function choose(itemId: string) {
    onChange(itemId);
    setText(null);
    onUnchosenTextChange?.('');
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
    } else if (event.key === 'Enter' && hasTypedText) {
      // A name that matches nothing (or a list closed on it) is not a choice: Enter must not
      // submit the form around it as if it were (an action was saved with no targets so).
      event.preventDefault();
      setIsOpen(true);
    } else if (event.key === 'Escape' && isListShown) {
      // Close the list, not the dialog around it.
      event.preventDefault();
      event.stopPropagation();
      setIsOpen(false);
    }
  }

  const hasTypedText = text !== null && text.trim() !== '';
  const hasNoMatch = hasTypedText && suggestions.length === 0;
  const isListShown = isOpen && (suggestions.length > 0 || hasNoMatch);
  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  return (
    <div className={`field picker${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={isListShown}
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
          onUnchosenTextChange?.(event.target.value);
          setIsOpen(true);
          setActiveIndex(0);
          if (value) onChange('');
        }}
        // Opened by a click, typing or the Down arrow, not by focus alone: focus given back to
        // the box (a panel closed with Escape) or reached with Tab must not cover the page.
        onMouseDown={() => setIsOpen(true)}
        onBlur={() => setIsOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={label} className="picker-list" hidden={!isListShown}>
        {hasNoMatch && <NoMatchOption text={text ?? ''} />}
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

/** One folding per item list, shared by every box that shows the same list. */
const foldedByItems = new WeakMap<readonly ComboboxItem[], FoldedTexts>();

function foldedTextsOf(items: readonly ComboboxItem[]): FoldedTexts {
  let folded = foldedByItems.get(items);
  if (!folded) {
    folded = new FoldedTexts(items.length, (index) => searchTextOf(items[index]!));
    foldedByItems.set(items, folded);
  }
  return folded;
}

const searchTextOf = (item: ComboboxItem): string =>
  rankableTextOf({
    name: item.label,
    shortName: item.shortName,
    keywords: `${item.keywords ?? ''} ${item.detail ?? ''}`,
  });

/** Says that the typed text matches nothing, in the list's place, so Enter doing nothing is not a mystery. */
function NoMatchOption({ text }: { text: string }) {
  const { t } = useT();
  return (
    <li
      role="option"
      aria-disabled="true"
      aria-selected="false"
      className="picker-no-match muted"
      // Not a choice: a click leaves the focus, and the typed text, where they are.
      onMouseDown={(event) => event.preventDefault()}
    >
      {t('forms.picker.noMatch', { text })}
    </li>
  );
}
