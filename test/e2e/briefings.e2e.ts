import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEFING_PDF_OPTIONS } from '../../electron/printToPdf';
import { buildBriefingModel } from '../../shared/briefing/briefingModel';
import { BRIEFING_SECTIONS } from '../../shared/domain/briefing';
import { localIsoDate } from '../../shared/domain/common';
import { SAMPLE_CAMPANIA_MEETING_TITLE } from '../../shared/sample/sampleActivity';
import { buildSampleNetwork, sampleStakeholderId } from '../../shared/sample/sampleNetwork';
import { READ_WORKBOOK, runPython, type ReadSheet } from '../integration/readBack';
import { BriefingsPage } from './pages/BriefingsPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { seriousAccessibilityViolations } from './support/axe';
import { launchChromium, openApp } from './support/browser';

// Issue 5: a briefing pack for the sample's Campania network meeting, from preview to
// spreadsheet, printed page and the meeting recorded as done.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// What the pack should say, worked out independently of the browser from the same sample.
const sample = buildSampleNetwork(localIsoDate());
const meeting = sample.actions.find((action) => action.title === SAMPLE_CAMPANIA_MEETING_TITLE);
if (!meeting) throw new Error('The sample has no Campania network meeting');
const expected = buildBriefingModel({ kind: 'action', actionId: meeting.id }, BRIEFING_SECTIONS, sample, {
  today: localIsoDate(),
});
const attendeeNames = expected.attendees.map((facts) => facts.stakeholder.name);
const AGENDA = [
  '1. Welcome and introductions',
  '2. Review of the regional protocol',
  '3. Referral pathways from the CAS',
];

