import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MapPage } from './pages/MapPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholderDetailPage } from './pages/StakeholderDetailPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { launchChromium, openApp } from './support/browser';
import { waitForText } from './support/text';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the stakeholder registry', () => {
  it('creates a stakeholder with a contact and a relationship that survive a reload', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).startEmpty();
    const registry = new StakeholdersPage(page);
    await registry.open();
    await registry.create({
      name: 'ASL Salerno',
      category: 'Local health authority (ASL/ASP/ATS/ASST)',
      region: 'Campania',
      province: 'Salerno (SA)',
    });
    await registry.create({
      name: 'CAS Salerno Centro',
      category: 'Reception centre (CAS, SAI, CPA, hotspot)',
      region: 'Campania',
    });
    await waitForText(registry.count(), '2 of 2 stakeholders');

    await registry.row('ASL Salerno').getByRole('link', { name: 'ASL Salerno' }).click();
    await page.getByRole('heading', { level: 1, name: 'ASL Salerno' }).waitFor();
    const detail = new StakeholderDetailPage(page);
    await detail.addContact({
      name: 'Dott.ssa Paola Esempio',
      role: 'Direttrice DSM',
      email: 'paola.esempio@example.org',
    });
    await detail.addRelationship({ other: 'CAS Salerno', type: 'Referral pathway' });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'ASL Salerno' }).waitFor();
    await detail.section('Contact persons').getByText('Dott.ssa Paola Esempio').waitFor();
    await detail.section('Contact persons').getByRole('link', { name: 'paola.esempio@example.org' }).waitFor();
    const relationships = detail.section('Relationships');
    await relationships.getByRole('link', { name: 'CAS Salerno Centro' }).waitFor();
    await relationships.getByText('Referral pathway').waitFor();

    // The other end sees the same relationship.
    await relationships.getByRole('link', { name: 'CAS Salerno Centro' }).click();
    await page.getByRole('heading', { level: 1, name: 'CAS Salerno Centro' }).waitFor();
    await detail.section('Relationships').getByRole('link', { name: 'ASL Salerno' }).waitFor();

    // ...and the map draws both, linked.
    const map = new MapPage(page);
    await map.open();
    expect(await map.groupCounts()).toEqual({ Campania: 2 });
    await map.waitForDrawnNodes(2);
    const panel = await map.find('ASL Salerno');
    await panel.getByRole('button', { name: 'Show CAS Salerno Centro on the map' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows validation errors next to the field and saves nothing', async () => {
    const { page, context } = await openApp(browser);
    await new OnboardingPage(page).startEmpty();
    await new StakeholdersPage(page).open();
    await page.getByRole('button', { name: 'New stakeholder' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New stakeholder' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    const name = dialog.getByLabel('Name', { exact: true });
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await name.getAttribute('aria-describedby');
    expect(await dialog.locator(`[id="${describedBy}"]`).textContent()).toBe('Required.');
    const region = dialog.getByLabel('Region');
    expect(await region.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('heading', { name: 'No stakeholders yet' }).waitFor();
    await context.close();
  });

  it('deletes a stakeholder, telling what goes with it, and undoes it', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).startEmpty();
    const registry = new StakeholdersPage(page);
    await registry.open();
    await registry.create({
      name: 'Prefettura di Matera',
      category: 'Prefecture (Prefettura)',
      level: 'Provincial',
      region: 'Basilicata',
    });
    await registry.create({
      name: 'SAI Matera',
      category: 'Reception centre (CAS, SAI, CPA, hotspot)',
      region: 'Basilicata',
    });
    await registry.row('SAI Matera').getByRole('link', { name: 'SAI Matera' }).click();
    await new StakeholderDetailPage(page).addRelationship({ other: 'Prefettura di Matera', type: 'Oversight' });
    await registry.open();

    await registry.row('Prefettura di Matera').getByRole('button', { name: 'Delete Prefettura di Matera' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Prefettura di Matera?' });
    await confirm.getByText('1 relationship').waitFor();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('status').getByText('Prefettura di Matera deleted.').waitFor();
    await waitForText(registry.count(), '1 of 1 stakeholder');

    await page.getByRole('button', { name: 'Undo' }).click();
    await registry.row('Prefettura di Matera').waitFor();
    await waitForText(registry.count(), '2 of 2 stakeholders');
    await registry.row('SAI Matera').getByRole('link', { name: 'SAI Matera' }).click();
    // The relationship came back with the stakeholder: waitFor fails the test if it never shows.
    await new StakeholderDetailPage(page)
      .section('Relationships')
      .getByRole('link', { name: 'Prefettura di Matera' })
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
