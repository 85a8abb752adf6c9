import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db';
import { I18nProvider } from '../../i18n/I18nProvider';
import { RecordHistorySection } from './RecordHistorySection';
import { onRomeTime } from '../../../test/support/romeTime';

// The user is in Rome; history times are stored in UTC (toISOString).
onRomeTime();

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('a history entry’s time on a record’s page', () => {
  it('shows a change made at 00:30 on 7 Dec in Rome on 7 Dec, with its Rome time', async () => {
    expect(new Date('2026-12-06T23:30:00.000Z').getDate(), 'TZ=Europe/Rome did not take').toBe(7);
    await db.history.add({
      id: 'entry-at-night',
      at: '2026-12-06T23:30:00.000Z',
      table: 'stakeholders',
      recordIds: ['cas'],
      kind: 'changed',
      by: null,
      source: 'here',
      changes: [{ field: 'guidelinesStage', before: 'aware', after: 'committed' }],
    });
    render(
      <I18nProvider initialLanguage="en">
        <RecordHistorySection table="stakeholders" id="cas" />
      </I18nProvider>,
    );
    const list = await screen.findByRole('list', { name: 'History' }, { timeout: 5000 });
    const [entry] = within(list).getAllByRole('listitem');
    expect(entry!.textContent, 'the entry’s date and time').toContain('7 Dec 2026 00:30');
  });
});
