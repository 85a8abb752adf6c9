import type { AdvocacyAction, FollowUp } from '../domain/action';
import type { Agreement } from '../domain/agreement';
import { DEFAULT_CATEGORIES } from '../domain/categories';
import { addDays } from '../domain/common';
import type { Contact } from '../domain/contact';
import { ATTITUDES, GUIDELINES_STAGES, type GuidelinesStage } from '../domain/enums';
import type { StaffMember } from '../domain/organisation';
import type { RegionId } from '../domain/regions';
import type { Relationship } from '../domain/relationship';
import type { Stakeholder } from '../domain/stakeholder';
import type { ExportData } from '../io/exportData';
import { seededRandom, type Random } from './random';
import { enteredOverTheYears } from './sampleDates';
import { SAMPLE_ACTIONS, SAMPLE_AGREEMENTS } from './sampleActivity';
import { SAMPLE_STAFF, samplePerson } from './samplePeople';
import { buildSampleLinks } from './sampleRelationships';
import { SAMPLE_STAKEHOLDER_SPECS, type SampleStakeholderSpec } from './sampleStakeholders';

/** The sample holds every kind of record except programmes (the defaults are always there). */
export type SampleNetwork = Omit<ExportData, 'programmes'>;

const SEED = 20_260_101;

export const sampleStakeholderId = (key: string): string => `sample-${key}`;

const PROGRAMME_BY_REGION: Readonly<Record<RegionId, string>> = {
  lazio: 'programme-psychcare',
  campania: 'programme-psychcare',
  lombardia: 'programme-psychcare-2',
  sicilia: 'programme-psychcare-2',
  basilicata: 'programme-amif-basilicata',
};

const INFLUENCE_BY_CATEGORY: Readonly<Record<string, readonly [number, number]>> = {
  'regional-government': [5, 5],
  'national-government': [4, 5],
  'eu-body': [4, 5],
  'local-health-authority': [4, 5],
  prefecture: [4, 5],
  'mental-health-service': [3, 4],
  'territorial-commission': [3, 4],
  municipality: [3, 4],
  'police-immigration-office': [3, 3],
  hospital: [3, 4],
  funder: [4, 4],
  'international-organisation': [3, 4],
  'professional-body': [2, 4],
};

function programmeOf(region: RegionId | null): string {
  return region ? PROGRAMME_BY_REGION[region] : 'programme-psychcare';
}

function laterStage(a: GuidelinesStage, b: GuidelinesStage): GuidelinesStage {
  return GUIDELINES_STAGES.indexOf(a) >= GUIDELINES_STAGES.indexOf(b) ? a : b;
}

function tagsOf(spec: SampleStakeholderSpec): string[] {
  if (spec.key.includes('-sai-')) return ['SAI'];
  if (spec.key.includes('-cas-')) return ['CAS'];
  if (spec.key.includes('hotspot')) return ['hotspot'];
  if (spec.categoryId === 'mental-health-service') return ['salute mentale'];
  return [];
}

function buildStakeholder(
  spec: SampleStakeholderSpec,
  random: Random,
  stamp: string,
  minimumStage: GuidelinesStage,
): Stakeholder {
  const category = DEFAULT_CATEGORIES.find((candidate) => candidate.id === spec.categoryId);
  const [low, high] = INFLUENCE_BY_CATEGORY[spec.categoryId] ?? [1, 3];
  const stage = GUIDELINES_STAGES[Math.min(4, Math.floor(random.next() ** 1.6 * 5))] ?? 'not-engaged';
  return {
    id: sampleStakeholderId(spec.key),
    createdAt: stamp,
    updatedAt: stamp,
    name: spec.name,
    shortName: spec.shortName,
    categoryId: spec.categoryId,
    level: spec.level,
    region: spec.region,
    province: spec.province,
    city: spec.city,
    sector: spec.sector ?? category?.defaultSector ?? 'other',
    website: '',
    notes: '',
    tags: tagsOf(spec),
    programmeIds: [programmeOf(spec.region)],
    influence: random.integer(low, high),
    interest: random.integer(1, 5),
    attitude: random.pick(ATTITUDES.slice(0, 5)),
    guidelinesStage: laterStage(stage, minimumStage),
  };
}

