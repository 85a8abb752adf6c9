import { useState, type FormEvent } from 'react';
import { useNotify } from '../app/notifications/useNotify';
import { useFieldErrors } from './useFieldErrors';

interface FormSaveOptions {
  /** After a successful save (usually: close the dialog). */
  onSaved(): void;
  /** After a validation error, with the form (e.g. to bring the first wrong field into view). */
  onInvalid?(form: HTMLFormElement): void;
}

/**
 * Saving a form: Save waits while it runs, validation errors go next to their fields
 * (`errorFor`), anything else becomes a notification, and the form stays open to retry.
 */
export function useFormSave({ onSaved, onInvalid }: FormSaveOptions) {
  const { notifyError } = useNotify();
  const [isSaving, setIsSaving] = useState(false);
  const { errorFor, capture } = useFieldErrors();

  async function submit(event: FormEvent<HTMLFormElement>, save: () => Promise<void>) {
    event.preventDefault();
    const form = event.currentTarget;
    setIsSaving(true);
    try {
      await save();
      onSaved();
    } catch (error) {
      if (capture(error)) onInvalid?.(form);
      else notifyError(error);
    } finally {
      setIsSaving(false);
    }
  }

  return { isSaving, errorFor, submit };
}
