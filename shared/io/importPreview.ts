import { z } from 'zod';
import { DEFAULT_CATEGORIES, type DefaultCategoryId } from '../domain/categories';
import type { Level, Sector } from '../domain/enums';
import { foldForMatching, normaliseRegion, type RegionId } from '../domain/regions';
import { stakeholderInputSchema, type Stakeholder, type StakeholderInput } from '../domain/stakeholder';
import { recogniseCategory, recogniseProvince, type ImportField } from './importFields';

// What importing each row would do, before anything is written: new, update (the row is a
// stakeholder we already have: same id, or same name and region), duplicate (an earlier
// row of the file already says it), or error — with the reasons.

export type ImportRowStatus = 'new' | 'update' | 'duplicate' | 'error';

export interface ImportedContact {
  name: string;
  role: string;
  emails: string[];
  phones: string[];
}

export interface ImportPreviewRow {
  /** The row's number as the spreadsheet shows it (the header is row 1). */
  rowNumber: number;
  name: string;
  status: ImportRowStatus;
  /** Reason codes, e.g. 'unknown-region', 'invalid-email', 'matches-existing'. */
  reasons: string[];
  stakeholder: StakeholderInput | null;
  /** The existing stakeholder an 'update' row merges into. */
  existingId: string | null;
  contact: ImportedContact | null;
}

const SECTOR_KEYWORDS: ReadonlyArray<readonly [Sector, RegExp]> = [
  ['health', /sanit|salute|health/],
  ['reception', /accoglienza|reception/],
  ['public-order-and-asylum', /ordine pubblico|asilo|asylum|public order/],
  ['social', /social/],
  ['civil-society', /terzo settore|civil|volontariato/],
  ['academic-professional', /universit|accadem|academ|professional/],
  ['funder', /finanz|fund/],
];

const PROVINCIAL: readonly DefaultCategoryId[] = ['local-health-authority', 'prefecture', 'police-immigration-office', 'territorial-commission'];

function levelFor(categoryId: DefaultCategoryId, region: RegionId | null): Level {
  if (region === null) return categoryId === 'eu-body' ? 'european' : categoryId === 'international-organisation' ? 'international' : 'national';
  if (categoryId === 'regional-government') return 'regional';
  return PROVINCIAL.includes(categoryId) ? 'provincial' : 'local';
}

export const matchKey = (name: string, region: string | null): string => `${foldForMatching(name)}|${region ?? ''}`;
const isEmail = (value: string) => z.email().safeParse(value).success;
const splitList = (text: string) => text.split(/[;,\n]/).map((part) => part.trim()).filter(Boolean);

export function previewImport(rows: readonly (readonly string[])[], fields: ReadonlyArray<ImportField | ''>, existing: readonly Stakeholder[]): ImportPreviewRow[] {
  const byId = new Map(existing.map((stakeholder) => [stakeholder.id, stakeholder]));
  const byKey = new Map(existing.map((stakeholder) => [matchKey(stakeholder.name, stakeholder.region), stakeholder]));
  const seenInFile = new Set<string>();
  return rows.map((row, index) => {
    const cell = (field: ImportField) => {
      const column = fields.indexOf(field);
      return column < 0 ? '' : (row[column] ?? '').trim();
    };
    const reasons: string[] = [];
    const name = cell('name');
    if (!name) reasons.push('missing-name');
    const regionText = cell('region');
    const region = regionText ? normaliseRegion(regionText) : null;
    if (regionText && !region) reasons.push('unknown-region');
    const provinceText = cell('province');
    const province = provinceText ? recogniseProvince(provinceText, region) : null;
    if (provinceText && !province) reasons.push('unknown-province');
    const categoryId = recogniseCategory(cell('category'), name) ?? 'other';
    const sectorText = foldForMatching(cell('sector'));
    const sector = SECTOR_KEYWORDS.find(([, pattern]) => sectorText && pattern.test(sectorText))?.[0] ?? DEFAULT_CATEGORIES.find((category) => category.id === categoryId)?.defaultSector ?? 'other';
    const emails = splitList(cell('contactEmail')).map((email) => email.toLowerCase());
    if (emails.some((email) => !isEmail(email))) reasons.push('invalid-email');
    const contactName = cell('contactName');
    const contact = contactName ? { name: contactName, role: cell('contactRole'), emails, phones: splitList(cell('contactPhone')) } : null;

    const existingMatch = byId.get(cell('id')) ?? (name ? byKey.get(matchKey(name, region)) : undefined);
    const imported: StakeholderInput = {
      name,
      shortName: cell('shortName'),
      categoryId,
      level: levelFor(categoryId, region),
      region,
      province: province ?? '',
      city: cell('city'),
      sector,
      website: cell('website'),
      notes: cell('notes'),
      tags: splitList(cell('tags')),
      programmeIds: [],
      influence: 3,
      interest: 3,
      attitude: 'unknown',
      guidelinesStage: 'not-engaged',
    };
    // A match keeps what we know and takes only what the sheet actually says.
    const stakeholder: StakeholderInput = existingMatch
      ? {
          ...existingMatch,
          ...Object.fromEntries(Object.entries(imported).filter(([key]) => cell(key as ImportField) !== '')),
          ...(cell('category') ? { categoryId, level: existingMatch.region === region ? existingMatch.level : imported.level } : {}),
          tags: [...new Set([...existingMatch.tags, ...(imported.tags ?? [])])],
        }
      : imported;
    const checked = stakeholderInputSchema.safeParse(stakeholder);
    if (!checked.success && reasons.length === 0) reasons.push(...new Set(checked.error.issues.map((issue) => issue.message)));
    if (reasons.length > 0) return { rowNumber: index + 2, name, status: 'error', reasons, stakeholder: null, existingId: null, contact: null };

    const key = matchKey(name, region);
    if (seenInFile.has(key)) return { rowNumber: index + 2, name, status: 'duplicate', reasons: ['duplicate-in-file'], stakeholder: null, existingId: null, contact };
    seenInFile.add(key);
    return {
      rowNumber: index + 2,
      name,
      status: existingMatch ? 'update' : 'new',
      reasons: existingMatch ? [byId.has(cell('id')) ? 'matches-id' : 'matches-existing'] : [],
      stakeholder,
      existingId: existingMatch?.id ?? null,
      contact,
    };
  });
}
