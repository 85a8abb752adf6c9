import { describe, expect, it } from 'vitest';
import { networkOn } from '../analysis/asOf';
import { addDays } from '../domain/common';
import { buildSampleNetwork } from './sampleNetwork';

const TODAY = '2026-12-06';
const sample = buildSampleNetwork(TODAY);
const dayOf = (stamp: string) => stamp.slice(0, 10);
const asOf = (day: string) => networkOn({ ...sample, history: [] }, day);

describe('the sample network entered over the years', () => {
  it('enters every stakeholder before its ties began, and no record after today', () => {
    const entered = new Map(sample.stakeholders.map((stakeholder) => [stakeholder.id, dayOf(stakeholder.createdAt)]));
    for (const relationship of sample.relationships) {
      expect(entered.get(relationship.sourceId)! <= relationship.since!).toBe(true);
      expect(entered.get(relationship.targetId)! <= relationship.since!).toBe(true);
      expect(dayOf(relationship.createdAt)).toBe(relationship.since);
    }
    for (const record of [...sample.stakeholders, ...sample.contacts, ...sample.relationships]) {
      expect(dayOf(record.createdAt) <= TODAY).toBe(true);
      expect(record.createdAt <= record.updatedAt).toBe(true);
    }
  });

  it('enters contact persons with their organisation', () => {
    const entered = new Map(sample.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.createdAt]));
    for (const contact of sample.contacts) expect(contact.createdAt).toBe(entered.get(contact.stakeholderId));
  });

  it('shows a network that grew: a year ago held fewer stakeholders and ties than today, and some', () => {
    const yearAgo = asOf(addDays(TODAY, -365));
    const now = asOf(TODAY);
    expect(now.stakeholders).toHaveLength(sample.stakeholders.length);
    expect(yearAgo.stakeholders.length).toBeGreaterThan(0);
    expect(yearAgo.stakeholders.length).toBeLessThan(now.stakeholders.length);
    expect(yearAgo.relationships.length).toBeGreaterThan(0);
    expect(yearAgo.relationships.length).toBeLessThan(now.relationships.length);
  });

  it('is the same network each time it is built for a day', () => {
    expect(buildSampleNetwork(TODAY)).toEqual(sample);
  });
});