/** Pages in a PDF: one /Type /Page object each (/Type /Pages is the page tree, not a page). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

describe('briefing packs', () => {
  it('builds the Campania meeting briefing, exports it to Excel, prints it and records the meeting', async () => {
    const { page, context, errors } = await openApp(browser);
    // The print dialog cannot be driven headless: count the calls instead.
    await page.addInitScript(() => {
      const counted = window as unknown as { printCalls: number };
      counted.printCalls = 0;
      window.print = () => {
        counted.printCalls += 1;
      };
    });
    await new OnboardingPage(page).loadSample();
    await page.reload();
    const briefings = new BriefingsPage(page);
    await briefings.open();
    expect(await seriousAccessibilityViolations(page), 'briefing start').toEqual([]);
    await briefings.prepareFor(SAMPLE_CAMPANIA_MEETING_TITLE);

    // The preview: every section, the attendees, what they share, what is missing.
    const preview = briefings.preview();
    for (const name of [
      'Network map',
      'Attendees',
      'Shared agreements',
      'Relationships among attendees',
      'Gaps',
      'Agenda and notes',
    ]) {
      await preview.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    }
    expect(await briefings.section('Network map').getByRole('img').getAttribute('aria-label')).toBe(
      `Network map of 9 attendees and ${expected.neighbours.length} neighbours`,
    );
    const attendees = briefings.section('Attendees');
    expect(await attendees.getByRole('article').getByRole('heading', { level: 3 }).allTextContents()).toEqual(
      attendeeNames,
    );
    await attendees.getByRole('heading', { level: 3, name: 'Open follow-ups of this meeting' }).waitFor();
    expect(await attendees.getByText('overdue', { exact: true }).count()).toBeGreaterThan(0);
    await briefings
      .section('Shared agreements')
      .getByRole('cell', { name: /Protocollo d'intesa regionale salute mentale e accoglienza – Campania/ })
      .waitFor();
    const gaps = briefings.section('Gaps');
    if (expected.gaps.length === 0) await gaps.getByText('No gaps found among the attendees.').waitFor();
    else expect(await gaps.getByRole('listitem').count()).toBe(expected.gaps.length);
    await briefings.section('Agenda and notes').getByText('No agenda yet.').waitFor();
    expect(await seriousAccessibilityViolations(page), 'briefing builder').toEqual([]);

    // Sections come and go with their checkboxes.
    await briefings.sectionToggle('Relationships among attendees').uncheck();
    await preview.getByRole('heading', { name: 'Relationships among attendees' }).waitFor({ state: 'detached' });
    await briefings.sectionToggle('Relationships among attendees').check();
    await preview.getByRole('heading', { name: 'Relationships among attendees' }).waitFor();

    await briefings.agenda().fill(AGENDA.join('\n'));
    await briefings.section('Agenda and notes').getByText(AGENDA[1]!).waitFor();

    // The workbook, read back by openpyxl.
    const workbook = await briefings.download('Export Excel');
    expect(workbook.suggestedName).toBe(`Briefing – ${SAMPLE_CAMPANIA_MEETING_TITLE} – ${meeting.date}.xlsx`);
    const sheets = runPython<{ sheets: ReadSheet[] }>(READ_WORKBOOK, workbook.filePath).sheets;
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Briefing',
      'Attendees',
      'Recent actions',
      'Open follow-ups',
      'Agreements in force',
      'Neighbours',
      'Shared agreements',
      'Relationships',
      'Gaps',
      'Agenda',
    ]);
    const sheet = (name: string) => sheets.find((candidate) => candidate.name === name)!;
    expect(sheet('Briefing').rows).toContainEqual(['Title', SAMPLE_CAMPANIA_MEETING_TITLE]);
    expect(sheet('Attendees').rows[0]!.slice(0, 3)).toEqual(['Name', 'Category', 'Region']);
    expect(
      sheet('Attendees')
        .rows.slice(1)
        .map((row) => row[0]),
    ).toEqual(attendeeNames);
    expect(sheet('Attendees').frozen).toBe('A2');
    expect(sheet('Shared agreements').rows.length).toBe(expected.sharedAgreements.length + 1);
    expect(sheet('Gaps').rows.length).toBe(expected.gaps.length + 1);
    expect(
      sheet('Agenda')
        .rows.slice(1)
        .map((row) => row[0]),
    ).toEqual(AGENDA);

    // Print: the dedicated view, printed by the browser; the agenda typed a moment ago is in it.
    await page.getByRole('button', { name: 'Print / Save as PDF' }).click();
    await page.getByRole('heading', { level: 1, name: SAMPLE_CAMPANIA_MEETING_TITLE }).waitFor();
    await page.locator('[data-ready="true"]').waitFor();
    expect(page.url()).toMatch(/#\/print\?briefing=[^&]+&print=1$/);
    await page.waitForFunction(() => (window as unknown as { printCalls: number }).printCalls === 1);
    const printView = page.locator('.briefing-print');
    for (const fact of ['Prepared on', 'Meeting date', 'PsychCare', 'English', AGENDA[2]!, ...attendeeNames])
      await printView.getByText(fact, { exact: true }).first().waitFor();
    expect(await seriousAccessibilityViolations(page), 'print view').toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main sections' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Back to the briefing' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Cover, attendees and shared agreements each start a page.
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(3);

    // After the meeting: attendance, outcome and a follow-up in one form, then Undo.
    await page.getByRole('button', { name: 'Back to the briefing' }).click();
    await page.getByRole('button', { name: 'Record meeting as done' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record the meeting as done' });
    const attendance = dialog.getByRole('group', { name: 'Who attended' }).getByRole('checkbox');
    expect(await attendance.count()).toBeGreaterThanOrEqual(meeting.participantIds.length);
    await attendance.first().uncheck();
    await dialog.getByRole('textbox', { name: 'Outcome' }).fill('Protocol renewal agreed in principle.');
    await dialog.getByRole('button', { name: 'Add a follow-up' }).click();
    await dialog
      .getByRole('textbox', { name: 'Follow-up 1', exact: true })
      .fill('Circulate the minutes to the network');
    await dialog.getByLabel('Due date of follow-up 1').fill('2030-01-15');
    expect(await seriousAccessibilityViolations(page), 'record meeting dialog').toEqual([]);
    await dialog.getByRole('button', { name: 'Record as done' }).click();
    await page.getByRole('status').getByText('Meeting recorded as done, with 1 new follow-up.').waitFor();
    await page.getByText('This meeting was recorded as done.').waitFor();
    await attendees.getByText('Circulate the minutes to the network').first().waitFor();
    expect(await page.getByRole('button', { name: 'Record meeting as done' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Record meeting as done' }).waitFor();
    expect(await attendees.getByText('Circulate the minutes to the network').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('speaks Italian: a regional briefing with Italian sections and sheets', async () => {
    const { page, context, errors } = await openApp(browser, { locale: 'it-IT' });
    await page
      .getByRole('button', { name: /esempio/i })
      .first()
      .click();
    await page.getByRole('navigation').first().waitFor();
    await page.evaluate(() => {
      window.location.hash = '#/briefings';
    });
    await page.getByRole('heading', { level: 1, name: 'Dossier per riunioni' }).waitFor();
    await page.getByRole('combobox', { name: 'Regione' }).selectOption('sicilia');
    await page.getByRole('region', { name: 'Da una regione' }).getByRole('button', { name: 'Crea dossier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rete regionale – Sicilia' }).waitFor();
    const gaps = page.getByRole('region', { name: 'Lacune', exact: true });
    await gaps.getByText(/Enti dell’accoglienza presenti senza legami con enti sanitari \(Sicilia\)/).waitFor();
    await gaps
      .getByText(/Hotspot di Lampedusa/)
      .first()
      .waitFor();
    expect(await seriousAccessibilityViolations(page), 'builder in Italian').toEqual([]);
    const workbook = await new BriefingsPage(page).download('Esporta in Excel');
    expect(workbook.suggestedName).toBe(`Dossier – Rete regionale – Sicilia – ${localIsoDate()}.xlsx`);
    const sheets = runPython<{ sheets: ReadSheet[] }>(READ_WORKBOOK, workbook.filePath).sheets;
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Dossier',
      'Partecipanti',
      'Azioni recenti',
      'Follow-up aperti',
      'Accordi in vigore',
      'Vicini',
      'Accordi in comune',
      'Relazioni',
      'Lacune',
      'Ordine del giorno',
    ]);
    expect(sheets[1]!.rows[0]!.slice(0, 3)).toEqual(['Nome', 'Categoria', 'Regione']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

// Issue 17: the Lazio regional table, with one attendee dropped and one added, a summary,
// a sign-in sheet, relationships under each attendee, numbered pages and a file name that
// says what it is.
describe('a regional briefing pack', () => {
  const removed = sample.stakeholders.find((item) => item.id === sampleStakeholderId('laz-ordine'))!;
  const added = sample.stakeholders.find((item) => item.id === sampleStakeholderId('nat-iss'))!;
  const lazio = buildBriefingModel({ kind: 'region', region: 'lazio' }, BRIEFING_SECTIONS, sample, {
    today: localIsoDate(),
    attendeeChanges: { removedStakeholderIds: [removed.id], addedStakeholderIds: [added.id] },
  });
  const names = lazio.attendees.map((facts) => facts.stakeholder.name);
  const TITLE = 'Tavolo regionale Lazio';
  const PLACE = 'Regione Lazio, via Rosa Raimondi Garibaldi 7, Roma';

  it('drops and adds attendees, sums them up, groups relationships, prints numbered pages and names its files', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    await new OnboardingPage(page).loadSample();
    await page.reload();
    const briefings = new BriefingsPage(page);
    await briefings.open();
    await page.getByRole('combobox', { name: 'Region' }).selectOption('lazio');
    await page.getByRole('region', { name: 'From a region' }).getByRole('button', { name: 'Create briefing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Regional network – Lazio' }).waitFor();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
    await page.getByLabel('Meeting date').fill('2027-01-15');
    await page.getByRole('textbox', { name: 'Meeting place' }).fill(PLACE);

    // Drop one, add one from outside the region: the pack follows, and so does the stored briefing.
    const who = page.getByRole('group', { name: 'Who comes' });
    await who.getByRole('button', { name: `Remove ${removed.name}` }).click();
    const attendees = briefings.section('Attendees');
    await attendees.getByRole('heading', { level: 3, name: removed.name }).waitFor({ state: 'detached' });
    await who.getByRole('button', { name: `Add ${removed.name} back` }).waitFor();
    await who.getByRole('combobox', { name: 'Add an attendee' }).fill(added.name);
    await page
      .getByRole('option', { name: new RegExp(added.name) })
      .first()
      .click();
    await attendees.getByRole('heading', { level: 3, name: added.name }).waitFor();
    const cards = await attendees.getByRole('article').getByRole('heading', { level: 3 }).allTextContents();
    expect(cards).toEqual(names);

    // The summary: one row per attendee, first in the pack.
    const summary = briefings.section('Summary');
    const summaryNames = await summary.getByRole('row').locator('th[scope="row"]').allTextContents();
    expect(summaryNames).toEqual(names);
    expect(await summary.getByRole('columnheader').allTextContents()).toEqual(
      expect.arrayContaining(['Stakeholder', 'Region', 'Category', 'Stage', 'Open follow-ups']),
    );
    const headings = await briefings.preview().locator('.briefing-section > h2').allTextContents();
    expect(headings[0]).toBe('Summary');
    expect(headings.at(-1)).toBe('Sign-in sheet');

    // The sign-in sheet: a row for every attendee and blank ones to spare.
    const signIn = briefings.section('Sign-in sheet');
    expect(await signIn.getByRole('columnheader').allTextContents()).toEqual(['Name', 'Organisation', 'Signature']);
    expect(await signIn.getByRole('row').count()).toBeGreaterThan(names.length + 1);

    // Relationships: under each attendee in name order, each relationship once.
    const relationships = briefings.section('Relationships among attendees');
    expect(await relationships.getByRole('heading', { level: 3 }).allTextContents()).toEqual(
      lazio.relationshipsByAttendee.map((group) => group.attendee.name),
    );
    expect(await relationships.locator('tbody tr').count()).toBe(lazio.relationshipsAmongAttendees.length);
    expect([...lazio.relationshipsByAttendee.map((group) => group.attendee.name)]).toEqual(
      [...lazio.relationshipsByAttendee.map((group) => group.attendee.name)].sort((a, b) => a.localeCompare(b)),
    );

    const workbook = await briefings.download('Export Excel');
    expect(workbook.suggestedName).toBe(`Briefing – ${TITLE} – 2027-01-15.xlsx`);

    // Stored with the briefing: a reload shows the same table.
    await page.reload();
    await attendees.getByRole('heading', { level: 3, name: added.name }).waitFor();
    expect(await attendees.getByRole('heading', { level: 3, name: removed.name }).count()).toBe(0);

    // The print view: the meeting on the cover, the file named for it, every page numbered.
    await page.getByRole('button', { name: 'Print / Save as PDF' }).click();
    await page.locator('[data-ready="true"]').waitFor();
    const cover = page.locator('.briefing-cover');
    await cover.getByText('15 Jan 2027').or(cover.getByText('15/01/2027')).first().waitFor();
    await cover.getByText(PLACE).waitFor();
    expect(await page.title()).toBe(`Briefing – ${TITLE} – 2027-01-15`);
    const pdf = await page.pdf({ ...BRIEFING_PDF_OPTIONS, format: BRIEFING_PDF_OPTIONS.pageSize });
    const folder = process.env.TRAMA_BRIEFING_PDF_DIR ?? mkdtempSync(path.join(tmpdir(), 'trama-briefing-'));
    mkdirSync(folder, { recursive: true });
    const pdfPath = path.join(folder, 'briefing-lazio.pdf');
    writeFileSync(pdfPath, pdf);
    const pages = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).split('\f');
    const count = pdfPageCount(pdf);
    expect(count).toBeGreaterThan(2);
    for (let number = 1; number <= count; number += 1)
      expect(pages[number - 1], `page ${number}`).toContain(`Page ${number} of ${count}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
