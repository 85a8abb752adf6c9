import { useEffect, useRef, useState } from 'react';
import type { Option } from './fields';

interface MultiSelectFilterProps {
  label: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange(selected: string[]): void;
}

/**
 * A compact filter: a disclosure listing checkboxes; the summary says how many are on.
 * Its list floats over the page (over the map, on the map page), so it closes as a menu
 * does: on Escape, focus back on its button, and on a click anywhere outside it.
 */
export function MultiSelectFilter({ label, options, selected, onChange }: MultiSelectFilterProps) {
  const [isOpen, setIsOpen] = useState(false);
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const summaryRef = useRef<HTMLElement>(null);
  const selectedSet = new Set(selected);
  const toggle = (value: string) =>
    onChange(selectedSet.has(value) ? selected.filter((item) => item !== value) : [...selected, value]);

  useEffect(
    function closeOnPointerOutside() {
      if (!isOpen) return;
      const closeIfOutside = (event: PointerEvent) => {
        if (event.target instanceof Node && detailsRef.current?.contains(event.target)) return;
        setIsOpen(false);
      };
      document.addEventListener('pointerdown', closeIfOutside, true);
      return () => document.removeEventListener('pointerdown', closeIfOutside, true);
    },
    [isOpen],
  );

  return (
    <details
      ref={detailsRef}
      className="filter"
      open={isOpen}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !isOpen) return;
        // Only this list closes: the map's side panel, say, stays open.
        event.stopPropagation();
        setIsOpen(false);
        summaryRef.current?.focus();
      }}
    >
      <summary
        ref={summaryRef}
        className={selected.length ? 'filter-active' : undefined}
        onClick={(event) => {
          // The state, not the browser, opens and closes the list, so both always agree.
          event.preventDefault();
          setIsOpen(!isOpen);
        }}
      >
        {label}
        {selected.length > 0 && <span className="filter-count"> ({selected.length})</span>}
      </summary>
      <fieldset className="filter-options">
        <legend className="visually-hidden">{label}</legend>
        {options.map((option) => (
          <label key={option.value} className="filter-option">
            <input type="checkbox" checked={selectedSet.has(option.value)} onChange={() => toggle(option.value)} />
            {option.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
