import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, it } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createBriefing } from '../../db/repositories/briefings';
import { createProgramme } from '../../db/repositories/organisation';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ProgrammesSection } from './ProgrammesSection';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

function renderSection(language: 'en' | 'it') {
  render(
    <I18nProvider initialLanguage={language}>
      <NotificationsProvider>
        <ProgrammesSection />
      </NotificationsProvider>
    </I18nProvider>,
  );
}

describe('the programmes section', () => {
  it('counts the records a deletion takes the programme off, table by table, and only those it reaches', async () => {
    const programme = await createProgramme(db, { name: 'FAMI Lazio' });
    await createBriefing(db, {
      title: 'Tavolo regionale',
      source: { kind: 'region', region: 'lazio' },
      programmeId: programme.id,
      agenda: '',
    });
    await createStakeholder(db, stakeholderInput({ programmeIds: [programme.id] }));
    await createStakeholder(db, stakeholderInput({ name: 'CAS Roma Est', programmeIds: [programme.id] }));
    renderSection('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete FAMI Lazio' }, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the programme FAMI Lazio?' });
    await within(dialog).findByText('It will be taken off 2 stakeholders and 1 briefing; the records themselves stay.');
  });

  it('says so in Italian when nothing is tagged with the programme', async () => {
    await createProgramme(db, { name: 'FAMI Lazio' });
    renderSection('it');
    fireEvent.click(await screen.findByRole('button', { name: 'Elimina FAMI Lazio' }, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Eliminare il programma FAMI Lazio?' });
    await within(dialog).findByText('Nessuno stakeholder né altra scheda è associato a questo programma.');
  });
});
