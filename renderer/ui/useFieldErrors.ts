import { useCallback, useState } from 'react';
import { ValidationError, type FieldLimit } from '../../shared/domain/validation';
import { useT } from '../i18n/useT';

/**
 * Holds a form's validation errors by field and translates reason codes. `capture`
 * returns true when the error was a validation error (shown next to the fields).
 */
export function useFieldErrors() {
  const { t, tOr } = useT();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [limits, setLimits] = useState<Record<string, FieldLimit>>({});

  const capture = useCallback((error: unknown): boolean => {
    if (!(error instanceof ValidationError)) return false;
    setErrors(error.byField());
    setLimits(error.limitsByField());
    return true;
  }, []);

  const errorFor = useCallback(
    (field: string): string | undefined => {
      const reason = errors[field];
      if (reason === undefined) return undefined;
      const limit = Object.hasOwn(limits, field) ? limits[field] : undefined;
      if (limit) return t(LIMIT_MESSAGES[limit.of], { max: limit.maximum });
      return tOr(`validation.${reason}`, t('validation.invalid'));
    },
    [errors, limits, t, tOr],
  );

  const clear = useCallback(() => {
    setErrors({});
    setLimits({});
  }, []);

  return { errors, errorFor, capture, clear };
}

/** Every limit says itself: "At most 2,000 characters", not "Too long". */
const LIMIT_MESSAGES = {
  characters: 'validation.too-long',
  entries: 'validation.too-many',
  value: 'validation.too-large',
} as const satisfies Record<FieldLimit['of'], string>;
