import { DEFAULT_CATEGORIES, type Category, type DefaultCategoryId } from '../../domain/categories';
import type { Level, Sector } from '../../domain/enums';
import type { RegionId } from '../../domain/regions';

// How the stakeholder columns (stakeholderColumns.ts) read values people write, and the
// defaults of a new stakeholder that the sheet does not give.

/** The value among `values` that `text` is exactly, if any (narrows a recognised label to its type). */
export const oneOf = <Value extends string>(values: readonly Value[], text: string | null): Value | null =>
  values.find((value) => value === text) ?? null;

/** An influence or interest score: a whole number from 1 to 5 ("4", or "4,0" as Italian spreadsheets write it). */
export function score(text: string): number | null {
  const value = Number(text.replace(',', '.'));
  return Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;
}

/** Programme names in a cell: separated as the export writes them; a name may hold a comma (planProgrammes reads those). */
export const splitProgrammeNames = (text: string): string[] =>
  text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);

const PROVINCIAL: readonly DefaultCategoryId[] = [
  'local-health-authority',
  'prefecture',
  'police-immigration-office',
  'territorial-commission',
];

/** The level a stakeholder most likely has, from its category and whether it has a region. */
export function levelFor(categoryId: string, region: RegionId | null): Level {
  if (region === null)
    return categoryId === 'eu-body'
      ? 'european'
      : categoryId === 'international-organisation'
        ? 'international'
        : 'national';
  if (categoryId === 'regional-government') return 'regional';
  return PROVINCIAL.some((id) => id === categoryId) ? 'provincial' : 'local';
}

/** A new stakeholder's sector when the sheet gives none: its category's usual one (the organisation's own categories too). */
export const defaultSector = (categoryId: string | undefined, customCategories: readonly Category[] = []): Sector =>
  [...DEFAULT_CATEGORIES, ...customCategories].find((category) => category.id === categoryId)?.defaultSector ?? 'other';
