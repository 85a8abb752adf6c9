import type { z } from 'zod';
import type { Category } from '../../../shared/domain/categories';
import { REGIONAL_LEVELS, type Level } from '../../../shared/domain/enums';
import type { RegionId } from '../../../shared/domain/regions';
import type { Stakeholder, StakeholderInput, stakeholderFieldsSchema } from '../../../shared/domain/stakeholder';
import { changedFields } from './changedFields';

/**
 * The form's state: the stakeholder's fields as the inputs hold them, before validation (a
 * score or the tags as text, no region as ''). Derived from the schema: an optional text field
 * goes from the record to the form and back without being named here; a field with a
 * default needs its empty value in newStakeholderDraft.
 */
export type StakeholderDraft = Omit<
  z.output<typeof stakeholderFieldsSchema>,
  'region' | 'tags' | 'influence' | 'interest'
> & {
  region: string;
  tags: string;
  influence: string;
  interest: string;
};

export function newStakeholderDraft(category: Category): StakeholderDraft {
  return {
    name: '',
    shortName: '',
    categoryId: category.id,
    level: 'local',
    region: '',
    province: '',
    city: '',
    sector: category.defaultSector,
    website: '',
    notes: '',
    tags: '',
    programmeIds: [],
    influence: '3',
    interest: '3',
    attitude: 'unknown',
    guidelinesStage: 'not-engaged',
  };
}

export function draftFromStakeholder(stakeholder: Stakeholder): StakeholderDraft {
  return {
    ...stakeholder,
    region: stakeholder.region ?? '',
    tags: stakeholder.tags.join(', '),
    influence: String(stakeholder.influence),
    interest: String(stakeholder.interest),
  };
}

export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

export function isRegionalLevel(level: Level): boolean {
  return (REGIONAL_LEVELS as readonly Level[]).includes(level);
}

/** Converts the draft; the schema in the repository does the validation. */
export function inputFromDraft(draft: StakeholderDraft): StakeholderInput {
  return {
    ...draft,
    region: draft.region === '' ? null : (draft.region as RegionId),
    tags: splitList(draft.tags),
    influence: Number(draft.influence),
    interest: Number(draft.interest),
  };
}

/**
 * What a save writes: the fields the user changed, with level, region and province together,
 * since they are valid only together and the record may have moved meanwhile (a province
 * alone, written onto another region, is refused on every later save too).
 */
export function stakeholderPatch(opened: StakeholderInput, edited: StakeholderInput): Partial<StakeholderInput> {
  const patch = changedFields(opened, edited);
  const isPlaceChanged = 'level' in patch || 'region' in patch || 'province' in patch;
  if (!isPlaceChanged) return patch;
  return { ...patch, level: edited.level, region: edited.region, province: edited.province };
}
