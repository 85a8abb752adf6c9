// The five regions of the programmes (docs/DESIGN.md §1) with their provinces (ISTAT sigle).

export const REGION_IDS = ['lazio', 'lombardia', 'campania', 'sicilia', 'basilicata'] as const;
export type RegionId = (typeof REGION_IDS)[number];

export interface Province {
  code: string;
  name: string;
}

export const PROVINCES_BY_REGION: Readonly<Record<RegionId, readonly Province[]>> = {
  lazio: [
    { code: 'RM', name: 'Roma' },
    { code: 'FR', name: 'Frosinone' },
    { code: 'LT', name: 'Latina' },
    { code: 'RI', name: 'Rieti' },
    { code: 'VT', name: 'Viterbo' },
  ],
  lombardia: [
    { code: 'MI', name: 'Milano' },
    { code: 'BG', name: 'Bergamo' },
    { code: 'BS', name: 'Brescia' },
    { code: 'CO', name: 'Como' },
    { code: 'CR', name: 'Cremona' },
    { code: 'LC', name: 'Lecco' },
    { code: 'LO', name: 'Lodi' },
    { code: 'MN', name: 'Mantova' },
    { code: 'MB', name: 'Monza e della Brianza' },
    { code: 'PV', name: 'Pavia' },
    { code: 'SO', name: 'Sondrio' },
    { code: 'VA', name: 'Varese' },
  ],
  campania: [
    { code: 'NA', name: 'Napoli' },
    { code: 'AV', name: 'Avellino' },
    { code: 'BN', name: 'Benevento' },
    { code: 'CE', name: 'Caserta' },
    { code: 'SA', name: 'Salerno' },
  ],
  sicilia: [
    { code: 'PA', name: 'Palermo' },
    { code: 'AG', name: 'Agrigento' },
    { code: 'CL', name: 'Caltanissetta' },
    { code: 'CT', name: 'Catania' },
    { code: 'EN', name: 'Enna' },
    { code: 'ME', name: 'Messina' },
    { code: 'RG', name: 'Ragusa' },
    { code: 'SR', name: 'Siracusa' },
    { code: 'TP', name: 'Trapani' },
  ],
  basilicata: [
    { code: 'PZ', name: 'Potenza' },
    { code: 'MT', name: 'Matera' },
  ],
};

export function isProvinceOf(region: RegionId, provinceCode: string): boolean {
  return PROVINCES_BY_REGION[region].some((province) => province.code === provinceCode);
}

/** Ways of typing an apostrophe: keyboards, word processors and phones each pick one. */
const APOSTROPHES = /[\u2019\u2018\u02bc`\u00b4]/g;
export const foldApostrophes = (text: string) => text.replace(APOSTROPHES, "'");

/**
 * Lower-case, accents stripped, apostrophes made one, spaces collapsed: the key for tolerant
 * name matching. Apostrophes are folded first: the grave and acute accents typed as
 * apostrophes (` ´) are diacritics and would otherwise vanish, joining "l´aquila" into one word.
 */
export function foldForMatching(text: string): string {
  return foldApostrophes(text)
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\s_.-]+/g, ' ')
    .trim();
}

const REGION_ALIASES: Readonly<Record<string, RegionId>> = {
  lazio: 'lazio',
  latium: 'lazio',
  lombardia: 'lombardia',
  lombardy: 'lombardia',
  lombardie: 'lombardia',
  campania: 'campania',
  sicilia: 'sicilia',
  sicily: 'sicilia',
  sicile: 'sicilia',
  basilicata: 'basilicata',
  lucania: 'basilicata',
};

/**
 * Reads a region as people write it in spreadsheets: Italian or English, any case,
 * with or without "Regione"/"Region". Returns null when it is not one of the five.
 */
export function normaliseRegion(text: string): RegionId | null {
  const folded = foldForMatching(text).replace(/^(regione|region)\s+/, '');
  return REGION_ALIASES[folded] ?? null;
}
