import { useMemo } from 'react';
import type { CellWords } from '../../../shared/io/columns/columnDescriptor';
import { nameLookup } from '../../../shared/io/exportData';
import { useProgrammes } from '../../data/useOrganisationQueries';
import { useT } from '../../i18n/useT';
import { exportLabels } from '../import-export/exportLabels';

const NO_STAKEHOLDERS: ReadonlyArray<{ id: string; name: string }> = [];

/**
 * The words a stakeholder column writes its cell with (shared/io/columns), in the interface
 * language: the screens show a stakeholder's values as the spreadsheets do.
 */
export function useStakeholderCellWords(
  categoryLabel: (categoryId: string) => string,
  stakeholders = NO_STAKEHOLDERS,
): CellWords {
  const { language } = useT();
  const programmes = useProgrammes();
  return useMemo<CellWords>(
    () => ({
      labels: exportLabels(language, categoryLabel),
      programmeName: nameLookup(programmes ?? []),
      stakeholderName: nameLookup(stakeholders),
    }),
    [language, categoryLabel, programmes, stakeholders],
  );
}
