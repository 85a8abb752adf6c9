import { useCallback, useMemo, useState } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import type { ImportField } from '../../../shared/io/importFields';
import type { ImportCorrections } from '../../../shared/io/importPreview';
import type { SimilarChoice, SimilarChoices } from './importChoices';

// What the user decided in an import preview besides skipping rows: how each row similar to
// a stakeholder Trama has is merged, and the cells corrected by hand. Both are cleared with
// the file or sheet they were made for.

export function useImportMerges(existing: readonly Stakeholder[] | undefined) {
  const [similarChoices, setSimilarChoices] = useState<SimilarChoices>(new Map());
  const [corrections, setCorrections] = useState<ImportCorrections>(new Map());
  const existingById = useMemo(
    () => new Map((existing ?? []).map((stakeholder) => [stakeholder.id, stakeholder])),
    [existing],
  );
  const chooseSimilar = useCallback(
    (rowNumber: number, choice: SimilarChoice) =>
      setSimilarChoices((current) => new Map(current).set(rowNumber, choice)),
    [],
  );
  const correct = useCallback(
    (rowNumber: number, field: ImportField, text: string) =>
      setCorrections((current) => new Map(current).set(rowNumber, new Map(current.get(rowNumber)).set(field, text))),
    [],
  );
  const clearMerges = useCallback(() => {
    setSimilarChoices(new Map());
    setCorrections(new Map());
  }, []);
  return { similarChoices, corrections, existingById, chooseSimilar, correct, clearMerges };
}
