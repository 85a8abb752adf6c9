import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { reportNetwork } from '../../../test/support/reportNetwork';
import { buildBriefingModel } from '../../../shared/briefing/briefingModel';
import { buildBriefingTables, type BriefingTableLabels } from '../../../shared/briefing/briefingTables';
import type { Agreement } from '../../../shared/domain/agreement';
import { BRIEFING_SECTIONS } from '../../../shared/domain/briefing';
import { categoryLabel } from '../../../shared/domain/categories';
import { translateOr } from '../../i18n/translate';
import { exportLabels } from '../import-export/exportLabels';
import { loadSheetJs, writeXlsx } from '../import-export/writeXlsx';

// The Italian pack as a coordinator opens it in Excel, read back cell by cell.

const today = '2026-12-07';
const cas = reportNetwork.stakeholders.find((stakeholder) => stakeholder.id === 'cas')!;
const asl = reportNetwork.stakeholders.find((stakeholder) => stakeholder.id === 'asl')!;
const inForceFromJanuary = {
  ...reportNetwork.agreements[0]!,
  id: 'convenzione',
  title: 'Convenzione CAS–ASL',
  parties: [
    { stakeholderId: 'cas', role: 'signatory' },
    { stakeholderId: 'asl', role: 'signatory' },
  ],
  status: 'signed',
  signedOn: '2026-11-20',
  inForceFrom: '2027-01-01',
  expiresOn: null,
} as Agreement;

const labels: BriefingTableLabels = {
  // As useBriefingExcel builds them for the Italian interface.
  ...exportLabels('it', (id) => categoryLabel(id, 'it')),
  header: (key, own) => own?.it ?? translateOr('it', `briefings.header.${key}`, key),
  sheet: (key) => translateOr('it', `briefings.sheet.${key}`, key),
  gap: (gap) => translateOr('it', `briefings.gap.${gap.rule}`, gap.rule),
  staffName: () => '',
  tieStatus: (status) => translateOr('it', `relationshipStatus.${status.kind}`, status.kind),
};

async function italianPack() {
  const data = {
    stakeholders: [cas, asl],
    contacts: [...reportNetwork.contacts],
    relationships: [],
    agreements: [inForceFromJanuary],
    actions: [],
    followUps: [],
    staff: [],
  };
  const model = buildBriefingModel({ kind: 'stakeholders', stakeholderIds: ['cas', 'asl'] }, BRIEFING_SECTIONS, data, {
    today,
  });
  const cover = {
    title: 'Incontro CAS–ASL',
    date: today,
    meetingDate: '2026-12-10',
    meetingPlace: 'Caserta',
    programme: 'PsychCare 2',
    agenda: '',
  };
  const file = writeXlsx(await loadSheetJs(), buildBriefingTables(model, cover, labels), { language: 'it' });
  const workbook = XLSX.read(file.bytes, { type: 'array' });
  const rows = (sheet: string) =>
    XLSX.utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets[sheet]!, { defval: '' });
  return { workbook, rows };
}

describe('the briefing workbook read back', () => {
  it('does not count, in "Accordi in vigore", a convention that only comes into force in January', async () => {
    const { workbook, rows } = await italianPack();
    expect(workbook.SheetNames).toContain('Accordi in vigore');
    const gaps = rows('Lacune').map((row) => `${String(row['Lacuna'])}: ${String(row['Enti'])}`);
    expect(gaps, 'the Gaps sheet says the CAS has no health link today').toContain(
      'Enti dell’accoglienza presenti senza legami con enti sanitari: cas',
    );
    const casRow = rows('Partecipanti').find((row) => Object.values(row).includes('cas'))!;
    expect(
      { accordiInVigore: casRow['Accordi in vigore'], righe: rows('Accordi in vigore').length },
      'the Partecipanti sheet counts 1 agreement in force for the CAS and the "Accordi in vigore" sheet lists it, on 7 December',
    ).toEqual({ accordiInVigore: 0, righe: 0 });
  });
});
