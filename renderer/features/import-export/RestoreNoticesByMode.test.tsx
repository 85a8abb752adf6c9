import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NO_MISSING_STAKEHOLDERS } from '../../../shared/io/restoreMissingStakeholders';
import { NOTHING_LEFT_OUT } from '../../../shared/io/restorePlan';
import type { RestorePreview } from '../../db/restorePreview';
import { I18nProvider } from '../../i18n/I18nProvider';
import { RestoreNotices } from './RestoreNotices';

// A merge keeps the stakeholders held here, a replace none: the notices say what the chosen
// mode leaves out. In a replace no comparison is shown, and the line "It holds …" above counts
// the backup as it is: the notice says that those counts include what it leaves out.

const preview: RestorePreview = {
  diffs: [],
  leftOut: { ...NOTHING_LEFT_OUT, contactIds: ['erased-1'] },
  missingStakeholders: NO_MISSING_STAKEHOLDERS,
  missingStakeholdersIfReplaced: {
    stakeholders: 1,
    leftOut: [{ table: 'contacts', count: 2 }],
    trimmed: [],
  },
  holdsWork: true,
  droppedMeta: [],
  retiredRows: [],
  droppedFields: [],
  unknownTables: [],
};

function renderNotices(language: 'en' | 'it', mode: 'merge' | 'replace') {
  render(
    <I18nProvider initialLanguage={language}>
      <RestoreNotices
        preview={preview}
        mode={mode}
        restoreErasedContacts={false}
        onRestoreErasedContactsChange={() => {}}
      />
    </I18nProvider>,
  );
}

describe('the restore notices, per mode', () => {
  it.each([
    [
      'en',
      '2 records of this backup need stakeholders the backup does not hold, and are left out of the restore (though counted in what the backup holds, above): Contact persons: 2.',
      'This backup holds 1 contact person who was erased here on request. They are left out of the restore (though counted in what the backup holds, above).',
    ],
    [
      'it',
      '2 dati di questa copia dipendono da stakeholder che la copia non contiene e vengono esclusi dal ripristino (pur contati in ciò che la copia contiene, qui sopra): Referenti: 2.',
      'Questa copia contiene 1 referente cancellato qui su richiesta. Viene escluso dal ripristino (pur contato in ciò che la copia contiene, qui sopra).',
    ],
  ] as const)(
    'in a replace, say what it leaves out and that the counts above include it (%s)',
    (language, missing, erased) => {
      renderNotices(language, 'replace');
      screen.getByText(missing);
      screen.getByText(erased);
    },
  );

  it('in a merge, say nothing of records whose stakeholder is held here', () => {
    renderNotices('en', 'merge');
    expect(screen.queryByText(/stakeholders the backup does not hold/)).toBeNull();
    screen.getByText(/left out of the restore \(and of the figures above\)/);
  });
});
