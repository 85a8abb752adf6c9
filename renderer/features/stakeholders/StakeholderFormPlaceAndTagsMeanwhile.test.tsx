import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createStakeholder, patchStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { StakeholderFormDialog } from './StakeholderFormDialog';

// The form saves only the fields the user changed. Region, province and level are valid only
// together, so they are saved together; tags are a list both sides may add to.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const invalidFields = (dialog: HTMLElement) => [...dialog.querySelectorAll('[aria-invalid="true"]')];

function openForm(stakeholder: Awaited<ReturnType<typeof createStakeholder>>) {
  const onClose = vi.fn();
  render(
    <I18nProvider initialLanguage="it">
      <NotificationsProvider>
        <StakeholderFormDialog stakeholder={stakeholder} onClose={onClose} />
      </NotificationsProvider>
    </I18nProvider>,
  );
  return { dialog: screen.getByRole('dialog', { name: `Modifica ${stakeholder.name}` }), onClose };
}

describe('the stakeholder form, saved after the region was changed meanwhile', () => {
  it('can save a province the user picked within the region shown', async () => {
    const body = await createStakeholder(db, stakeholderInput({ level: 'local', region: 'lazio', province: 'RM' }));
    const { dialog, onClose } = openForm(body);
    // A teammate moves it to Milano meanwhile (sync), or another window does.
    await patchStakeholder(db, body.id, { region: 'lombardia', province: 'MI' });

    fireEvent.change(within(dialog).getByLabelText('Provincia'), { target: { value: 'LT' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(onClose.mock.calls.length + invalidFields(dialog).length).toBeGreaterThan(0));
    const stored = (await db.stakeholders.get(body.id))!;
    const error = invalidFields(dialog)
      .map((field) => document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent ?? field.id)
      .join(' | ');
    expect(
      onClose.mock.calls.length,
      `Lazio + Latina shown in the form, yet Save is refused (stored ${stored.region}/${stored.province}): "${error}"; every later Save patches only the province and is refused again`,
    ).toBe(1);
    expect(stored).toMatchObject({ region: 'lazio', province: 'LT' });
  });

  it('can save a region-level body whose level was made national meanwhile', async () => {
    const body = await createStakeholder(db, stakeholderInput({ level: 'local', region: 'lazio', province: 'RM' }));
    const { dialog, onClose } = openForm(body);
    await patchStakeholder(db, body.id, { level: 'national', region: null, province: '' });

    fireEvent.change(within(dialog).getByLabelText('Provincia'), { target: { value: 'LT' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(onClose.mock.calls.length + invalidFields(dialog).length).toBeGreaterThan(0));
    const error = invalidFields(dialog)
      .map((field) => document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent ?? field.id)
      .join(' | ');
    expect(onClose.mock.calls.length, `a local body in Lazio/Latina shown, Save refused: "${error}"`).toBe(1);
  });
});

describe('the stakeholder form, saved after a teammate added a tag meanwhile', () => {
  it('keeps the teammate’s tag beside the user’s', async () => {
    const body = await createStakeholder(db, stakeholderInput({ tags: ['salute mentale'] }));
    const { dialog, onClose } = openForm(body);
    await patchStakeholder(db, body.id, { tags: ['salute mentale', 'minori'] });

    fireEvent.change(within(dialog).getByLabelText('Etichette'), { target: { value: 'salute mentale, donne' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const stored = (await db.stakeholders.get(body.id))!;
    expect(
      stored.tags,
      `the tag 'minori' added meanwhile was dropped without a word: ${JSON.stringify(stored.tags)}`,
    ).toEqual(expect.arrayContaining(['salute mentale', 'donne', 'minori']));
  });
});
