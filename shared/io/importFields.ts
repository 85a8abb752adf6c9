import { DEFAULT_CATEGORIES, type Category, type DefaultCategoryId } from '../domain/categories';
import type { Sector } from '../domain/enums';
import { PROVINCES_BY_REGION, REGION_IDS, foldForMatching, type RegionId } from '../domain/regions';
import { foldHeader, recognisedHeaders, type ColumnHeader, type ColumnImport } from './columns/columnDescriptor';
import { CONTACT_COLUMNS, type ContactImportField, type ImportedContact } from './columns/contactColumns';
import { PROGRAMME_COLUMNS, type ProgrammeColumnKey, type ProgrammeDraft } from './columns/programmeColumns';
import {
  STAKEHOLDER_COLUMNS,
  type StakeholderDraft,
  type StakeholderImportField,
  type StakeholderRecognisers,
} from './columns/stakeholderColumns';
import { LAST_CONTACT_IMPORT, type LastContactField } from './lastContactColumn';

// What a column of an imported sheet can mean, and how headers and values written by
// people (Italian or English, any case, with or without accents) are recognised. The
// fields are the descriptors' (columns/): a stakeholder's columns, and the contact person
// a stakeholder row may hold, and the date of the last contact with it (lastContactColumn.ts).

export type ImportField = StakeholderImportField | ContactImportField | LastContactField;

/** A column the import reads: its field, what the column choice calls it, and the headers it recognises. */
export interface ImportColumn<Field extends string, Draft, Recognisers> {
  field: Field;
  label: ColumnHeader;
  recognised: ReadonlySet<string>;
  reading: ColumnImport<Draft, Recognisers>;
}

function importColumns<Field extends string, Draft, Recognisers>(
  columns: ReadonlyArray<{ header: ColumnHeader; import?: ColumnImport<Draft, Recognisers, Field> }>,
): Array<ImportColumn<Field, Draft, Recognisers>> {
  return columns.flatMap((column) =>
    column.import
      ? [
          {
            field: column.import.field,
            label: column.import.label ?? column.header,
            recognised: recognisedHeaders(column),
            reading: column.import,
          },
        ]
      : [],
  );
}

export const STAKEHOLDER_IMPORTS: ReadonlyArray<
  ImportColumn<StakeholderImportField, StakeholderDraft, StakeholderRecognisers>
> = importColumns<StakeholderImportField, StakeholderDraft, StakeholderRecognisers>(STAKEHOLDER_COLUMNS);
export const CONTACT_IMPORTS: ReadonlyArray<ImportColumn<ContactImportField, ImportedContact, null>> = importColumns<
  ContactImportField,
  ImportedContact,
  null
>(CONTACT_COLUMNS);
export const PROGRAMME_IMPORTS: ReadonlyArray<ImportColumn<ProgrammeColumnKey, ProgrammeDraft, null>> = importColumns<
  ProgrammeColumnKey,
  ProgrammeDraft,
  null
>(PROGRAMME_COLUMNS);

const IMPORTS: ReadonlyArray<{
  field: ImportField;
  label: ColumnHeader;
  recognised: ReadonlySet<string>;
  reading: { maxLength: number };
}> = [...STAKEHOLDER_IMPORTS, ...CONTACT_IMPORTS, LAST_CONTACT_IMPORT];

/** Every field a stakeholder sheet's column can be imported into, in the order of the column choice. */
export const IMPORT_FIELDS: readonly ImportField[] = IMPORTS.map((column) => column.field);

/** What the column choice calls each field, in both languages. */
export const IMPORT_FIELD_LABELS: Readonly<Record<ImportField, ColumnHeader>> = Object.fromEntries(
  IMPORTS.map((column) => [column.field, column.label]),
) as Record<ImportField, ColumnHeader>;

/**
 * The longest cell each field takes, from the descriptors, which read it from the schemas
 * in shared/domain. A longer cell is never cut silently: the preview names it and the user
 * decides (importCells.ts).
 */
export const IMPORT_FIELD_MAX_LENGTH: Readonly<Record<ImportField, number>> = Object.fromEntries(
  IMPORTS.map((column) => [column.field, column.reading.maxLength]),
) as Record<ImportField, number>;

/**
 * Free text kept as written, blank edges and all: a note's indentation and blank lines are
 * the user's layout, as the stakeholder form keeps them (notesSchema). Every other cell is
 * trimmed: the blank edges of a name, an email, a date or a category are accidents of typing.
 */
export const TEXT_KEPT_AS_WRITTEN: ReadonlySet<ImportField> = new Set<ImportField>(['notes']);

