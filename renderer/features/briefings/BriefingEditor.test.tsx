import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createBriefing } from '../../db/repositories/briefings';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { stakeholderInput } from '../../../test/support/builders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { BriefingEditor } from './BriefingEditor';

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

/** The stored briefing, read after every write already asked for (IndexedDB runs them in order). */
function storedBriefing(id: string) {
  return db.transaction('r', db.briefings, () => db.briefings.get(id));
}

async function openEditor() {
  // A region with nothing on record: the preview stays a sentence, no map to draw.
  const briefing = await createBriefing(db, {
    title: 'Tavolo Basilicata',
    source: { kind: 'region', region: 'basilicata' },
    agenda: '',
  });
  const view = render(
    <Providers>
      <BriefingEditor briefingId={briefing.id} />
    </Providers>,
  );
  const title = await screen.findByRole('textbox', { name: /Title/ }, FIRST_ANSWER);
  const leave = () => view.rerender(<Providers>{null}</Providers>);
  return { briefing, title, leave };
}

describe('the briefing editor', () => {
  it('saves what was just typed before deleting, so leaving raises no error and Undo brings the text back', async () => {
    const { briefing, title, leave } = await openEditor();
    fireEvent.change(title, { target: { value: 'Tavolo Basilicata – marzo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete briefing' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Briefing deleted.'));
    leave();

    expect(await storedBriefing(briefing.id)).toBeUndefined();
    expect(screen.queryByRole('alert')?.textContent ?? '').toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await storedBriefing(briefing.id))?.title).toBe('Tavolo Basilicata – marzo'));
  });

  it('does not save a title typed and then cleared before the pause', async () => {
    const { briefing, title, leave } = await openEditor();
    fireEvent.change(title, { target: { value: 'Old draft' } });
    fireEvent.change(title, { target: { value: '' } });
    leave();

    expect((await storedBriefing(briefing.id))?.title).toBe('Tavolo Basilicata');
  });

  it('drops an attendee the region brings and adds one from elsewhere, stored with the briefing', async () => {
    const asp = await createStakeholder(
      db,
      stakeholderInput({ name: 'ASP Potenza', region: 'basilicata', province: 'PZ' }),
    );
    const cas = await createStakeholder(
      db,
      stakeholderInput({ name: 'CAS Tito', region: 'basilicata', province: 'PZ' }),
    );
    const iss = await createStakeholder(
      db,
      stakeholderInput({ name: 'Istituto Superiore di Sanità', region: null, province: '', level: 'national' }),
    );
    const { briefing } = await openEditor();
    const who = await screen.findByRole('group', { name: 'Who comes' }, FIRST_ANSWER);
    fireEvent.click(within(who).getByRole('button', { name: 'Remove CAS Tito' }));
    await within(who).findByRole('button', { name: 'Add CAS Tito back' }, FIRST_ANSWER);
    expect(within(who).queryByRole('button', { name: 'Remove CAS Tito' })).toBeNull();
    expect(await storedBriefing(briefing.id)).toMatchObject({
      removedStakeholderIds: [cas.id],
      addedStakeholderIds: [],
    });

    const picker = within(who).getByRole('combobox', { name: 'Add an attendee' });
    fireEvent.change(picker, { target: { value: 'Istituto' } });
    fireEvent.mouseDown(await screen.findByRole('option', { name: /Istituto Superiore di Sanità/ }, FIRST_ANSWER));
    await within(who).findByRole('button', { name: 'Remove Istituto Superiore di Sanità' }, FIRST_ANSWER);
    expect(await storedBriefing(briefing.id)).toMatchObject({ addedStakeholderIds: [iss.id] });

    fireEvent.click(within(who).getByRole('button', { name: 'Add CAS Tito back' }));
    await within(who).findByRole('button', { name: 'Remove CAS Tito' }, FIRST_ANSWER);
    expect(await storedBriefing(briefing.id)).toMatchObject({
      removedStakeholderIds: [],
      addedStakeholderIds: [iss.id],
    });
    expect(within(who).getByRole('button', { name: 'Remove ASP Potenza' })).toBeTruthy();
    expect(asp.id).not.toBe(iss.id);
  });
});
