import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createBriefing } from '../../db/repositories/briefings';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { BriefingEditor } from './BriefingEditor';

// "Who comes" in the editor: removing attendees by hand, with the keyboard and all of them.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
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

describe('removing attendees in the briefing editor', () => {
  it('does not say the source has no stakeholders when the coordinator removed them all', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
    const cas = await createStakeholder(db, stakeholderInput({ name: 'CAS Caserta', sector: 'reception' }));
    const briefing = await createBriefing(db, {
      title: 'Incontro ASL–CAS',
      source: { kind: 'stakeholders', stakeholderIds: [asl.id, cas.id] },
      agenda: '',
      removedStakeholderIds: [asl.id, cas.id],
    });
    render(
      <Providers>
        <BriefingEditor briefingId={briefing.id} />
      </Providers>,
    );
    await screen.findByRole('button', { name: 'Add ASL Caserta back' }, FIRST_ANSWER);
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(
      preview.textContent,
      'the preview blames the source, which brings two stakeholders listed under "Removed from this briefing"',
    ).not.toContain('the source has no stakeholders');
  });

  it('keeps the keyboard focus in "Who comes" after removing an attendee', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
    const cas = await createStakeholder(db, stakeholderInput({ name: 'CAS Caserta', sector: 'reception' }));
    const briefing = await createBriefing(db, {
      title: 'Tavolo di Caserta',
      source: { kind: 'stakeholders', stakeholderIds: [cas.id] },
      agenda: '',
    });
    render(
      <Providers>
        <BriefingEditor briefingId={briefing.id} />
      </Providers>,
    );
    const remove = await screen.findByRole('button', { name: 'Remove CAS Caserta' }, FIRST_ANSWER);
    remove.focus();
    fireEvent.click(remove);
    await screen.findByRole('button', { name: 'Add CAS Caserta back' }, FIRST_ANSWER);
    expect(
      document.activeElement === document.body ? 'the page (body)' : document.activeElement?.tagName,
      'a keyboard user who removed an attendee starts again from the top of the page',
    ).not.toBe('the page (body)');
  });

  it('moves the keyboard focus to the next attendee’s button, or the previous one’s at the end of the list', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
    const cas = await createStakeholder(db, stakeholderInput({ name: 'CAS Caserta', sector: 'reception' }));
    const comune = await createStakeholder(db, stakeholderInput({ name: 'Comune di Caserta', sector: 'social' }));
    const briefing = await createBriefing(db, {
      title: 'Tavolo di Caserta',
      source: { kind: 'stakeholders', stakeholderIds: [asl.id, cas.id, comune.id] },
      agenda: '',
    });
    render(
      <Providers>
        <BriefingEditor briefingId={briefing.id} />
      </Providers>,
    );
    const list = await screen.findByRole('list', { name: 'Who comes' }, FIRST_ANSWER);
    const names = () => [...list.querySelectorAll('button')].map((button) => button.getAttribute('aria-label'));
    const first = names()[0] ?? '';
    fireEvent.click(screen.getByRole('button', { name: first }));
    expect(document.activeElement?.getAttribute('aria-label')).toBe(names()[1]);
    await waitFor(() => expect(names()).toHaveLength(2));
    const last = names()[1] ?? '';
    fireEvent.click(screen.getByRole('button', { name: last }));
    expect(document.activeElement?.getAttribute('aria-label')).toBe(names()[0]);
  });
});
