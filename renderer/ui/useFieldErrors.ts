import { useCallback, useState } from 'react';
import { ValidationError } from '../../shared/domain/validation';
import { useT } from '../i18n/useT';

/**
 * Holds a form's validation errors by field and translates reason codes. `capture`
 * returns true when the error was a validation error (shown next to the fields).
 */
export function useFieldErrors() {
  const { t, tOr } = useT();
  const [errors, setErrors] = useState<Record<string, string>>({});

  const capture = useCallback((error: unknown): boolean => {
    if (!(error instanceof ValidationError)) return false;
    setErrors(error.byField());
    return true;
  }, []);

  const errorFor = useCallback(
    (field: string): string | undefined => {
      const reason = errors[field];
      return reason === undefined ? undefined : tOr(`validation.${reason}`, t('validation.invalid'));
    },
    [errors, t, tOr],
  );

  const clear = useCallback(() => setErrors({}), []);

  return { errors, errorFor, capture, clear };
}