/** The longest cell any field of any sheet the import reads takes: what the parsing worker brings back whole. */
export const LONGEST_IMPORT_CELL = Math.max(
  ...[...IMPORTS, ...PROGRAMME_IMPORTS].map((column) => column.reading.maxLength),
);

/** For each header, the field it most likely names ('' when none); no field twice. */
export function guessFields<Field extends string>(
  headers: readonly string[],
  columns: ReadonlyArray<{ field: Field; recognised: ReadonlySet<string> }>,
): Array<Field | ''> {
  const taken = new Set<Field>();
  return headers.map((header) => {
    const folded = foldHeader(header);
    const field = columns.find((candidate) => !taken.has(candidate.field) && candidate.recognised.has(folded))?.field;
    if (!field) return '';
    taken.add(field);
    return field;
  });
}

/** For each column of a stakeholder sheet, the field its header most likely names ('' when none); no field twice. */
export function guessColumnFields(headers: readonly string[]): Array<ImportField | ''> {
  return guessFields(headers, IMPORTS);
}

/** Category keywords seen in Italian and English lists, checked in this order. */
const CATEGORY_KEYWORDS: ReadonlyArray<readonly [DefaultCategoryId, RegExp]> = [
  ['mental-health-service', /\b(dsm|csm|serd|salute mentale|mental health|psichiatri|neuropsichiatri)/],
  ['local-health-authority', /\b(asl|asp|ats|asst|asm|azienda sanitaria|health authority)\b/],
  ['hospital', /\b(ospedal|policlinico|aorn|aou|hospital)/],
  ['prefecture', /\b(prefettura|prefecture|utg)\b/],
  ['police-immigration-office', /\b(questura|police)\b/],
  ['territorial-commission', /\b(commissione territoriale|territorial commission)/],
  ['reception-centre', /\b(cas|sai|sprar|cpa|hotspot|accoglienza|reception)\b/],
  ['regional-government', /\b(regione|region)\b/],
  ['municipality', /\b(comune|municipio|municipality|servizi sociali|social services)\b/],
  ['cultural-mediation', /\b(mediazione|mediation|mediator)/],
  ['legal-aid', /\b(legale|legal|avvocat|lawyer)/],
  ['university', /\b(universit|ricerca|research)/],
  ['professional-body', /\b(ordine|societa|society|professional|consiglio nazionale)\b/],
  ['national-government', /\b(ministero|ministry|istituto superiore)/],
  ['eu-body', /\b(commissione europea|european commission|euaa|unione europea)/],
  ['international-organisation', /\b(unhcr|oim|iom|oms|who|unicef)\b/],
  ['funder', /\b(fondazione|foundation|funder|fondo)\b/],
  ['ngo', /\b(ong|ngo|onlus|ets|associazion|cooperativa|coop|volontariato|charity|association)/],
];

/**
 * The category a sheet's text names exactly, a default one or one the organisation added:
 * by its label in either language or by its id, accents, case and punctuation aside.
 */
export function namedCategory(text: string, customCategories: readonly Category[] = []): string | null {
  return [...DEFAULT_CATEGORIES, ...customCategories].find((category) => namesCategory(text, category))?.id ?? null;
}

/** Whether a cell names this category exactly: its id or its label in either language, accents and case aside. */
export function namesCategory(text: string, category: Category): boolean {
  const folded = foldForMatching(text);
  return (
    folded !== '' &&
    [category.id, category.labels.it, category.labels.en].some((name) => foldForMatching(name) === folded)
  );
}

/** A default category guessed from keywords of a text ("ASL Napoli 1" is a health authority). */
export function categoryFromKeywords(text: string): DefaultCategoryId | null {
  const folded = foldForMatching(text);
  return CATEGORY_KEYWORDS.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
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

/** A sector from keywords of how a sheet names it ("Sanità", "Terzo settore"). */
export function recogniseSector(text: string): Sector | null {
  const folded = foldForMatching(text);
  return SECTOR_KEYWORDS.find(([, pattern]) => folded && pattern.test(folded))?.[0] ?? null;
}

/** A province code from "NA", "Napoli" or "napoli (NA)", within the region when known. */
export function recogniseProvince(text: string, region: RegionId | null): string | null {
  const folded = foldForMatching(text);
  if (!folded) return null;
  const regions = region ? [region] : REGION_IDS;
  for (const candidate of regions) {
    const province = PROVINCES_BY_REGION[candidate].find(
      (option) =>
        option.code.toLowerCase() === folded ||
        foldForMatching(option.name) === folded ||
        folded.endsWith(`(${option.code.toLowerCase()})`),
    );
    if (province) return province.code;
  }
  return null;
}
