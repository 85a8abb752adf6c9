import type { ContactInput } from '../../shared/domain/contact';
import type { RelationshipInput } from '../../shared/domain/relationship';
import type { StakeholderInput } from '../../shared/domain/stakeholder';
import { openTramaDatabase, type TramaDatabase } from '../../renderer/db/db';

/** A database of its own for each test (fake-indexeddb keeps them apart by name). */
export function freshDatabase(): TramaDatabase {
  return openTramaDatabase(`test-${crypto.randomUUID()}`);
}

export function stakeholderInput(overrides: Partial<StakeholderInput> = {}): StakeholderInput {
  return {
    name: 'ASL Napoli 1 Centro',
    categoryId: 'local-health-authority',
    level: 'local',
    region: 'campania',
    province: 'NA',
    sector: 'health',
    influence: 4,
    interest: 3,
    attitude: 'supporter',
    guidelinesStage: 'aware',
    ...overrides,
  };
}

export function contactInput(stakeholderId: string, overrides: Partial<ContactInput> = {}): ContactInput {
  return { stakeholderId, name: 'Maria Esempio', emails: ['maria.esempio@example.org'], ...overrides };
}

export function relationshipInput(
  sourceId: string,
  targetId: string,
  overrides: Partial<RelationshipInput> = {},
): RelationshipInput {
  return { sourceId, targetId, type: 'coordination', strength: 2, status: 'active', ...overrides };
}
