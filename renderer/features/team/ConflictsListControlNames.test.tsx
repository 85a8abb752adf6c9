import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { trainingSchema } from '../../../shared/domain/training';
import { fieldDifferences } from '../../../shared/sync/conflictFields';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { RecordConflict } from '../../sync/conflicts';
import type { SyncEngine } from '../../sync/syncEngine';
import { ConflictsList } from './ConflictsList';

// A screen reader finds a control by its name: in a conflict card, two controls with one name
// (two versions by the same team member) could not be told apart, and the wrong one kept.

const stamp = { createdAt: '2026-09-01T10:00:00.000Z', updatedAt: '2026-09-01T10:00:00.000Z' };
const titles = ['Corso linee guida', 'Corso sulle linee guida', 'Corso linee guida 2026'];
/** Marco's version is shown; Anna changed the title twice on two laptops, on the same day. */
const versions = titles.map((title) => trainingSchema.parse({ id: 't-1', title, date: '2026-10-02', ...stamp }));
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
  revisions: ['2-0', '2-1', '2-2'],
  unshown: 0,
  deletions: [],
};

const accessibleName = (control: HTMLElement) => control.getAttribute('aria-label') ?? control.textContent ?? '';

describe('a conflict card with two versions by the same team member', () => {
  it('names each of its controls apart', async () => {
    const engine = {
      conflicts: vi.fn(async () => [conflict]),
      subscribe: vi.fn(() => () => undefined),
      resolve: vi.fn(async () => ({ ok: true })),
    };
    render(
      <I18nProvider initialLanguage="en">
        <NotificationsProvider>
          <ConflictsList engine={engine as unknown as SyncEngine} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    const card = (await screen.findByRole('table')).closest('li')!;
    const names = [...card.querySelectorAll<HTMLElement>('button, input')].map(accessibleName);
    const repeated = names.filter((name, index) => names.indexOf(name) !== index);
    expect(repeated, 'two controls of the card have the same name').toEqual([]);
  });
});
