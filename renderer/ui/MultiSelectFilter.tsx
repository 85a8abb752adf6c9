import type { Option } from './fields';

interface MultiSelectFilterProps {
  label: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange(selected: string[]): void;
}

/** A compact filter: a disclosure listing checkboxes; the summary says how many are on. */
export function MultiSelectFilter({ label, options, selected, onChange }: MultiSelectFilterProps) {
  const selectedSet = new Set(selected);
  const toggle = (value: string) =>
    onChange(selectedSet.has(value) ? selected.filter((item) => item !== value) : [...selected, value]);
  return (
    <details className="filter">
      <summary className={selected.length ? 'filter-active' : undefined}>
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