/** The embedded sample network, dated relative to `today` (YYYY-MM-DD). Deterministic. */
export function buildSampleNetwork(today: string): SampleNetwork {
  const random = seededRandom(SEED);
  const stamp = `${today}T08:00:00.000Z`;
  const base = (id: string) => ({ id, createdAt: stamp, updatedAt: stamp });

  const minimumStages = new Map<string, GuidelinesStage>();
  for (const action of SAMPLE_ACTIONS) {
    if (action.status === 'done')
      for (const key of action.targets) minimumStages.set(key, laterStage(minimumStages.get(key) ?? 'aware', 'aware'));
  }
  for (const agreement of SAMPLE_AGREEMENTS) {
    const stage: GuidelinesStage =
      agreement.status === 'in-force' ? 'implementing' : agreement.status === 'signed' ? 'committed' : 'engaged';
    for (const [key] of agreement.parties) minimumStages.set(key, laterStage(minimumStages.get(key) ?? stage, stage));
  }
  const stakeholders = SAMPLE_STAKEHOLDER_SPECS.map((spec) =>
    buildStakeholder(spec, random, stamp, minimumStages.get(spec.key) ?? 'not-engaged'),
  );

  const contacts: Contact[] = [];
  const contactsByStakeholder = new Map<string, Contact[]>();
  for (const spec of SAMPLE_STAKEHOLDER_SPECS) {
    const count = random.chance(0.8) ? (random.chance(0.35) ? 2 : 1) : 0;
    for (let index = 0; index < count; index += 1) {
      const person = samplePerson(random, spec.categoryId, contacts.length + 1);
      const contact: Contact = {
        ...base(`sample-contact-${contacts.length + 1}`),
        stakeholderId: sampleStakeholderId(spec.key),
        name: person.name,
        role: person.role,
        emails: [person.email],
        phones: [person.phone],
        languages: person.languages,
        notes: '',
        isPrimary: index === 0,
        lawfulBasis: 'Legittimo interesse – contatto istituzionale (dati di esempio)',
      };
      contacts.push(contact);
      contactsByStakeholder.set(contact.stakeholderId, [
        ...(contactsByStakeholder.get(contact.stakeholderId) ?? []),
        contact,
      ]);
    }
  }

  const relationships: Relationship[] = buildSampleLinks(SAMPLE_STAKEHOLDER_SPECS, random).map((link, index) => ({
    ...base(`sample-rel-${index + 1}`),
    sourceId: sampleStakeholderId(link.sourceKey),
    targetId: sampleStakeholderId(link.targetKey),
    type: link.type,
    isDirected: link.isDirected,
    strength: link.strength,
    status: random.chance(0.95) ? 'active' : 'inactive',
    since: addDays(today, -random.integer(60, 1500)),
    until: null,
    notes: '',
  }));

  const agreements: Agreement[] = SAMPLE_AGREEMENTS.map((spec, index) => {
    const signedOn = spec.signedOffset === null ? null : addDays(today, spec.signedOffset);
    const partyRegions = spec.parties.map(
      ([key]) => SAMPLE_STAKEHOLDER_SPECS.find((candidate) => candidate.key === key)?.region ?? null,
    );
    return {
      ...base(`sample-agreement-${index + 1}`),
      title: spec.title,
      kind: spec.kind,
      parties: spec.parties.map(([key, role]) => ({ stakeholderId: sampleStakeholderId(key), role })),
      status: spec.status,
      signedOn,
      inForceFrom: signedOn === null ? null : addDays(signedOn, 15),
      expiresOn: spec.expiresOffset === null ? null : addDays(today, spec.expiresOffset),
      documentRef: spec.documentRef,
      programmeIds: [programmeOf(partyRegions.find((region) => region !== null) ?? null)],
      notes: '',
    };
  });

  const staff: StaffMember[] = SAMPLE_STAFF.map((member) => ({
    ...base(`sample-${member.key}`),
    name: member.name,
    role: member.role,
    email: `${member.name.toLowerCase().replace(' ', '.')}@example.org`,
    isActive: true,
  }));
  const ownerFor = (region: RegionId | null): string => `sample-staff-${region ?? 'lazio'}`;

  const actions: AdvocacyAction[] = [];
  const followUps: FollowUp[] = [];
  SAMPLE_ACTIONS.forEach((spec, index) => {
    const targetSpecs = spec.targets.map((key) => {
      const target = SAMPLE_STAKEHOLDER_SPECS.find((candidate) => candidate.key === key);
      if (!target) throw new Error(`Unknown sample stakeholder ${key}`);
      return target;
    });
    const regions = [...new Set(targetSpecs.map((target) => target.region).filter((region) => region !== null))];
    const actionId = `sample-action-${index + 1}`;
    const ownerId = ownerFor(regions[0] ?? null);
    actions.push({
      ...base(actionId),
      title: spec.title,
      kind: spec.kind,
      date: addDays(today, spec.dayOffset),
      regions,
      programmeId: programmeOf(regions[0] ?? null),
      objective: spec.objective,
      targetIds: targetSpecs.map((target) => sampleStakeholderId(target.key)),
      participantIds:
        spec.status === 'cancelled'
          ? []
          : targetSpecs.flatMap(
              (target) =>
                contactsByStakeholder
                  .get(sampleStakeholderId(target.key))
                  ?.slice(0, 1)
                  .map((contact) => contact.id) ?? [],
            ),
      ownerId,
      status: spec.status,
      outcome: spec.outcome,
    });
    spec.followUps.forEach((followUp, followUpIndex) => {
      followUps.push({
        ...base(`sample-followup-${index + 1}-${followUpIndex + 1}`),
        actionId,
        text: followUp.text,
        dueDate: addDays(today, followUp.dueOffset),
        ownerId,
        doneOn: followUp.doneOffset === null ? null : addDays(today, followUp.doneOffset),
      });
    });
  });

  return {
    ...enteredOverTheYears({ stakeholders, contacts, relationships, agreements, actions }, today),
    agreements,
    actions,
    followUps,
    staff,
  };
}
