import { render, screen } from '@testing-library/react';
import { describe, it } from 'vitest';
import { NOTHING_LEFT_OUT } from '../../../shared/io/restorePlan';
import type { RestorePreview } from '../../db/restorePreview';
import { I18nProvider } from '../../i18n/I18nProvider';
import { RestoreNotices } from './RestoreNotices';

// A malformed backup's records that point at stakeholders it lacks are left out of the restore,
// or restored without that mention (restoreMissingStakeholders.ts): the preview says how many,
// before the user confirms, so that none goes missing silently.

const preview: RestorePreview = {
  diffs: [],
  leftOut: NOTHING_LEFT_OUT,
  missingStakeholders: {
    stakeholders: 2,
    leftOut: [
      { table: 'contacts', count: 3 },
      { table: 'relationships', count: 2 },
    ],
    trimmed: [{ table: 'actions', count: 1 }],
  },
  holdsWork: true,
  droppedMeta: [],
  retiredRows: [],
  droppedFields: [],
  unknownTables: [],
};

describe('the restore preview of a backup whose records point at stakeholders it lacks', () => {
  it.each([
    [
      'en',
      '5 records of this backup need stakeholders the backup does not hold, and are left out of the restore (and of the figures above): Contact persons: 3, Relationships: 2.',
      '1 record of this backup names a stakeholder the backup does not hold (or a record left out for that): it is restored without that mention (Advocacy actions: 1).',
    ],
    [
      'it',
      '5 dati di questa copia dipendono da stakeholder che la copia non contiene e vengono esclusi dal ripristino (e dai numeri qui sopra): Referenti: 3, Relazioni: 2.',
      '1 dato di questa copia nomina uno stakeholder che la copia non contiene (o un dato escluso per questo): viene ripristinato senza quel riferimento (Azioni di advocacy: 1).',
    ],
  ] as const)('says how many in %s', (language, leftOut, trimmed) => {
    render(
      <I18nProvider initialLanguage={language}>
        <RestoreNotices preview={preview} restoreErasedContacts={false} onRestoreErasedContactsChange={() => {}} />
      </I18nProvider>,
    );
    screen.getByText(leftOut);
    screen.getByText(trimmed);
  });
});
