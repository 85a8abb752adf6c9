import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { trainingSchema } from '../../../shared/domain/training';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { HeldRecord } from '../../sync/heldRecords';
import type { SyncEngine } from '../../sync/syncEngine';
import { HeldRecordsList } from './HeldRecordsList';

// Issue 15: a record a teammate put back while what it points at stays deleted here was held
// off this laptop's database and listed nowhere, although it stays live on the team's server.

const training = trainingSchema.parse({
  id: 't-1',
  title: 'Corso linee guida',
  date: '2026-10-02',
  attendeeIds: ['c-ada'],
  createdAt: '2026-09-01T10:00:00.000Z',
  updatedAt: '2026-10-01T09:00:00.000Z',
});
const held: HeldRecord = {
  docId: 'trainings:t-1',
  table: 'trainings',
  id: 't-1',
  record: training,
  changedBy: 'anna',
  changedAt: '2026-10-01T09:00:00.000Z',
  waitsFor: [{ field: 'attendeeIds', table: 'contacts' }],
};

function engineHolding(records: HeldRecord[]) {
  let listener: (() => void) | null = null;
  const engine = {
    heldRecords: vi.fn(async () => [...records]),
    subscribe: vi.fn((next: () => void) => {
      listener = next;
      return () => undefined;
    }),
  } as unknown as SyncEngine;
  return { engine, changed: () => listener?.() };
}

function renderIn(language: 'en' | 'it', engine: SyncEngine) {
  return render(
    <I18nProvider initialLanguage={language}>
      <HeldRecordsList engine={engine} />
    </I18nProvider>,
  );
}

describe('records held here while what they point at is deleted', () => {
  it('are listed with who put them back and what they wait for', async () => {
    renderIn('en', engineHolding([held]).engine);
    const section = await screen.findByRole('region', { name: 'Put back elsewhere, waiting here' });
    const item = within(section).getByRole('listitem');
    expect(item.textContent).toContain('Corso linee guida');
    expect(item.textContent).toContain('put back by anna');
    expect(item.textContent).toMatch(/waits for: .+ \(contact persons\)/i);
  });

  it('are said in Italian too', async () => {
    renderIn('it', engineHolding([held]).engine);
    const section = await screen.findByRole('region', { name: 'Ripristinati altrove, in attesa qui' });
    expect(within(section).getByRole('listitem').textContent).toContain('ripristino di anna');
  });

  it('show nothing when none waits, and appear once one does', async () => {
    const records: HeldRecord[] = [];
    const { engine, changed } = engineHolding(records);
    renderIn('en', engine);
    await act(async () => undefined);
    expect(screen.queryByRole('region', { name: 'Put back elsewhere, waiting here' })).toBeNull();
    records.push(held);
    await act(async () => changed());
    expect(await screen.findByRole('region', { name: 'Put back elsewhere, waiting here' })).toBeTruthy();
  });
});
