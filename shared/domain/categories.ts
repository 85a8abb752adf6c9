import type { Language, Sector } from './enums';

// The Italian institutional taxonomy of docs/DESIGN.md §2.2. Categories are user-extensible: custom
// ones are stored in the database with the same shape; these defaults are never stored.

export interface Category {
  id: string;
  labels: Readonly<Record<Language, string>>;
  /** The sector a new stakeholder of this category starts with. */
  defaultSector: Sector;
}

export const DEFAULT_CATEGORIES = [
  {
    id: 'local-health-authority',
    defaultSector: 'health',
    labels: { it: 'Azienda sanitaria locale (ASL/ASP/ATS/ASST)', en: 'Local health authority (ASL/ASP/ATS/ASST)' },
  },
  {
    id: 'mental-health-service',
    defaultSector: 'health',
    labels: { it: 'Servizio di salute mentale (DSM/CSM/SerD)', en: 'Mental health service (DSM/CSM/SerD)' },
  },
  { id: 'hospital', defaultSector: 'health', labels: { it: 'Ospedale', en: 'Hospital' } },
  {
    id: 'regional-government',
    defaultSector: 'other',
    labels: { it: 'Regione (governo regionale)', en: 'Regional government' },
  },
  { id: 'prefecture', defaultSector: 'reception', labels: { it: 'Prefettura', en: 'Prefecture (Prefettura)' } },
  {
    id: 'police-immigration-office',
    defaultSector: 'public-order-and-asylum',
    labels: { it: 'Questura – Ufficio immigrazione', en: 'Police immigration office (Questura)' },
  },
  {
    id: 'territorial-commission',
    defaultSector: 'public-order-and-asylum',
    labels: {
      it: 'Commissione territoriale protezione internazionale',
      en: 'Territorial commission for international protection',
    },
  },
  {
    id: 'municipality',
    defaultSector: 'social',
    labels: { it: 'Comune / servizi sociali', en: 'Municipality / social services' },
  },
  {
    id: 'reception-centre',
    defaultSector: 'reception',
    labels: { it: 'Centro di accoglienza (CAS, SAI, CPA, hotspot)', en: 'Reception centre (CAS, SAI, CPA, hotspot)' },
  },
  {
    id: 'ngo',
    defaultSector: 'civil-society',
    labels: { it: 'ONG / terzo settore / volontariato', en: 'NGO / third sector / voluntary association' },
  },
  {
    id: 'cultural-mediation',
    defaultSector: 'civil-society',
    labels: { it: 'Mediazione culturale', en: 'Cultural mediation' },
  },
  { id: 'legal-aid', defaultSector: 'civil-society', labels: { it: 'Assistenza legale', en: 'Legal aid' } },
  {
    id: 'international-organisation',
    defaultSector: 'other',
    labels: { it: 'Organizzazione internazionale', en: 'International organisation' },
  },
  {
    id: 'professional-body',
    defaultSector: 'academic-professional',
    labels: { it: 'Ordine / società professionale', en: 'Professional body' },
  },
  {
    id: 'university',
    defaultSector: 'academic-professional',
    labels: { it: 'Università / ricerca', en: 'University / research' },
  },
  {
    id: 'national-government',
    defaultSector: 'other',
    labels: { it: 'Amministrazione centrale dello Stato', en: 'National government body' },
  },
  { id: 'eu-body', defaultSector: 'other', labels: { it: 'Istituzione UE', en: 'EU body' } },
  { id: 'funder', defaultSector: 'funder', labels: { it: 'Finanziatore', en: 'Funder' } },
  { id: 'other', defaultSector: 'other', labels: { it: 'Altro', en: 'Other' } },
] as const satisfies readonly Category[];

export type DefaultCategoryId = (typeof DEFAULT_CATEGORIES)[number]['id'];

export const DEFAULT_CATEGORY_IDS: readonly string[] = DEFAULT_CATEGORIES.map((category) => category.id);

/** Label of a category id in the given language; unknown ids are shown as they are. */
export function categoryLabel(
  categoryId: string,
  language: Language,
  customCategories: readonly Category[] = [],
): string {
  const category =
    DEFAULT_CATEGORIES.find((candidate) => candidate.id === categoryId) ??
    customCategories.find((candidate) => candidate.id === categoryId);
  return category ? category.labels[language] : categoryId;
}
