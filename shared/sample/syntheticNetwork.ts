import { DEFAULT_CATEGORIES } from '../domain/categories';
import { ATTITUDES, GUIDELINES_STAGES, RELATIONSHIP_TYPES } from '../domain/enums';
import type { Relationship } from '../domain/relationship';
import type { Stakeholder } from '../domain/stakeholder';
import { seededRandom, type Random } from './random';
import type { SampleNetwork } from './sampleNetwork';
import { SAMPLE_STAKEHOLDER_SPECS, type SampleStakeholderSpec } from './sampleStakeholders';

// Large networks for the benchmark: as many stakeholders as asked, with the sample's mix
// of regions and categories (each synthetic stakeholder copies the category, level, region,
// province and city of a sample stakeholder), and relationships that stay mostly within a
// region, as real networks do. Pure and seeded: the same size always gives the same network.

export interface SyntheticNetworkOptions {
  stakeholders: number;
  /** Relationships per stakeholder (the issue asks for 5). */
  relationshipsPerStakeholder?: number;
  /** Share of relationships between two stakeholders of the same region (or both national). */
  withinRegionShare?: number;
  seed?: number;
  /** Timestamps of every record. */
  stamp?: string;
}

export const syntheticStakeholderId = (index: number): string => `synthetic-s-${index}`;

const DEFAULT_SEED = 6_2026;

function groupKey(record: Pick<SampleStakeholderSpec, 'region'>): string {
  return record.region ?? 'none';
}

function buildStakeholder(index: number, spec: SampleStakeholderSpec, random: Random, stamp: string): Stakeholder {
  const category = DEFAULT_CATEGORIES.find((candidate) => candidate.id === spec.categoryId);
  const serial = String(index + 1).padStart(5, '0');
  return {
    id: syntheticStakeholderId(index),
    createdAt: stamp,
    updatedAt: stamp,
    name: `${spec.name} #${serial}`,
    shortName: `${spec.shortName} ${serial}`,
    categoryId: spec.categoryId,
    level: spec.level,
    region: spec.region,
    province: spec.province,
    city: spec.city,
    sector: spec.sector ?? category?.defaultSector ?? 'other',
    website: '',
    notes: '',
    tags: [],
    programmeIds: [],
    influence: random.integer(1, 5),
    interest: random.integer(1, 5),
    attitude: random.pick(ATTITUDES),
    guidelinesStage: random.pick(GUIDELINES_STAGES),
  };
}

export function buildSyntheticNetwork(options: SyntheticNetworkOptions): SampleNetwork {
  const count = Math.max(0, Math.floor(options.stakeholders));
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const stamp = options.stamp ?? '2026-01-01T08:00:00.000Z';
  const stakeholders: Stakeholder[] = [];
  const indicesByGroup = new Map<string, number[]>();
  for (let index = 0; index < count; index += 1) {
    const spec = random.pick(SAMPLE_STAKEHOLDER_SPECS);
    stakeholders.push(buildStakeholder(index, spec, random, stamp));
    const group = groupKey(spec);
    const members = indicesByGroup.get(group) ?? [];
    members.push(index);
    indicesByGroup.set(group, members);
  }

  const wanted = count < 2 ? 0 : Math.floor(count * (options.relationshipsPerStakeholder ?? 5));
  // A simple graph has at most n(n-1)/2 edges; small sizes must not loop forever.
  const target = Math.min(wanted, (count * (count - 1)) / 2);
  const withinShare = options.withinRegionShare ?? 0.85;
  const relationships: Relationship[] = [];
  const seen = new Set<string>();
  let attempts = 0;
  while (relationships.length < target && attempts < target * 20) {
    attempts += 1;
    const source = random.integer(0, count - 1);
    const sourceGroup = indicesByGroup.get(groupKey(stakeholders[source]!)) ?? [];
    const targetIndex =
      random.chance(withinShare) && sourceGroup.length > 1 ? random.pick(sourceGroup) : random.integer(0, count - 1);
    if (targetIndex === source) continue;
    const pair = source < targetIndex ? `${source}|${targetIndex}` : `${targetIndex}|${source}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    relationships.push({
      id: `synthetic-r-${relationships.length}`,
      createdAt: stamp,
      updatedAt: stamp,
      sourceId: syntheticStakeholderId(source),
      targetId: syntheticStakeholderId(targetIndex),
      type: random.pick(RELATIONSHIP_TYPES),
      isDirected: random.chance(0.2),
      strength: random.integer(1, 3),
      status: random.chance(0.95) ? 'active' : 'inactive',
      since: null,
      until: null,
      notes: '',
    });
  }
  return { stakeholders, relationships, contacts: [], agreements: [], actions: [], followUps: [], staff: [] };
}
