import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBriefingModel } from '../../shared/briefing/briefingModel';
import { BRIEFING_SECTIONS } from '../../shared/domain/briefing';
import { localIsoDate } from '../../shared/domain/common';
import { SAMPLE_CAMPANIA_MEETING_TITLE } from '../../shared/sample/sampleActivity';
import { buildSampleNetwork } from '../../shared/sample/sampleNetwork';
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
    expect(workbook.suggestedName).toMatch(/^trama-briefing-\d{4}-\d{2}-\d{2}\.xlsx$/);
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
