import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnboardingPage } from './pages/OnboardingPage';
import { seriousAccessibilityViolations } from './support/axe';
import { launchChromium, openApp } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('trainings', () => {
  it('records a training with a trainer and an attendee from the sample network, then deletes it with undo', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    await page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Trainings' }).click();
    await page.getByRole('heading', { name: 'No trainings yet' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'New training' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New training' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Le linee guida nei centri di accoglienza');
    await dialog.getByRole('textbox', { name: 'Topic' }).fill('Linee guida nazionali');
    await dialog.getByLabel('Date (or first day)').fill('2026-11-16');
    await dialog.getByLabel('Last day').fill('2026-11-17');
    await dialog.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Campania' });
    await dialog.getByRole('group', { name: 'Trainers' }).getByRole('checkbox').first().check();
    const picker = dialog.getByRole('combobox', { name: 'Add an attendee' });
    await picker.click();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await dialog.getByRole('status').filter({ hasText: '1 attendee' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Save' }).click();

    const row = page.getByRole('table', { name: 'Trainings' }).getByRole('row', { name: /Le linee guida/ });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      '16 Nov 2026 – 17 Nov 2026',
      'Le linee guida nei centri di accoglienzaLinee guida nazionali',
      'Campania',
      '1 attendee',
      'EditDelete',
    ]);

    await row.getByRole('button', { name: 'Delete Le linee guida nei centri di accoglienza' }).click();
    const confirmation = page.getByRole('dialog', { name: /Delete “Le linee guida/ });
    await confirmation.getByText('Nothing else refers to it.').waitFor();
    await confirmation.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { name: 'No trainings yet' }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await row.waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('makes the two reception centres of its attendees count as covered, and lists the others by province', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    await page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Trainings' }).click();
    await page.getByRole('button', { name: 'New training' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New training' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Salute mentale nei CAS');
    await dialog.getByLabel('Date (or first day)').fill('2026-11-20');
    const picker = dialog.getByRole('combobox', { name: 'Add an attendee' });
    // Simone works at CAS "Domitiana" (Caserta), Sara at CAS "Piana del Sele" (Salerno).
    for (const [name, centre] of [
      ['Simone Segnaposto', 'Domitiana'],
      ['Sara Esempio', 'Piana del Sele'],
    ] as const) {
      await picker.fill(name);
      await dialog
        .getByRole('option', { name: new RegExp(name) })
        .filter({ hasText: centre })
        .click();
    }
    await dialog.getByRole('status').filter({ hasText: '2 attendees' }).waitFor();
    await dialog.getByRole('button', { name: 'Save' }).click();

    const coverage = page.getByRole('region', { name: 'Who the trainings reached' });
    await coverage.getByText('2 people trained in 1 training, counted where they work.').waitFor();
    const campania = coverage
      .getByRole('table', { name: 'People trained by region' })
      .getByRole('row', { name: /^Campania/ });
    expect(await campania.getByRole('cell').allTextContents()).toEqual(['2', '2', '0', '0', '0', '0']);
    const gaps = await coverage
      .getByRole('listitem')
      .filter({ hasText: /^Campania – / })
      .allTextContents();
    expect(gaps.map((gap) => gap.split(':')[0])).toEqual(['Campania – Avellino', 'Campania – Napoli']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
