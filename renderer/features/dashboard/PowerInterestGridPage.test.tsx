import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { PowerInterestGridPage } from './PowerInterestGridPage';

beforeAll(() => {
  // jsdom lacks these; the page uses them to put focus back on a moved dot.
  globalThis.CSS ??= { escape: (value: string) => value } as typeof CSS;
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
});

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

/** The first live query of a cold run can take a while to answer. */
const FIRST_ANSWER = { timeout: 5000 };

describe('moving a dot on the power–interest grid with the keyboard', () => {
  it('takes two quick arrow presses as two steps, even before the first has landed', async () => {
    const centre = await createStakeholder(db, stakeholderInput({ name: 'CAS Esempio', influence: 2, interest: 3 }));
    render(
      <I18nProvider initialLanguage="en">
        <NotificationsProvider>
          <PowerInterestGridPage route={{ section: 'grid', query: {} }} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    const dot = await screen.findByRole('button', { name: /CAS Esempio/ }, FIRST_ANSWER);
    fireEvent.keyDown(dot, { key: 'ArrowUp' });
    fireEvent.keyDown(dot, { key: 'ArrowUp' });

    await waitFor(async () => expect((await db.stakeholders.get(centre.id))?.influence).toBe(4));
    await waitFor(() =>
      expect(document.querySelector(`[data-stakeholder-id="${centre.id}"]`)?.getAttribute('data-influence')).toBe('4'),
    );
    expect((await db.stakeholders.get(centre.id))?.interest).toBe(3);
    await waitFor(() => expect(document.activeElement?.getAttribute('data-stakeholder-id')).toBe(centre.id));
  });
});
