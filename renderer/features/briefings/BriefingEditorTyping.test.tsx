import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { contactInput, stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { collectPersonalData, erasePerson } from '../../db/privacy';
import { createBriefing } from '../../db/repositories/briefings';
import { createContact } from '../../db/repositories/contacts';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { BriefingEditor } from './BriefingEditor';

// Typing in the editor against what is stored: spaces kept, an erasure winning, a failed save
// not hidden behind the older stored text.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  window.location.hash = '';
});

/** The first live query of a cold run can take a while to answer. */
const FIRST_ANSWER = { timeout: 5000 };

function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>{children}</NotificationsProvider>
    </I18nProvider>
  );
}

const storedBriefing = (id: string) => db.transaction('r', db.briefings, () => db.briefings.get(id));

async function openEditor(agenda = '') {
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
  const briefing = await createBriefing(db, {
    title: 'Tavolo di Caserta',
    source: { kind: 'stakeholders', stakeholderIds: [asl.id] },
    agenda,
  });
  render(
    <Providers>
      <BriefingEditor briefingId={briefing.id} />
    </Providers>,
  );
  const agendaBox = await screen.findByRole('textbox', { name: /Agenda and notes/ }, FIRST_ANSWER);
  return { asl, briefing, agendaBox: agendaBox as HTMLTextAreaElement };
}

describe('typing in the briefing editor', () => {
  it('keeps the space typed at the end of the title once the trimmed title is saved', async () => {
    const { briefing } = await openEditor();
    const title = screen.getByRole('textbox', { name: /Title/ }) as HTMLInputElement;
    fireEvent.change(title, { target: { value: 'Tavolo di ' } });
    await waitFor(async () => expect((await storedBriefing(briefing.id))?.title).toBe('Tavolo di'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Tavolo di '));
    expect(title.value).toBe('Tavolo di ');
  });

  it('keeps typing not yet saved when an erasure arrives, and keeps the name erased', async () => {
    const { asl, briefing, agendaBox } = await openEditor('1. Chiamare Giovanna Esempio');
    const giovanna = await createContact(db, contactInput(asl.id, { name: 'Giovanna Esempio', emails: [] }));
    const report = await collectPersonalData(db, giovanna.id);
    // Typed, and the erasure arrives before the pause that saves it.
    fireEvent.change(agendaBox, { target: { value: '1. Chiamare Giovanna Esempio\n2. Protocollo' } });
    await erasePerson(db, giovanna.id, { mentions: report.mentions, marker: '[erased]' });

    await waitFor(async () =>
      expect((await storedBriefing(briefing.id))?.agenda).toBe('1. Chiamare [erased]\n2. Protocollo'),
    );
    await waitFor(() => expect(agendaBox.value).toBe('1. Chiamare [erased]\n2. Protocollo'));
  });

  it('does not print the older stored agenda when the typed one could not be saved', async () => {
    const { briefing, agendaBox } = await openEditor('1. Benvenuto');
    fireEvent.change(agendaBox, { target: { value: 'x'.repeat(20_001) } });
    await waitFor(() => expect(agendaBox.getAttribute('aria-invalid')).toBe('true'), FIRST_ANSWER);
    const fieldError = document.getElementById(agendaBox.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '');
    expect(fieldError?.textContent).toBe('Too long: at most 20,000 characters.');

    fireEvent.click(screen.getByRole('button', { name: 'Print / Save as PDF' }));
    const notice = await screen.findByText(/Not printed/);
    expect(notice.textContent).toBe(
      'Not printed: the briefing has changes that could not be saved. Agenda and notes: Too long: at most 20,000 characters.',
    );
    expect(window.location.hash).not.toContain('print');
    expect((await storedBriefing(briefing.id))?.agenda).toBe('1. Benvenuto');
  });

  it('does not write an erased person’s name back into the agenda after a teammate’s erasure arrives', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
    const giovanna = await createContact(db, contactInput(asl.id, { name: 'Giovanna Esempio', emails: [] }));
    const briefing = await createBriefing(db, {
      title: 'Tavolo di Caserta',
      source: { kind: 'stakeholders', stakeholderIds: [asl.id] },
      agenda: '',
    });
    render(
      <Providers>
        <BriefingEditor briefingId={briefing.id} />
      </Providers>,
    );
    const agenda = await screen.findByRole('textbox', { name: /Agenda and notes/ }, FIRST_ANSWER);
    fireEvent.change(agenda, { target: { value: '1. Chiamare Giovanna Esempio' } });
    await waitFor(async () => expect((await storedBriefing(briefing.id))?.agenda).toBe('1. Chiamare Giovanna Esempio'));

    // The erasure a teammate made arrives by sync while the briefing is open (teamErasure.ts does the same).
    const report = await collectPersonalData(db, giovanna.id);
    await erasePerson(db, giovanna.id, { mentions: report.mentions, marker: '[erased]' });
    expect((await storedBriefing(briefing.id))?.agenda).toBe('1. Chiamare [erased]');

    // The coordinator goes on typing at the end of what the box shows.
    const shown = (agenda as HTMLTextAreaElement).value;
    fireEvent.change(agenda, { target: { value: `${shown}\n2. Protocollo` } });
    await waitFor(async () => expect((await storedBriefing(briefing.id))?.agenda).toContain('2. Protocollo'));
    expect(
      (await storedBriefing(briefing.id))?.agenda,
      'the agenda saved after the erasure names the erased person again',
    ).not.toContain('Giovanna Esempio');
  });

  it('says in words, at the field, that an agenda over 20,000 characters is too long to save', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
    const briefing = await createBriefing(db, {
      title: 'Tavolo di Caserta',
      source: { kind: 'stakeholders', stakeholderIds: [asl.id] },
      agenda: '',
    });
    render(
      <Providers>
        <BriefingEditor briefingId={briefing.id} />
      </Providers>,
    );
    const agenda = await screen.findByRole('textbox', { name: /Agenda and notes/ }, FIRST_ANSWER);
    fireEvent.change(agenda, { target: { value: 'x'.repeat(20_001) } });
    const notice = await screen.findByText(/Something went wrong/, undefined, FIRST_ANSWER);
    expect(
      { notice: notice.textContent, invalid: agenda.getAttribute('aria-invalid') },
      'the agenda is not saved; the only word is a notice quoting the internal field code',
    ).toEqual({ notice: expect.not.stringContaining('agenda: ') as unknown, invalid: 'true' });
  });
});
