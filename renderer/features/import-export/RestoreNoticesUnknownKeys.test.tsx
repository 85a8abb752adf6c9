import { render, screen } from '@testing-library/react';
import { describe, it } from 'vitest';
import { NO_MISSING_STAKEHOLDERS } from '../../../shared/io/restoreMissingStakeholders';
import { NOTHING_LEFT_OUT } from '../../../shared/io/restorePlan';
import type { RestorePreview } from '../../db/restorePreview';
import { I18nProvider } from '../../i18n/I18nProvider';
import { RestoreNotices } from './RestoreNotices';

// What a backup's parse left out (readBackupText: fields and tables a newer Trama wrote) is
// said in the restore preview, before the user confirms.

const preview: RestorePreview = {
  diffs: [],
  leftOut: NOTHING_LEFT_OUT,
  missingStakeholders: NO_MISSING_STAKEHOLDERS,
  holdsWork: true,
  droppedMeta: [],
  retiredRows: [],
  droppedFields: [
    { table: 'stakeholders', field: 'fax', count: 3 },
    { table: 'contacts', field: 'pronouns', count: 1 },
  ],
  unknownTables: [{ table: 'surveys', count: 2 }],
};

describe('the restore preview of a backup holding fields and tables this version does not know', () => {
  it.each([
    [
      'en',
      'Left out of the restore, as fields this version of Trama does not know (a newer version may have written them): Stakeholders: “fax” in 3 records, Contact persons: “pronouns” in 1 record.',
      '2 records of tables this version of Trama does not know (“surveys”) will not be restored; they stay in the backup file.',
    ],
    [
      'it',
      'Esclusi dal ripristino, perché campi che questa versione di Trama non conosce (forse scritti da una versione più recente): Stakeholder: «fax» in 3 dati, Referenti: «pronouns» in 1 dato.',
      '2 dati di tabelle che questa versione di Trama non conosce («surveys») non verranno ripristinati; restano nel file della copia.',
    ],
  ] as const)('says them in %s', (language, fields, tables) => {
    render(
      <I18nProvider initialLanguage={language}>
        <RestoreNotices preview={preview} restoreErasedContacts={false} onRestoreErasedContactsChange={() => {}} />
      </I18nProvider>,
    );
    screen.getByText(fields);
    screen.getByText(tables);
  });
});
