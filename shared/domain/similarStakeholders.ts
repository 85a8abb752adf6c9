import { PROVINCES_BY_REGION, foldForMatching, type RegionId } from './regions';

// Stakeholders whose names say the same body in other words: "ASP Potenza" and "ASP
// Basilicata – Azienda Sanitaria di Potenza", "ATS Milano Città Metropolitana" and "ATS della
// Città Metropolitana di Milano". Names are compared as sets of words after folding accents,
// case and punctuation, dropping Italian stop words, and reading abbreviations and their
// expansions as one word (ASL/ASP/ATS/ASST/ASM and "Azienda Sanitaria …", DSM and
// "Dipartimento di Salute Mentale", CSM, a province code and its name). Only stakeholders of
// the same region (or both national) are compared, through an index of their words, so that
// a 10,000-row import against 10,000 stakeholders compares each row with a few names only.

export interface SimilarCandidate {
  id: string;
  name: string;
  shortName?: string;
  region: RegionId | null;
}

export interface SimilarMatch {
  id: string;
  name: string;
  /** 0–1: how much of the two names' words they share (SIMILARITY_THRESHOLD and up counts as similar). */
  score: number;
}

/**
 * Half the share of the shorter name's words found in the longer one, half the share of all
 * words the two have in common (weighted Dice). 0.75 takes "ASP Potenza" for "ASP Basilicata –
 * Azienda Sanitaria di Potenza" (0.88) and leaves "Prefettura di Potenza" (0.62) apart.
 */
export const SIMILARITY_THRESHOLD = 0.75;
/** A word in more names of one region than this says too little to look names up by (it still counts in the score). */
const COMMON_WORD_POSTINGS = 500;
const MAX_MATCHES = 3;

const STOP_WORDS = new Set(
  'di del della dello dei degli delle d da dal dalla e ed il lo la i gli le l a al alla per in of the and for'.split(
    ' ',
  ),
);
/** Words that name a kind of body rather than which one: they count half. */
const HEALTH_AUTHORITY = '#azienda-sanitaria';
const GENERIC_WORDS = new Set([
  HEALTH_AUTHORITY,
  'dsm',
  'csm',
  'comune',
  'regione',
  'prefettura',
  'questura',
  'ufficio',
  'servizi',
  'sai',
  'cas',
  'cpa',
  'cooperativa',
  'associazione',
  'progetto',
]);

/** Expansions read as one word, longest first; matched on folded text with stop words removed. */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bazienda socio sanitaria territoriale\b/g, HEALTH_AUTHORITY],
  [/\bazienda sanitaria (locale|provinciale|territoriale)\b/g, HEALTH_AUTHORITY],
  [/\bagenzia tutela salute\b/g, HEALTH_AUTHORITY],
  [/\bazienda sanitaria\b/g, HEALTH_AUTHORITY],
  [/\bdipartimento salute mentale\b/g, 'dsm'],
  [/\bcentro salute mentale\b/g, 'csm'],
];
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  asl: HEALTH_AUTHORITY,
  asp: HEALTH_AUTHORITY,
  ats: HEALTH_AUTHORITY,
  asst: HEALTH_AUTHORITY,
  asm: HEALTH_AUTHORITY,
};

const provinceNames = (region: RegionId | null): Map<string, string> =>
  new Map(
    (region ? PROVINCES_BY_REGION[region] : []).map((province) => [
      province.code.toLowerCase(),
      foldForMatching(province.name),
    ]),
  );
const PROVINCE_NAMES = new Map<RegionId | null, Map<string, string>>();

