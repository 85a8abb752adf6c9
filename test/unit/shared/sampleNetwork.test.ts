import { describe, expect, it } from 'vitest';
import { advocacyActionSchema, followUpSchema } from '../../../shared/domain/action';
import { agreementSchema } from '../../../shared/domain/agreement';
import { addDays } from '../../../shared/domain/common';
import { contactSchema } from '../../../shared/domain/contact';
import { staffMemberSchema } from '../../../shared/domain/organisation';
import { REGION_IDS } from '../../../shared/domain/regions';
import { relationshipSchema } from '../../../shared/domain/relationship';
import { stakeholderSchema } from '../../../shared/domain/stakeholder';
import { SAMPLE_CAMPANIA_MEETING_TITLE } from '../../../shared/sample/sampleActivity';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';

const TODAY = '2026-11-22';
const sample = buildSampleNetwork(TODAY);
const stakeholderById = new Map(sample.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder]));

describe('sample network', () => {
  it('passes every entity schema', () => {
    for (const record of sample.stakeholders) stakeholderSchema.parse(record);
    for (const record of sample.contacts) contactSchema.parse(record);
    for (const record of sample.relationships) relationshipSchema.parse(record);
    for (const record of sample.agreements) agreementSchema.parse(record);
    for (const record of sample.actions) advocacyActionSchema.parse(record);
    for (const record of sample.followUps) followUpSchema.parse(record);
    for (const record of sample.staff) staffMemberSchema.parse(record);
  });

  it('is the same network every time it is built', () => {
    expect(buildSampleNetwork(TODAY)).toEqual(sample);
  });

  it('has about 150 stakeholders in all five regions plus national and EU level', () => {
    expect(sample.stakeholders.length).toBeGreaterThanOrEqual(140);
    expect(sample.stakeholders.length).toBeLessThanOrEqual(160);
    for (const region of REGION_IDS) {
      expect(sample.stakeholders.filter((stakeholder) => stakeholder.region === region).length).toBeGreaterThanOrEqual(
        15,
      );
    }
    const levels = new Set(
      sample.stakeholders.filter((stakeholder) => stakeholder.region === null).map((stakeholder) => stakeholder.level),
    );
    expect(levels).toEqual(new Set(['national', 'international', 'european']));
  });

  it('has about 400 relationships, all between known stakeholders and none doubled', () => {
    expect(sample.relationships.length).toBeGreaterThanOrEqual(380);
    const pairs = new Set<string>();
    for (const relationship of sample.relationships) {
      expect(stakeholderById.has(relationship.sourceId)).toBe(true);
      expect(stakeholderById.has(relationship.targetId)).toBe(true);
      pairs.add([relationship.sourceId, relationship.targetId].sort().join('|'));
    }
    expect(pairs.size).toBe(sample.relationships.length);
  });

  it('uses sample- ids everywhere so it can be cleared', () => {
    const all = [
      ...sample.stakeholders,
      ...sample.contacts,
      ...sample.relationships,
      ...sample.agreements,
      ...sample.actions,
      ...sample.followUps,
      ...sample.staff,
    ];
    expect(all.every((record) => record.id.startsWith('sample-'))).toBe(true);
    expect(new Set(all.map((record) => record.id)).size).toBe(all.length);
  });

  it('gives contacts example.org addresses only', () => {
    expect(sample.contacts.length).toBeGreaterThan(100);
    expect(sample.contacts.every((contact) => contact.emails.every((email) => email.endsWith('@example.org')))).toBe(
      true,
    );
    expect(sample.contacts.every((contact) => stakeholderById.has(contact.stakeholderId))).toBe(true);
  });

  it('has an agreement in force expiring within 90 days of the day it is loaded', () => {
    const expiring = sample.agreements.filter(
      (agreement) =>
        agreement.status === 'in-force' &&
        agreement.expiresOn !== null &&
        agreement.expiresOn >= TODAY &&
        agreement.expiresOn <= addDays(TODAY, 90),
    );
    expect(expiring.length).toBeGreaterThanOrEqual(1);
    expect(sample.agreements.some((agreement) => agreement.parties.length >= 3)).toBe(true);
  });

  it('has a planned Campania network meeting within 30 days with at least six targets', () => {
    const meeting = sample.actions.find((action) => action.title === SAMPLE_CAMPANIA_MEETING_TITLE);
    expect(meeting).toMatchObject({ kind: 'network-meeting', status: 'planned', regions: ['campania'] });
    expect(meeting!.date > TODAY && meeting!.date <= addDays(TODAY, 30)).toBe(true);
    expect(meeting!.targetIds.length).toBeGreaterThanOrEqual(6);
    expect(meeting!.participantIds.length).toBeGreaterThan(0);
  });

  it('has about 30 actions and some overdue follow-ups', () => {
    expect(sample.actions.length).toBeGreaterThanOrEqual(28);
    const overdue = sample.followUps.filter(
      (followUp) => followUp.doneOn === null && followUp.dueDate !== null && followUp.dueDate < TODAY,
    );
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    const actionIds = new Set(sample.actions.map((action) => action.id));
    expect(sample.followUps.every((followUp) => actionIds.has(followUp.actionId))).toBe(true);
  });

  it("leaves Sicily's reception centres without ties to the health system (the gap to find)", () => {
    const isHealth = (id: string) => stakeholderById.get(id)?.sector === 'health';
    const sicilianCentres = new Set(
      sample.stakeholders
        .filter((stakeholder) => stakeholder.region === 'sicilia' && stakeholder.categoryId === 'reception-centre')
        .map((stakeholder) => stakeholder.id),
    );
    expect(sicilianCentres.size).toBeGreaterThanOrEqual(3);
    const healthTies = sample.relationships.filter(
      (relationship) =>
        (sicilianCentres.has(relationship.sourceId) && isHealth(relationship.targetId)) ||
        (sicilianCentres.has(relationship.targetId) && isHealth(relationship.sourceId)),
    );
    expect(healthTies).toEqual([]);
  });
});
