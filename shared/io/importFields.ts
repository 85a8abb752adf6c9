import { z } from 'zod';
import { DEFAULT_CATEGORIES, type DefaultCategoryId } from '../domain/categories';
import { idSchema } from '../domain/common';
import { contactFieldsSchema } from '../domain/contact';
import { PROVINCES_BY_REGION, REGION_IDS, foldForMatching, type RegionId } from '../domain/regions';
import { stakeholderFieldsSchema } from '../domain/stakeholder';

// What a column of an imported sheet can mean, and how headers and values written by
// people (Italian or English, any case, with or without accents) are recognised.

export const IMPORT_FIELDS = [
  'id',
  'name',
  'shortName',
  'category',
  'region',
  'province',
  'city',
  'sector',
  'level',
  'stage',
  'influence',
  'interest',
  'attitude',
  'website',
  'tags',
  'notes',
  'contactName',
  'contactRole',
  'contactEmail',
  'contactPhone',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A schema's own type under its wrappers: .default(), .optional(), .nullable(), a transform's input. */
function unwrapped(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return unwrapped(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return unwrapped(schema.in as z.ZodType);
  return schema;
}

/** A text schema's maximum length; a schema without one is a mistake found when this module loads. */
function longestText(schema: z.ZodType): number {
  const text = unwrapped(schema);
  if (text instanceof z.ZodString && text.maxLength !== null) return text.maxLength;
  throw new Error('An imported text field has no maximum length in its schema');
}

/** A list schema's maximum number of items, and its items' schema. */
function listOf(schema: z.ZodType): { items: number; item: z.ZodType } {
  const list = unwrapped(schema);
  const maximum = list instanceof z.ZodArray ? list._zod.def.checks?.find((check) => check instanceof z.core.$ZodCheckMaxLength) : undefined;
  if (list instanceof z.ZodArray && maximum instanceof z.core.$ZodCheckMaxLength) return { items: maximum._zod.def.maximum, item: list.element as z.ZodType };
  throw new Error('An imported list field has no maximum number of items in its schema');
}

/** The longest cell a list field takes: its items at their longest, joined by "; ". */
function longestList(schema: z.ZodType, itemLength?: number): number {
  const { items, item } = listOf(schema);
  return items * (itemLength ?? longestText(item)) + (items - 1) * 2;
}

/** A cell whose text is recognised (a region, a category, a score…): a short text's length. */
const RECOGNISED_TEXT = 300;

/** RFC 5321: an email address has at most 254 characters (the schema checks the form, not the length). */
const LONGEST_EMAIL = 254;

const stakeholder = stakeholderFieldsSchema.shape;
const contact = contactFieldsSchema.shape;

/**
 * The longest cell each field takes, read from the schemas in shared/domain (stakeholder.ts,
 * contact.ts, common.ts), so that the two cannot drift apart: a text field's maximum, a
 * list's items × item length with their separators. A longer cell is never cut silently:
 * the preview names it and the user decides (importCells.ts).
 */
export const IMPORT_FIELD_MAX_LENGTH: Readonly<Record<ImportField, number>> = {
  id: longestText(idSchema),
  name: longestText(stakeholder.name),
  shortName: longestText(stakeholder.shortName),
  category: RECOGNISED_TEXT,
  region: RECOGNISED_TEXT,
  province: RECOGNISED_TEXT,
  city: longestText(stakeholder.city),
  sector: RECOGNISED_TEXT,
  level: RECOGNISED_TEXT,
  stage: RECOGNISED_TEXT,
  influence: RECOGNISED_TEXT,
  interest: RECOGNISED_TEXT,
  attitude: RECOGNISED_TEXT,
  website: longestText(stakeholder.website),
  tags: longestList(stakeholder.tags),
  notes: longestText(stakeholder.notes),
  contactName: longestText(contact.name),
  contactRole: longestText(contact.role),
  contactEmail: longestList(contact.emails, LONGEST_EMAIL),
  contactPhone: longestList(contact.phones),
};

/** The longest cell any field takes: what the parsing worker brings back whole. */
export const LONGEST_IMPORT_CELL = Math.max(...Object.values(IMPORT_FIELD_MAX_LENGTH));

const HEADER_ALIASES: Readonly<Record<ImportField, readonly string[]>> = {
  id: ['id', 'trama id', 'codice trama'],
  name: ['ente', 'nome', 'nome ente', 'denominazione', 'organizzazione', 'istituzione', 'stakeholder', 'organisation', 'organization', 'name', 'institution'],
  shortName: ['sigla', 'acronimo', 'nome breve', 'short name', 'abbreviation', 'acronym'],
  category: ['categoria', 'tipo', 'tipologia', 'tipo ente', 'category', 'type', 'kind'],
  region: ['regione', 'region'],
  province: ['provincia', 'prov', 'province'],
  city: ['citta', 'comune', 'localita', 'sede', 'city', 'town', 'municipality'],
  sector: ['settore', 'ambito', 'sector'],
  level: ['livello', 'level'],
  stage: ['fase', 'fase linee guida', 'fase delle linee guida', 'stage', 'guidelines stage'],
  influence: ['influenza', 'potere', 'influence', 'power'],
  interest: ['interesse', 'interesse sostegno', 'interest', 'interest support', 'support'],
  attitude: ['atteggiamento', 'posizione', 'attitude', 'stance'],
  website: ['sito', 'sito web', 'sito internet', 'website', 'web', 'url'],
  tags: ['tag', 'tags', 'etichette', 'parole chiave', 'keywords'],
  notes: ['note', 'annotazioni', 'osservazioni', 'notes', 'comments', 'remarks'],
  contactName: ['referente', 'contatto', 'persona di riferimento', 'nominativo', 'contact', 'contact person', 'contact name', 'referent'],
  contactRole: ['ruolo', 'qualifica', 'incarico', 'funzione', 'role', 'position', 'job title', 'title'],
  contactEmail: ['email', 'e mail', 'mail', 'posta elettronica', 'indirizzo email', 'pec', 'email address'],
  contactPhone: ['telefono', 'tel', 'cellulare', 'cell', 'recapito telefonico', 'phone', 'mobile', 'telephone'],
};

/** For each column, the field its header most likely names ('' when none); no field twice. */
export function guessColumnFields(headers: readonly string[]): Array<ImportField | ''> {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const folded = foldForMatching(header).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
    const field = IMPORT_FIELDS.find((candidate) => !taken.has(candidate) && HEADER_ALIASES[candidate].includes(folded));
    if (!field) return '';
    taken.add(field);
    return field;
  });
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

/** A category id for how a sheet names a category, or a guess from the stakeholder's name. */
export function recogniseCategory(categoryText: string, nameText: string): DefaultCategoryId | null {
  const folded = foldForMatching(categoryText);
  if (folded) {
    const exact = DEFAULT_CATEGORIES.find((category) => category.id === folded || foldForMatching(category.labels.it) === folded || foldForMatching(category.labels.en) === folded);
    if (exact) return exact.id;
  }
  for (const text of [folded, foldForMatching(nameText)]) {
    const match = CATEGORY_KEYWORDS.find(([, pattern]) => pattern.test(text));
    if (match) return match[0];
  }
  return null;
}

/** A province code from "NA", "Napoli" or "napoli (NA)", within the region when known. */
export function recogniseProvince(text: string, region: RegionId | null): string | null {
  const folded = foldForMatching(text);
  if (!folded) return null;
  const regions = region ? [region] : REGION_IDS;
  for (const candidate of regions) {
    const province = PROVINCES_BY_REGION[candidate].find(
      (option) => option.code.toLowerCase() === folded || foldForMatching(option.name) === folded || folded.endsWith(`(${option.code.toLowerCase()})`),
    );
    if (province) return province.code;
  }
  return null;
}
