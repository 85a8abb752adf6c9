import { useId, type ChangeEvent } from 'react';
import { DateField } from './DateField';
import { FieldFrame } from './FieldFrame';

// Form controls that always carry a visible label and show their error next to them (FieldFrame).

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  hint?: string | undefined;
  type?: 'text' | 'email' | 'url' | 'date' | 'tel' | 'search' | 'number' | 'password';
  isRequired?: boolean;
  autoFocus?: boolean;
  placeholder?: string;
  className?: string;
  min?: number;
  max?: number;
}

export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  type = 'text',
  isRequired,
  autoFocus,
  placeholder,
  className,
  min,
  max,
}: TextFieldProps) {
  // Ours, not the browser's: a native date input follows the browser's locale, not the app's language.
  if (type === 'date')
    return (
      <DateField
        label={label}
        value={value}
        onChange={onChange}
        error={error}
        hint={hint}
        isRequired={isRequired}
        autoFocus={autoFocus}
        className={className}
      />
    );
  return (
    <FieldFrame label={label} error={error} hint={hint} className={className}>
      {({ inputId, describedBy, isInvalid }) => (
        <input
          id={inputId}
          type={type}
          value={value}
          required={isRequired}
          autoFocus={autoFocus}
          placeholder={placeholder}
          min={min}
          max={max}
          aria-invalid={isInvalid || undefined}
          aria-describedby={describedBy}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

export function TextAreaField({
  label,
  value,
  onChange,
  error,
  hint,
  rows = 3,
}: Omit<TextFieldProps, 'type'> & { rows?: number }) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {({ inputId, describedBy, isInvalid }) => (
        <textarea
          id={inputId}
          value={value}
          rows={rows}
          aria-invalid={isInvalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly Option[];
  onChange(value: string): void;
  error?: string | undefined;
  hint?: string | undefined;
  className?: string;
}

export function SelectField({ label, value, options, onChange, error, hint, className }: SelectFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} className={className}>
      {({ inputId, describedBy, isInvalid }) => (
        <select
          id={inputId}
          value={value}
          aria-invalid={isInvalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export function CheckboxField({
  label,
  isChecked,
  onChange,
}: {
  label: string;
  isChecked: boolean;
  onChange(value: boolean): void;
}) {
  const inputId = useId();
  return (
    <div className="field field-checkbox">
      <input id={inputId} type="checkbox" checked={isChecked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={inputId}>{label}</label>
    </div>
  );
}

interface CheckboxGroupFieldProps {
  label: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  className?: string;
  /** Lays a long list out in columns. */
  isInColumns?: boolean;
}

/** Any number of options ticked under one legend (regions, programmes). */
export function CheckboxGroupField({
  label,
  options,
  selected,
  onChange,
  className = 'field field-wide',
  isInColumns = false,
}: CheckboxGroupFieldProps) {
  const toggle = (value: string, isOn: boolean) =>
    onChange(isOn ? [...selected, value] : selected.filter((item) => item !== value));
  const checkboxes = options.map((option) => (
    <label key={option.value} className="filter-option">
      <input
        type="checkbox"
        checked={selected.includes(option.value)}
        onChange={(event) => toggle(option.value, event.target.checked)}
      />
      {option.label}
    </label>
  ));
  return (
    <fieldset className={className}>
      <legend>{label}</legend>
      {isInColumns ? <div className="checkbox-columns">{checkboxes}</div> : checkboxes}
    </fieldset>
  );
}
