import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { categoryLabel } from '../../../shared/domain/categories';
import type { Language } from '../../../shared/domain/enums';
import type { Programme } from '../../../shared/domain/organisation';
import { DEFAULT_PROGRAMMES } from '../../../shared/domain/programmes';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { buildWorkbookTables } from '../../../shared/io/workbookTables';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { I18nProvider } from '../../i18n/I18nProvider';
import { exportLabels } from './exportLabels';
import { ImportSection } from './ImportSection';
import type * as ParseSpreadsheetModule from './parseSpreadsheet';
import { parseSpreadsheet } from './parseSpreadsheet';
import { PARSE_LIMITS } from './parseProtocol';
import { readWorkbook } from './readSheets';
import { writeXlsx } from './writeXlsx';

// Programmes go out with the workbook and come back in with it: the programmes sheet read
// back, the stakeholders' programme column linked again, nothing duplicated.

vi.mock('./parseSpreadsheet', async (importOriginal) => ({
  ...(await importOriginal<typeof ParseSpreadsheetModule>()),
  parseSpreadsheet: vi.fn(),
}));
const parsed = vi.mocked(parseSpreadsheet);

beforeEach(async () => {
  parsed.mockReset();
  await Promise.all(db.tables.map((table) => table.clear()));
});
afterEach(() => vi.clearAllMocks());

const STAMP = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' };
const defaults: Programme[] = DEFAULT_PROGRAMMES.map((programme) => ({ ...programme, ...STAMP }));
const userProgramme: Programme = {
  id: 'programme-user-1',
  name: 'Rete salute migranti; fase 2',
  shortName: 'RSM 2',
  description: 'Tavoli territoriali, con le ASL',
  ...STAMP,
};

function stakeholder(id: string, name: string, programmeIds: string[]): Stakeholder {
  return {
    id,
    name,
    shortName: '',
    categoryId: 'ngo',
    level: 'local',
    region: 'lazio',
    province: 'RM',
    city: 'Roma',
    sector: 'civil-society',
    website: '',
    notes: '',
    tags: [],
    programmeIds,
    influence: 3,
    interest: 3,
    attitude: 'unknown',
    guidelinesStage: 'not-engaged',
    ...STAMP,
  };
}

const stakeholders = [
  stakeholder('s-1', 'Associazione Uno', [userProgramme.id, 'programme-psychcare']),
  stakeholder('s-2', 'Associazione Due', []),
];

/** The whole workbook Trama exports, as the parsing worker reads it back. */
function exportedWorkbook(language: Language) {
  const labels = exportLabels(language, (id) => categoryLabel(id, language));
  const data = {
    stakeholders,
    contacts: [],
    relationships: [],
    agreements: [],
    actions: [],
    followUps: [],
    programmes: [...defaults, userProgramme],
    staff: [],
  };
  const { bytes } = writeXlsx(XLSX, buildWorkbookTables(data, labels, { omitPersonalColumns: false }), { language });
  const read = readWorkbook({ ...PARSE_LIMITS, bytes: bytes.slice().buffer, fileName: 'trama-dati.xlsx' });
  if (!read.ok) throw new Error(`refused: ${read.reason}`);
  return read.sheets;
}

async function importWorkbook(language: Language, { count = 2, programmesNote = '', done = /./ } = {}) {
  parsed.mockResolvedValue(exportedWorkbook(language));
  const view = render(
    <I18nProvider initialLanguage={language}>
      <NotificationsProvider>
        <ImportSection />
      </NotificationsProvider>
    </I18nProvider>,
  );
  fireEvent.change(
    screen.getByLabelText(language === 'en' ? 'Spreadsheet to import' : 'Foglio di calcolo da importare'),
    { target: { files: [new File(['x'], 'trama-dati.xlsx')] } },
  );
  const commit = await screen.findByRole(
    'button',
    { name: language === 'en' ? /^Import 2 / : /^Importa 2 / },
    { timeout: 5_000 },
  );
  await waitFor(() => expect((commit as HTMLButtonElement).disabled).toBe(false));
  if (programmesNote)
    await waitFor(() => expect(screen.getByTestId('import-programmes').textContent).toBe(programmesNote));
  fireEvent.click(commit);
  await waitFor(async () => expect(await db.stakeholders.count()).toBe(count), { timeout: 5_000 });
  await screen.findByText(done, undefined, { timeout: 10_000 });
  view.unmount();
}

const programmeNamesOf = async (name: string) => {
  const imported = await db.stakeholders.where('name').equals(name).first();
  const programmes = await db.programmes.bulkGet(imported?.programmeIds ?? []);
  return programmes.map((programme) => programme?.name).sort();
};

describe('programmes round trip (export → import into an empty database)', () => {
  for (const language of ['en', 'it'] as const) {
    it(`brings back a user-added programme and the stakeholders' links to it (${language})`, async () => {
      await importWorkbook(language, {
        programmesNote:
          language === 'en'
            ? `Programmes — new: 4; already in Trama: 0. To be added: PsychCare, PsychCare 2, ${DEFAULT_PROGRAMMES[2]!.name}, ${userProgramme.name}.`
            : `Programmi — nuovi: 4; già in Trama: 0. Da aggiungere: PsychCare, PsychCare 2, ${DEFAULT_PROGRAMMES[2]!.name}, ${userProgramme.name}.`,
        done:
          language === 'en'
            ? /^2 stakeholders added, 0 updated, 0 contact persons added\. 4 programmes added\.$/
            : /^2 stakeholder aggiunti, 0 aggiornati, 0 referenti aggiunti\. 4 programmi aggiunti\.$/,
      });
      const programmes = await db.programmes.toArray();
      expect(
        programmes
          .map(({ name, shortName, description }) => ({ name, shortName, description }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      ).toEqual(
        [...defaults, userProgramme]
          .map(({ name, shortName, description }) => ({ name, shortName, description }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
      expect(await programmeNamesOf('Associazione Uno')).toEqual(['PsychCare', userProgramme.name]);
      expect(await programmeNamesOf('Associazione Due')).toEqual([]);
    });
  }
});

describe('programmes Trama already has', () => {
  it('matches them by id or by name instead of adding them again, on a second import too', async () => {
    // The defaults as every database has them, and the user's programme under another id.
    await db.programmes.bulkAdd([
      ...defaults,
      { ...userProgramme, id: 'programme-elsewhere', description: 'kept as it is here' },
    ]);
    await importWorkbook('en', {
      programmesNote: 'Programmes — new: 0; already in Trama: 4.',
      done: /^2 stakeholders added, 0 updated, 0 contact persons added\.$/,
    });
    await importWorkbook('en', {
      programmesNote: 'Programmes — new: 0; already in Trama: 4.',
      done: /^0 stakeholders added, 2 updated, 0 contact persons added\.$/,
    });
    expect((await db.programmes.toArray()).map((programme) => programme.id).sort()).toEqual(
      [...defaults.map((programme) => programme.id), 'programme-elsewhere'].sort(),
    );
    expect((await db.programmes.get('programme-elsewhere'))?.description).toBe('kept as it is here');
    expect((await db.stakeholders.where('name').equals('Associazione Uno').first())?.programmeIds.sort()).toEqual([
      'programme-elsewhere',
      'programme-psychcare',
    ]);
  });
});
