import { advocacyActionSchema, followUpSchema } from '../../shared/domain/action';
import { agreementSchema } from '../../shared/domain/agreement';
import { contactSchema } from '../../shared/domain/contact';
import { relationshipSchema } from '../../shared/domain/relationship';
import { stakeholderSchema } from '../../shared/domain/stakeholder';
import { trainingSchema } from '../../shared/domain/training';
import type { ReportNetwork, ReportScope } from '../../shared/analysis/programmeReport';
import type { TramaDatabase } from '../../renderer/db/db';

// A small Campania network for the programme report's tests: two bridges (one begun in 2026),
// a protocol signed in September, a relationship ended in June, three follow-ups (on time,
// late, open), a training with a Campania and a Lazio attendee, and records outside the
// programme, the region or the period.

const stamp = (day: string) => ({ createdAt: `${day}T09:00:00.000Z`, updatedAt: `${day}T09:00:00.000Z` });
const place = (id: string, fields: Record<string, unknown>, created = '2025-01-10') =>
  stakeholderSchema.parse({
    id,
    name: id,
    categoryId: 'reception-centre',
    level: 'local',
    region: 'campania',
    province: 'NA',
    sector: 'reception',
    influence: 3,
    interest: 3,
    attitude: 'neutral',
    guidelinesStage: 'aware',
    programmeIds: ['psychcare'],
    ...stamp(created),
    ...fields,
  });
const tie = (id: string, sourceId: string, targetId: string, since: string | null, until: string | null = null) =>
  relationshipSchema.parse({
    id,
    sourceId,
    targetId,
    type: 'collaboration',
    strength: 2,
    status: 'active',
    since,
    until,
    ...stamp('2025-01-10'),
  });

export const reportNetwork: ReportNetwork = {
  stakeholders: [
    place('cas', {}),
    place('asl', { sector: 'health', categoryId: 'local-health-authority', guidelinesStage: 'committed' }),
    place('sai', {}, '2026-03-02'),
    place('asl-new', { sector: 'health', categoryId: 'local-health-authority' }, '2026-04-01'),
    place('late', {}, '2027-02-01'),
    place('lazio', { region: 'lazio', province: 'RM' }, '2026-02-01'),
    place('other-programme', { programmeIds: ['amif'] }, '2026-02-01'),
  ],
  contacts: [
    contactSchema.parse({ id: 'anna', stakeholderId: 'cas', name: 'Anna', ...stamp('2025-01-10') }),
    contactSchema.parse({ id: 'luca', stakeholderId: 'lazio', name: 'Luca', ...stamp('2025-01-10') }),
  ],
  relationships: [
    tie('old-bridge', 'cas', 'asl', '2024-05-01'),
    tie('new-bridge', 'sai', 'asl-new', '2026-04-02'),
    tie('ended', 'cas', 'sai', '2025-01-01', '2026-06-30'),
    tie('elsewhere', 'lazio', 'other-programme', '2026-05-01'),
  ],
  agreements: [
    agreementSchema.parse({
      id: 'protocol',
      title: 'Protocollo',
      kind: 'operational-protocol',
      parties: [
        { stakeholderId: 'cas', role: 'signatory' },
        { stakeholderId: 'asl-new', role: 'signatory' },
      ],
      status: 'in-force',
      signedOn: '2026-09-15',
      programmeIds: ['psychcare'],
      ...stamp('2026-09-15'),
    }),
  ],
  actions: [
    advocacyActionSchema.parse({
      id: 'meet',
      title: 'Incontro',
      kind: 'bilateral-meeting',
      date: '2026-05-05',
      regions: ['campania'],
      programmeId: 'psychcare',
      status: 'done',
      ...stamp('2026-05-05'),
    }),
    advocacyActionSchema.parse({
      id: 'dropped',
      title: 'Annullato',
      kind: 'workshop',
      date: '2026-05-06',
      regions: ['campania'],
      programmeId: 'psychcare',
      status: 'cancelled',
      ...stamp('2026-05-06'),
    }),
    advocacyActionSchema.parse({
      id: 'last-year',
      title: 'Vecchio',
      kind: 'workshop',
      date: '2025-05-06',
      regions: ['campania'],
      programmeId: 'psychcare',
      status: 'done',
      ...stamp('2025-05-06'),
    }),
  ],
  followUps: [
    followUpSchema.parse({
      id: 'on-time',
      actionId: 'meet',
      text: 'Inviare verbale',
      dueDate: '2026-05-20',
      doneOn: '2026-05-19',
      ...stamp('2026-05-05'),
    }),
    followUpSchema.parse({
      id: 'late',
      actionId: 'meet',
      text: 'Chiamare',
      dueDate: '2026-06-01',
      doneOn: '2026-06-10',
      ...stamp('2026-05-05'),
    }),
    followUpSchema.parse({
      id: 'open',
      actionId: 'meet',
      text: 'Scrivere',
      dueDate: '2026-07-01',
      ...stamp('2026-05-05'),
    }),
    followUpSchema.parse({
      id: 'of-cancelled',
      actionId: 'dropped',
      text: 'Nulla',
      dueDate: '2026-07-01',
      ...stamp('2026-05-05'),
    }),
  ],
  trainings: [
    trainingSchema.parse({
      id: 'course',
      title: 'Linee guida',
      topic: '',
      date: '2026-10-01',
      region: 'campania',
      programmeId: 'psychcare',
      attendeeIds: ['anna', 'luca'],
      ...stamp('2026-10-01'),
    }),
  ],
};

export const YEAR_2026: ReportScope = {
  programmeId: 'psychcare',
  region: 'campania',
  from: '2026-01-01',
  to: '2026-12-31',
};

/** Writes the network into an app database, with the programme its records name (for the page's tests). */
export async function seedReportNetwork(database: TramaDatabase): Promise<void> {
  const { stakeholders, contacts, relationships, agreements, actions, followUps, trainings } = reportNetwork;
  await database.stakeholders.bulkAdd([...stakeholders]);
  await database.contacts.bulkAdd([...contacts]);
  await database.relationships.bulkAdd([...relationships]);
  await database.agreements.bulkAdd(
    agreements.map((agreement) => ({ ...agreement, partyIds: agreement.parties.map((party) => party.stakeholderId) })),
  );
  await database.actions.bulkAdd([...actions]);
  await database.followUps.bulkAdd([...followUps]);
  await database.trainings.bulkAdd([...trainings]);
  await database.programmes.add({
    id: 'psychcare',
    name: 'PsychCare 2',
    shortName: '',
    description: '',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  });
}
