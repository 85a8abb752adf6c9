import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localIsoDate } from '../../shared/domain/common';
import { AgreementsPage, type NewAgreement } from './pages/AgreementsPage';
import { MapPage } from './pages/MapPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { seriousAccessibilityViolations } from './support/axe';
import { launchChromium, openApp } from './support/browser';
import { describedText } from './support/forms';
import { waitForText } from './support/text';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// Three sample stakeholders of three regions: the sample links regional stakeholders only
// within their region, so before this agreement none of them neighbours another on the map.
const PILOT: NewAgreement = {
  title: 'Protocollo interregionale per la continuità delle cure',
  kind: 'Operational protocol',
  status: 'In force',
  expiresOn: addDays(localIsoDate(), 60),
  documentRef: 'Prot. 2026/77',
  parties: [
    { name: 'ASL Salerno', role: 'Promoter' },
    { name: 'ASP Catania', role: 'Signatory' },
    { name: 'ATS di Brescia', role: 'Adherent' },
  ],
};

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

describe('agreements', () => {
  it('records a three-party agreement shown on each party’s page and on the map, then deletes it with undo', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const map = new MapPage(page);
    await map.open();
    const before = await map.find('ASL Salerno');
    await before.getByRole('heading', { name: 'ASL Salerno' }).waitFor();
    expect(await before.getByRole('button', { name: 'Show ASP Catania on the map' }).count()).toBe(0);

    const agreements = new AgreementsPage(page);
    await agreements.open();
    await waitForText(agreements.count(), '9 of 9 agreements');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'New agreement' }).click();
    const dialog = agreements.formDialog();
    await agreements.fill(dialog, { ...PILOT, parties: PILOT.parties.slice(0, 1) });
    await expectAccessible(page);
    // One party is not an agreement, and nothing expires before it is signed: each error
    // sits next to its field, and nothing is saved.
    const signedOn = dialog.getByLabel('Signed on');
    await signedOn.fill(addDays(localIsoDate(), 61));
    await dialog.getByRole('button', { name: 'Save' }).click();
    const picker = dialog.getByRole('combobox', { name: 'Add a party' });
    await dialog.getByText('An agreement needs at least two parties.').waitFor();
    expect(await picker.getAttribute('aria-invalid')).toBe('true');
    const expiresOn = dialog.getByLabel('Expires on');
    expect(await expiresOn.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(expiresOn)).toContain('The end date is before the start date.');
    await signedOn.fill(addDays(localIsoDate(), -10));
    for (const party of PILOT.parties.slice(1)) await agreements.addParty(dialog, party);
    await agreements.save(dialog);
    await page.getByRole('status').getByText(`Agreement “${PILOT.title}” recorded.`).waitFor();
    await waitForText(agreements.count(), '10 of 10 agreements');
    await agreements.row(PILOT.title).getByText('3 parties').waitFor();

    await agreements.row(PILOT.title).getByRole('link', { name: PILOT.title }).click();
    await page.getByRole('heading', { level: 1, name: PILOT.title }).waitFor();
    const parties = page.getByRole('region', { name: 'Parties' });
    for (const party of PILOT.parties) {
      await parties
        .getByRole('listitem')
        .filter({ hasText: party.name })
        .getByText(party.role, { exact: true })
        .waitFor();
    }
    await page.getByText('Expires in 60 days').waitFor();
    await expectAccessible(page);

    // Each party's page lists the agreement with that party's own role.
    for (const party of PILOT.parties) {
      await parties.getByRole('link', { name: party.name, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: party.name }).waitFor();
      const entry = agreements.stakeholderSection().getByRole('listitem').filter({ hasText: PILOT.title });
      await entry.getByText(`as ${party.role.toLowerCase()}`).waitFor();
      await entry.getByText('Expires in 60 days').waitFor();
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: PILOT.title }).waitFor();
    }

    // The map, focused on the first party, now links it to the two others.
    await page.getByRole('link', { name: 'Show on the map' }).click();
    const panel = map.panel();
    await panel.getByRole('heading', { name: 'ASL Salerno' }).waitFor();
    await panel.getByRole('button', { name: 'Show ASP Catania on the map' }).waitFor();
    await panel.getByRole('button', { name: 'Show ATS di Brescia on the map' }).waitFor();
    await panel.getByRole('link', { name: PILOT.title }).waitFor();
    await page.goBack();

    await page.getByRole('heading', { level: 1, name: PILOT.title }).waitFor();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: `Delete “${PILOT.title}”?` });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agreements' }).waitFor();
    await page.getByRole('status').getByText(`Agreement “${PILOT.title}” deleted.`).waitFor();
    await waitForText(agreements.count(), '9 of 9 agreements');
    await page.getByRole('button', { name: 'Undo' }).click();
    await agreements.row(PILOT.title).waitFor();
    await waitForText(agreements.count(), '10 of 10 agreements');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens from a stakeholder’s page with that stakeholder as first party', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    await page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Stakeholders' }).click();
    await page.getByRole('searchbox', { name: 'Search stakeholders' }).fill('ASP Catania');
    await page
      .getByRole('table', { name: 'Stakeholders' })
      .getByRole('link', { name: 'ASP Catania', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'ASP Catania' }).waitFor();
    const agreements = new AgreementsPage(page);
    await agreements.stakeholderSection().getByText('Not a party to any agreement yet.').waitFor();

    await agreements.stakeholderSection().getByRole('button', { name: 'New agreement' }).click();
    const dialog = agreements.formDialog();
    expect(await dialog.getByLabel('Role of ASP Catania', { exact: true }).inputValue()).toBe('promoter');
    await agreements.fill(dialog, {
      title: 'Lettera d’intenti Catania',
      status: 'Drafting',
      parties: [
        { name: 'Prefettura di Catania', role: 'Signatory' },
        { name: 'ASP Ragusa', role: 'Adherent' },
      ],
    });
    await dialog.getByRole('button', { name: 'Remove ASP Ragusa from the parties' }).click();
    expect(await dialog.getByRole('group', { name: 'Parties' }).getByRole('listitem').count()).toBe(2);
    await agreements.save(dialog);
    const entry = agreements
      .stakeholderSection()
      .getByRole('listitem')
      .filter({ hasText: 'Lettera d’intenti Catania' });
    await entry.getByText('as promoter').waitFor();
    await entry.getByText('Drafting').waitFor();
    await entry.getByRole('link', { name: 'Lettera d’intenti Catania' }).click();
    const parties = page.getByRole('region', { name: 'Parties' });
    await parties.getByRole('link', { name: 'Prefettura di Catania' }).waitFor();
    expect(await parties.getByRole('listitem').count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows the dashboard’s link to agreements expiring soon in a region, with a removable filter', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    await page.evaluate(() => {
      window.location.hash = '#/agreements?expiring=90&region=lazio';
    });
    const agreements = new AgreementsPage(page);
    await agreements.count().waitFor();
    // The sample's Rome protocol expires in 45 days; the expired Latina convention does not count.
    await waitForText(agreements.count(), '1 of 9 agreements');
    await agreements
      .row('Protocollo operativo per la presa in carico psicologica degli ospiti SAI – Roma')
      .getByText('Expires in 45 days')
      .waitFor();
    await page.getByRole('button', { name: 'Remove filter: Expiring within 90 days' }).click();
    await waitForText(agreements.count(), '3 of 9 agreements');
    expect(page.url()).toContain('region=lazio');
    expect(page.url()).not.toContain('expiring=');

    await page.getByRole('searchbox', { name: 'Search agreements' }).fill('nothing like this');
    await page
      .getByRole('region', { name: 'No agreement matches these filters' })
      .getByRole('button', { name: 'Clear filters' })
      .click();
    await waitForText(agreements.count(), '9 of 9 agreements');
    expect(errors).toEqual([]);
    await context.close();
  });
});
