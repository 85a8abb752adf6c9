import { describe, expect, it } from 'vitest';
import { REFERENCES } from './references';
import { afterTargetsDeleted } from './targetsDeleted';

describe('what deleting the records pointed at leaves of a record', () => {
  const sourceIds = REFERENCES.find((one) => one.from === 'briefings' && one.path === 'source.stakeholderIds[]')!;
  const targetIds = REFERENCES.find((one) => one.from === 'actions' && one.path === 'targetIds[]')!;
  const parties = REFERENCES.find((one) => one.from === 'agreements' && one.path === 'parties[].stakeholderId')!;
  const briefing = {
    source: { kind: 'stakeholders', stakeholderIds: ['s1'] },
    addedStakeholderIds: ['s2', 's3', 's2'],
    removedStakeholderIds: ['s1', 's3', 's9'],
    agenda: 'typed',
  };

  it('follows the rule of the reference: an id off a list, a record gone below what it needs', () => {
    expect(afterTargetsDeleted({ targetIds: ['s1', 's2'] }, targetIds, new Set(['s1']))).toEqual({ targetIds: ['s2'] });
    expect(afterTargetsDeleted({ targetIds: ['s1'] }, targetIds, new Set(['s1']))).toEqual({ targetIds: [] });
    const twoParties = { parties: [{ stakeholderId: 's1' }, { stakeholderId: 's2' }] };
    expect(afterTargetsDeleted(twoParties, parties, new Set(['s1']))).toBeNull();
    expect(afterTargetsDeleted(twoParties, parties, new Set(['s9']))).toBe(twoParties);
  });

  it('moves a fallback list into the list left empty, its exclusions losing the ids moved', () => {
    expect(afterTargetsDeleted(briefing, sourceIds, new Set(['s1']))).toEqual({
      source: { kind: 'stakeholders', stakeholderIds: ['s2', 's3'] },
      addedStakeholderIds: [],
      removedStakeholderIds: ['s1', 's9'],
      agenda: 'typed',
    });
    expect(briefing.addedStakeholderIds).toEqual(['s2', 's3', 's2']);
  });

  it('brings in none of the ids that go too, and gives null when none is left to bring', () => {
    expect(afterTargetsDeleted(briefing, sourceIds, new Set(['s1']), (id) => id === 's2')).toMatchObject({
      source: { stakeholderIds: ['s3'] },
    });
    expect(afterTargetsDeleted(briefing, sourceIds, new Set(['s1', 's2', 's3']))).toBeNull();
    expect(afterTargetsDeleted({ ...briefing, addedStakeholderIds: [] }, sourceIds, new Set(['s1']))).toBeNull();
  });
});
