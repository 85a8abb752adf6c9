import { describe, expect, it } from 'vitest';
import {
  compareByDueDate,
  countFollowUps,
  daysOverdue,
  followUpOwnerId,
  followUpsByAction,
  isOpenFollowUp,
  isOverdue,
  isOverdueFollowUp,
  lastContactDate,
  openFollowUpsInOrder,
} from './followUps';

const today = '2026-11-23';
const followUp = (text: string, dueDate: string | null, doneOn: string | null = null) => ({ text, dueDate, doneOn });

describe('isOverdue', () => {
  it('is overdue only when open and due before today', () => {
    expect(isOverdue(followUp('a', '2026-11-22'), today)).toBe(true);
    expect(isOverdue(followUp('b', today), today)).toBe(false);
    expect(isOverdue(followUp('c', '2026-11-01', '2026-11-02'), today)).toBe(false);
    expect(isOverdue(followUp('d', null), today)).toBe(false);
  });
});

describe('openFollowUpsInOrder', () => {
  const rows = [
    followUp('no date', null),
    followUp('next week', '2026-11-30'),
    followUp('done long ago', '2026-01-01', '2026-01-02'),
    followUp('yesterday', '2026-11-22'),
    followUp('today', today),
    followUp('last month', '2026-10-20'),
  ];

  it('lists open follow-ups overdue first, longest overdue on top, then by due date, undated last', () => {
    const ordered = openFollowUpsInOrder(rows, (row) => row, today);
    expect(ordered.map((row) => row.text)).toEqual(['last month', 'yesterday', 'today', 'next week', 'no date']);
  });

  it("keeps only the overdue ones for scope 'overdue'", () => {
    const ordered = openFollowUpsInOrder(rows, (row) => row, today, 'overdue');
    expect(ordered.map((row) => row.text)).toEqual(['last month', 'yesterday']);
  });

  it('reads the follow-up from a wrapping row and leaves the input untouched', () => {
    const wrapped = rows.map((row) => ({ followUp: row, actionTitle: `about ${row.text}` }));
    const ordered = openFollowUpsInOrder(wrapped, (row) => row.followUp, today, 'overdue');
    expect(ordered.map((row) => row.actionTitle)).toEqual(['about last month', 'about yesterday']);
    expect(wrapped[0]?.followUp.text).toBe('no date');
  });
});

describe('compareByDueDate', () => {
  it('sorts dated follow-ups before undated ones, as the lists do (an index sorts null first)', () => {
    const rows = [followUp('no date', null), followUp('overdue', '2026-11-20'), followUp('next week', '2026-11-30')];
    expect([...rows].sort(compareByDueDate).map((row) => row.text)).toEqual(['overdue', 'next week', 'no date']);
  });
});

describe('followUpOwnerId', () => {
  it("is the follow-up's own owner, else its action's, else nobody", () => {
    expect(followUpOwnerId({ ownerId: 'giulia' }, { ownerId: 'marco' })).toBe('giulia');
    expect(followUpOwnerId({ ownerId: null }, { ownerId: 'marco' })).toBe('marco');
    expect(followUpOwnerId({ ownerId: null }, { ownerId: null })).toBeNull();
    expect(followUpOwnerId({ ownerId: null }, undefined)).toBeNull();
  });
});

describe('follow-ups of a cancelled action', () => {
  it('are neither open nor overdue, while those of planned and done actions are', () => {
    const late = followUp('a', '2026-11-01');
    expect(isOpenFollowUp(late, { status: 'cancelled' })).toBe(false);
    expect(isOverdueFollowUp(late, { status: 'cancelled' }, today)).toBe(false);
    expect(isOpenFollowUp(late, { status: 'planned' })).toBe(true);
    expect(isOverdueFollowUp(late, { status: 'done' }, today)).toBe(true);
    expect(isOverdueFollowUp(late, undefined, today)).toBe(true);
    expect(isOpenFollowUp(followUp('b', null, today), { status: 'done' })).toBe(false);
  });
});

describe('countFollowUps', () => {
  const followUps = [followUp('a', '2026-11-01'), followUp('b', '2026-12-01'), followUp('c', '2026-11-01', today)];

  it('counts open and, among them, overdue', () => {
    expect(countFollowUps(followUps, { status: 'done' }, today)).toEqual({ open: 2, overdue: 1 });
  });

  it('counts nothing for a cancelled action', () => {
    expect(countFollowUps(followUps, { status: 'cancelled' }, today)).toEqual({ open: 0, overdue: 0 });
  });
});

describe('followUpsByAction', () => {
  it('groups follow-ups under their action, keeping their order', () => {
    const groups = followUpsByAction([
      { actionId: 'a', n: 1 },
      { actionId: 'b', n: 2 },
      { actionId: 'a', n: 3 },
    ]);
    expect([...groups].map(([id, items]) => [id, items.map((item) => item.n)])).toEqual([
      ['a', [1, 3]],
      ['b', [2]],
    ]);
  });
});

describe('lastContactDate', () => {
  const action = (
    date: string,
    status: 'done' | 'planned' | 'cancelled',
    targetIds: string[],
    participantIds: string[] = [],
  ) => ({ date, status, targetIds, participantIds });

  it('is the latest done action targeting the stakeholder', () => {
    const actions = [
      action('2026-03-01', 'done', ['asl']),
      action('2026-09-15', 'done', ['asl', 'prefettura']),
      action('2026-06-01', 'done', ['asl']),
    ];
    expect(lastContactDate(actions, 'asl', today)).toBe('2026-09-15');
  });

  it('ignores planned and cancelled actions, other targets and dates after today', () => {
    const actions = [
      action('2026-03-01', 'done', ['asl']),
      action('2026-11-20', 'planned', ['asl']),
      action('2026-11-21', 'cancelled', ['asl']),
      action('2026-11-22', 'done', ['prefettura']),
      action('2026-12-01', 'done', ['asl']),
    ];
    expect(lastContactDate(actions, 'asl', today)).toBe('2026-03-01');
  });

  it("counts a done action one of the stakeholder's contacts took part in, even when it was not a target", () => {
    const actions = [
      action('2026-03-01', 'done', ['asl']),
      action('2026-10-05', 'done', ['prefettura'], ['psychologist-at-asl']),
      action('2026-11-01', 'planned', ['prefettura'], ['psychologist-at-asl']),
    ];
    expect(lastContactDate(actions, 'asl', today, ['psychologist-at-asl', 'director-at-asl'])).toBe('2026-10-05');
    expect(lastContactDate(actions, 'asl', today)).toBe('2026-03-01');
    expect(lastContactDate(actions, 'other', today, ['someone-else'])).toBeNull();
  });

  it('counts an action done today and is null without any contact', () => {
    expect(lastContactDate([action(today, 'done', ['asl'])], 'asl', today)).toBe(today);
    expect(lastContactDate([action('2026-01-01', 'planned', ['asl'])], 'asl', today)).toBeNull();
    expect(lastContactDate([], 'asl', today)).toBeNull();
  });
});

describe('daysOverdue', () => {
  it('counts calendar days past the due date, across month ends and a DST change', () => {
    expect(daysOverdue(followUp('a', '2026-11-22'), today)).toBe(1);
    expect(daysOverdue(followUp('b', '2026-10-20'), today)).toBe(34);
    expect(daysOverdue(followUp('c', today), today)).toBe(0);
    expect(daysOverdue(followUp('d', '2026-11-01', '2026-11-02'), today)).toBe(0);
  });
});
