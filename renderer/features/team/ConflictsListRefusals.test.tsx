import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { trainingSchema } from '../../../shared/domain/training';
import { fieldDifferences } from '../../../shared/sync/conflictFields';
import { resolvedRecord, type Resolution } from '../../../shared/sync/resolveConflict';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { RecordConflict } from '../../sync/conflicts';
import type { SyncEngine } from '../../sync/syncEngine';
import { ConflictsList } from './ConflictsList';

// Issue 15: a choice the record's rules refuse is refused with a message that says which
// field and why (docs/DESIGN.md §8: errors name the field and the reason), and a card says what a
// resolution replaces unseen.

const stamp = { createdAt: '2026-09-01T10:00:00.000Z', updatedAt: '2026-09-01T10:00:00.000Z' };
const version = (date: string, endDate: string) =>
  trainingSchema.parse({ id: 't-1', title: 'Corso linee guida', date, endDate, ...stamp });

/** Anna moved the two-day course a week on; Marco kept the dates. */
const versions = [version('2026-10-02', '2026-10-03'), version('2026-10-09', '2026-10-10')];
const conflict: RecordConflict = {
  docId: 'trainings:t-1',
  table: 'trainings',
  id: 't-1',
  versions: versions.map((record, index) => ({
    rev: `2-${index}`,
    record,
    changedBy: index === 0 ? 'marco' : 'anna',
    changedAt: '2026-10-01T09:00:00.000Z',
  })),
  differences: fieldDifferences('trainings', versions),
  setAside: [],
  revisions: ['2-0', '2-1'],
  unshown: 0,
  deletions: [],
};

function engineResolvingForReal(listed: RecordConflict = conflict): SyncEngine {
  return {
    conflicts: vi.fn(async () => [listed]),
    subscribe: vi.fn(() => () => undefined),
    resolve: vi.fn(async (listed: RecordConflict, resolution: Resolution) => {
      const resolved = resolvedRecord(
        listed.table,
        listed.versions.map((one) => one.record),
        resolution,
        '2026-10-01T10:00:00.000Z',
      );
      return resolved.ok ? { ok: true } : { ok: false, reason: 'invalid', problems: resolved.problems };
    }),
  } as unknown as SyncEngine;
}

describe('the Conflicts list refuses an invalid choice', () => {
  it('names the field the record’s rules refuse, not only "choose otherwise"', async () => {
    render(
      <I18nProvider initialLanguage="en">
        <NotificationsProvider>
          <ConflictsList engine={engineResolvingForReal()} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    const card = (await screen.findByRole('table')).closest('li')!;
    // The first day from Anna's version, the last day left as shown: it ends before it starts.
    fireEvent.click(within(card).getByRole('radio', { name: 'Date (or first day): version 2' }));
    fireEvent.click(within(card).getByRole('button', { name: /Keep the chosen values/ }));
    const message = await screen.findByText(/do not make a valid record/);
    expect(
      message.textContent,
      'the refusal does not say which field is wrong (the last day now falls before the first): the user cannot tell what to choose otherwise',
    ).toMatch(/Last day/);
  });
});

describe('the Conflicts list says what a resolution removes unseen', () => {
  it('tells of the versions it does not show, which the resolution deletes too', async () => {
    // Many laptops changed one record offline: 10 versions shown, 25 more and one set aside replaced unseen.
    const crowded: RecordConflict = {
      ...conflict,
      unshown: 25,
      setAside: [{ rev: '2-x', rejection: { docId: conflict.docId, reason: 'invalid-record', issues: [] } }],
    };
    render(
      <I18nProvider initialLanguage="en">
        <NotificationsProvider>
          <ConflictsList engine={engineResolvingForReal(crowded)} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    const card = (await screen.findByRole('table')).closest('li')!;
    expect(
      card.textContent,
      'the card says nothing of the 25 versions not shown (nor of the one set aside), which "Keep…" deletes with the others',
    ).toMatch(/25/);
  });
});