/** A name's words as the matcher compares them, e.g. "ASL RM1" → azienda sanitaria, roma, 1. */
export function nameWords(name: string, region: RegionId | null): string[] {
  let provinces = PROVINCE_NAMES.get(region);
  if (!provinces) PROVINCE_NAMES.set(region, (provinces = provinceNames(region)));
  const plain = foldForMatching(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    // "RM1", "NA3": a province code with a unit number.
    .replace(/\b([a-z]{2})(\d{1,2})\b/g, '$1 $2')
    .split(' ')
    .filter((word) => word && !STOP_WORDS.has(word))
    .map((word) => provinces.get(word) ?? word)
    .join(' ');
  const phrased = PHRASES.reduce((text, [pattern, word]) => text.replace(pattern, word), plain);
  return [...new Set(phrased.split(' ').map((word) => ABBREVIATIONS[word] ?? word))].filter(Boolean);
}

const weightOf = (word: string) => (GENERIC_WORDS.has(word) ? 0.5 : 1);
const isNumber = (word: string) => /^\d+$/.test(word);

/** How alike two names' words are (0–1); 0 for different numbered units (ASL Roma 1, ASL Roma 2). */
export function wordSimilarity(first: readonly string[], second: readonly string[]): number {
  const numbersOf = (words: readonly string[]) => words.filter(isNumber).sort().join(' ');
  const [firstNumbers, secondNumbers] = [numbersOf(first), numbersOf(second)];
  if (firstNumbers && secondNumbers && firstNumbers !== secondNumbers) return 0;
  const secondSet = new Set(second);
  let shared = 0;
  let sharesDistinctWord = false;
  for (const word of first)
    if (secondSet.has(word)) {
      shared += weightOf(word);
      sharesDistinctWord ||= !GENERIC_WORDS.has(word) && !isNumber(word);
    }
  // "ASL" alone, or "Comune di …" sharing only the kind of body, is no match.
  if (!sharesDistinctWord) return 0;
  const total = (words: readonly string[]) => words.reduce((sum, word) => sum + weightOf(word), 0);
  const [firstTotal, secondTotal] = [total(first), total(second)];
  const containment = shared / Math.min(firstTotal, secondTotal);
  const dice = (2 * shared) / (firstTotal + secondTotal);
  return (containment + dice) / 2;
}

interface IndexedName {
  candidate: SimilarCandidate;
  words: string[][];
}

/**
 * An index of the stakeholders' names by region and word; `find` gives the stakeholders
 * whose name or short name is similar to a name in the same region, best first.
 */
export function similarStakeholderIndex(candidates: readonly SimilarCandidate[]) {
  const byRegion = new Map<RegionId | null, { names: IndexedName[]; postings: Map<string, number[]> }>();
  for (const candidate of candidates) {
    let block = byRegion.get(candidate.region);
    if (!block) byRegion.set(candidate.region, (block = { names: [], postings: new Map() }));
    const words = [candidate.name, candidate.shortName ?? '']
      .filter(Boolean)
      .map((text) => nameWords(text, candidate.region));
    const position = block.names.push({ candidate, words }) - 1;
    for (const word of new Set(words.flat())) {
      if (GENERIC_WORDS.has(word)) continue;
      const posting = block.postings.get(word) ?? [];
      posting.push(position);
      block.postings.set(word, posting);
    }
  }

  /** `region` undefined: a region not chosen yet, every region's names are looked at. */
  function find(name: string, region: RegionId | null | undefined, excludeId?: string): SimilarMatch[] {
    const blocks = region === undefined ? [...byRegion.keys()] : [region];
    const matches = blocks.flatMap((blockRegion) => findInRegion(name, blockRegion, excludeId));
    return matches.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, MAX_MATCHES);
  }

  function findInRegion(name: string, region: RegionId | null, excludeId: string | undefined): SimilarMatch[] {
    const block = byRegion.get(region);
    if (!block) return [];
    const words = nameWords(name, region);
    const positions = new Set<number>();
    const postings = words.flatMap((word) => {
      const posting = block.postings.get(word);
      return posting ? [posting] : [];
    });
    for (const posting of postings.filter((posting) => posting.length <= COMMON_WORD_POSTINGS))
      for (const position of posting) positions.add(position);
    // Every word common: the rarest one still narrows the names down.
    const rarest = postings.reduce<number[] | undefined>((a, b) => (!a || b.length < a.length ? b : a), undefined);
    if (positions.size === 0 && rarest) for (const position of rarest) positions.add(position);
    const matches: SimilarMatch[] = [];
    for (const position of positions) {
      const { candidate, words: candidateWords } = block.names[position]!;
      if (candidate.id === excludeId) continue;
      const score = Math.max(...candidateWords.map((other) => wordSimilarity(words, other)));
      if (score >= SIMILARITY_THRESHOLD) matches.push({ id: candidate.id, name: candidate.name, score });
    }
    return matches;
  }

  return { find };
}
