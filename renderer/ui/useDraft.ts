import { useState } from 'react';

/** A form's draft, changed one field at a time (`set`) or as a whole (`setDraft`). */
export function useDraft<Draft extends object>(initial: () => Draft) {
  const [draft, setDraft] = useState<Draft>(initial);
  const set = <Field extends keyof Draft>(field: Field, value: Draft[Field]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  return { draft, setDraft, set };
}
