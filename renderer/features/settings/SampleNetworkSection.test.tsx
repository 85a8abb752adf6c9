import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { SampleNetworkSection } from './SampleNetworkSection';

// The sample can be loaded again later, but only into an empty database: it never mixes with real data.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

function renderSection() {
  render(
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>
        <SampleNetworkSection />
      </NotificationsProvider>
    </I18nProvider>,
  );
}

describe('loading the sample network from Settings', () => {
  it('loads it into an empty database', async () => {
    renderSection();
    const button = await screen.findByRole('button', { name: 'Load the sample network' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await waitFor(async () => expect(await db.stakeholders.count()).toBeGreaterThan(100));
    expect(await db.meta.get('sample')).toBeTruthy();
  });

  it('is held back, saying why, while the database holds data', async () => {
    const own = await createStakeholder(db, stakeholderInput({ name: '__proto__' }));
    renderSection();
    const reason = await screen.findByText(
      'The sample loads only into an empty database, so that it never mixes with your data. This database holds records.',
    );
    const button = screen.getByRole('button', { name: 'Load the sample network' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-describedby')).toBe(reason.id);
    expect(await db.stakeholders.toArray()).toEqual([own]);
  });
});
