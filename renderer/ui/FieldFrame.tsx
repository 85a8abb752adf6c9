import { useId, type ReactNode } from 'react';

// Form controls always carry a visible label and show their error next to them, linked with
// aria-describedby so screen readers announce it with the field.

export interface FieldFrameProps {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: (ids: { inputId: string; describedBy: string | undefined; isInvalid: boolean }) => ReactNode;
  className?: string | undefined;
}

export function FieldFrame({ label, error, hint, children, className }: FieldFrameProps) {
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={inputId}>{label}</label>
      {children({ inputId, describedBy, isInvalid: Boolean(error) })}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
