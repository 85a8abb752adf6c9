import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, it } from 'vitest';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createBriefing } from '../../db/repositories/briefings';
import { createProgramme } from '../../db/repositories/organisation';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ProgrammesSection } from './ProgrammesSection';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('the programmes section', () => {
  it('counts the briefing covers a deletion takes the programme off', async () => {
    const programme = await createProgramme(db, { name: 'FAMI Lazio' });
    await createBriefing(db, { title: 'Tavolo regionale', source: { kind: 'region', region: 'lazio' }, programmeId: programme.id, agenda: '' });
    render(
      <I18nProvider initialLanguage="en">
        <NotificationsProvider>
          <ProgrammesSection />
        </NotificationsProvider>
      </I18nProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Delete FAMI Lazio' }, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the programme FAMI Lazio?' });
    await within(dialog).findByText('It will be taken off 0 stakeholders, 0 agreements, 0 actions and the cover of 1 briefing; the records themselves stay.');
  });
});
