import type { DefaultRelationshipType } from '../domain/enums';
import type { RegionId } from '../domain/regions';
import type { Random } from './random';
import type { SampleStakeholderSpec } from './sampleStakeholders';

// Who is linked to whom in the sample: the institutional ties of docs/DESIGN.md §1 (regions oversee
// health authorities, prefectures oversee reception centres, ...), then informal ties to
// reach a realistic density. Sicily's reception centres are deliberately left without any
// tie to the health system: the gap the dashboard and briefings must reveal.

export interface SampleLink {
  sourceKey: string;
  targetKey: string;
  type: DefaultRelationshipType;
  strength: 1 | 2 | 3;
  isDirected: boolean;
}

export const REGION_WITHOUT_RECEPTION_HEALTH_TIES: RegionId = 'sicilia';
const TARGET_LINK_COUNT = 400;

const HEALTH_CATEGORIES = new Set(['local-health-authority', 'mental-health-service', 'hospital']);

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function buildSampleLinks(specs: readonly SampleStakeholderSpec[], random: Random): SampleLink[] {
  const byKey = new Map(specs.map((spec) => [spec.key, spec]));
  const links: SampleLink[] = [];
  const seen = new Set<string>();

  function isForbidden(a: SampleStakeholderSpec, b: SampleStakeholderSpec): boolean {
    const isHealth = (spec: SampleStakeholderSpec) =>
      HEALTH_CATEGORIES.has(spec.categoryId) || spec.sector === 'health';
    const isGapReception = (spec: SampleStakeholderSpec) =>
      spec.categoryId === 'reception-centre' && spec.region === REGION_WITHOUT_RECEPTION_HEALTH_TIES;
    return (isGapReception(a) && isHealth(b)) || (isGapReception(b) && isHealth(a));
  }

  function link(
    source: SampleStakeholderSpec,
    target: SampleStakeholderSpec,
    type: DefaultRelationshipType,
    strength: 1 | 2 | 3,
    isDirected = false,
  ): void {
    const key = pairKey(source.key, target.key);
    if (source.key === target.key || seen.has(key) || isForbidden(source, target)) return;
    seen.add(key);
    links.push({ sourceKey: source.key, targetKey: target.key, type, strength, isDirected });
  }

  const ofCategory = (pool: readonly SampleStakeholderSpec[], ...categories: string[]) =>
    pool.filter((spec) => categories.includes(spec.categoryId));
  const sameProvince = (pool: readonly SampleStakeholderSpec[], province: string) =>
    pool.filter((spec) => spec.province === province);
  const nearest = (pool: readonly SampleStakeholderSpec[], province: string) =>
    sameProvince(pool, province)[0] ?? pool[0];

  const regions = [...new Set(specs.map((spec) => spec.region).filter((region) => region !== null))];
  for (const region of regions) {
    const pool = specs.filter((spec) => spec.region === region);
    const [regionalGovernment] = ofCategory(pool, 'regional-government');
    const healthAuthorities = ofCategory(pool, 'local-health-authority');
    const mentalHealth = ofCategory(pool, 'mental-health-service');
    const hospitals = ofCategory(pool, 'hospital');
    const prefectures = ofCategory(pool, 'prefecture');
    const police = ofCategory(pool, 'police-immigration-office');
    const commissions = ofCategory(pool, 'territorial-commission');
    const municipalities = ofCategory(pool, 'municipality');
    const reception = ofCategory(pool, 'reception-centre');
    const associations = ofCategory(pool, 'ngo');
    const mediation = ofCategory(pool, 'cultural-mediation');
    const legalAid = ofCategory(pool, 'legal-aid');
    const academia = ofCategory(pool, 'university', 'professional-body');

    for (const authority of [...healthAuthorities, ...mentalHealth]) {
      if (regionalGovernment)
        link(
          regionalGovernment,
          authority,
          'oversight',
          authority.categoryId === 'local-health-authority' ? 3 : 2,
          true,
        );
    }
    for (const service of mentalHealth) {
      for (const authority of sameProvince(healthAuthorities, service.province))
        link(authority, service, 'coordination', 3);
      for (const hospital of hospitals) link(service, hospital, 'referral-pathway', 2);
    }
    for (const centre of reception) {
      const prefecture = nearest(prefectures, centre.province);
      if (prefecture) link(prefecture, centre, 'oversight', 3, true);
      const municipality = sameProvince(municipalities, centre.province)[0];
      if (municipality)
        link(
          municipality,
          centre,
          centre.key.includes('-sai-') ? 'funding' : 'coordination',
          centre.key.includes('-sai-') ? 3 : 1,
          centre.key.includes('-sai-'),
        );
      const service = nearest(mentalHealth, centre.province);
      if (service) link(centre, service, 'referral-pathway', 2);
      const authority = nearest(healthAuthorities, centre.province);
      if (authority && random.chance(0.5)) link(centre, authority, 'referral-pathway', 1);
      for (const mediator of mediation) link(mediator, centre, 'coordination', 2);
      for (const lawyer of legalAid) link(lawyer, centre, 'informal', 1);
      if (associations.length > 0)
        link(random.pick(associations), centre, random.pick(['coordination', 'informal'] as const), 2);
    }
    for (const prefecture of prefectures) {
      for (const office of police) link(prefecture, office, 'coordination', 2);
      for (const commission of commissions) link(prefecture, commission, 'coordination', 1);
    }
    for (const office of police) for (const commission of commissions) link(office, commission, 'coordination', 2);
    for (const municipality of municipalities) {
      const authority = nearest(healthAuthorities, municipality.province);
      if (authority) link(municipality, authority, 'coordination', 2);
    }
    for (const association of [...associations, ...mediation]) {
      if (mentalHealth.length > 0)
        link(
          association,
          random.pick(mentalHealth),
          random.pick(['advocacy', 'referral-pathway', 'coordination'] as const),
          2,
        );
    }
    for (const lawyer of legalAid) for (const commission of commissions) link(lawyer, commission, 'advocacy', 1);
    for (const institution of academia) {
      for (const service of mentalHealth)
        link(institution, service, 'training', institution.categoryId === 'university' ? 2 : 1);
    }
  }

  const all = (...categories: string[]) => ofCategory(specs, ...categories).filter((spec) => spec.region !== null);
  const national = (key: string) => {
    const spec = byKey.get(key);
    if (!spec) throw new Error(`Unknown sample stakeholder ${key}`);
    return spec;
  };
  for (const prefecture of all('prefecture')) link(national('nat-interno'), prefecture, 'oversight', 3, true);
  for (const commission of all('territorial-commission')) {
    link(national('nat-cna'), commission, 'oversight', 3, true);
    link(national('int-unhcr'), commission, 'advocacy', 1);
  }
  for (const government of all('regional-government')) {
    link(national('nat-salute'), government, 'coordination', 2);
    link(national('nat-conf'), government, 'coordination', 2);
  }
  for (const authority of all('local-health-authority').filter((_, index) => index % 3 === 0))
    link(national('nat-inmp'), authority, 'training', 2);
  for (const centre of all('reception-centre').filter((spec) => spec.key.includes('-sai-')))
    link(national('nat-sai'), centre, 'coordination', 2);
  for (const municipality of all('municipality')) link(national('nat-anci'), municipality, 'coordination', 1);
  for (const service of all('mental-health-service')) link(national('nat-sip'), service, 'training', 1);
  for (const body of all('professional-body')) link(national('nat-cnop'), body, 'coordination', 2);
  for (const association of all('ngo')) {
    link(national('nat-tavolo'), association, 'advocacy', 2);
    if (random.chance(0.5)) link(national('nat-fondazione'), association, 'funding', 2, true);
  }
  for (const prefecture of all('prefecture').filter((spec) => spec.region === 'sicilia'))
    link(national('int-oim'), prefecture, 'coordination', 2);
  const supraRegional: Array<[string, string, DefaultRelationshipType, 1 | 2 | 3, boolean]> = [
    ['eu-home', 'nat-amif', 'funding', 3, true],
    ['nat-amif', 'nat-interno', 'coordination', 3, false],
    ['nat-amif', 'bas-regione', 'funding', 3, true],
    ['eu-home', 'nat-interno', 'coordination', 2, false],
    ['eu-euaa', 'nat-interno', 'coordination', 2, false],
    ['eu-euaa', 'nat-cna', 'training', 2, false],
    ['eu-sante', 'nat-salute', 'coordination', 2, false],
    ['int-oms', 'nat-salute', 'coordination', 2, false],
    ['int-oms', 'nat-inmp', 'training', 2, false],
    ['nat-iss', 'nat-salute', 'coordination', 3, false],
    ['nat-iss', 'nat-inmp', 'coordination', 2, false],
    ['nat-agenas', 'nat-salute', 'coordination', 2, false],
    ['nat-simm', 'nat-inmp', 'coordination', 2, false],
    ['nat-simm', 'nat-sip', 'advocacy', 2, false],
    ['nat-sinpia', 'nat-sip', 'coordination', 1, false],
    ['nat-lavoro', 'nat-interno', 'coordination', 2, false],
    ['nat-lavoro', 'nat-anci', 'funding', 2, true],
    ['int-unhcr', 'nat-cna', 'coordination', 2, false],
    ['int-oim', 'sic-hotspot', 'coordination', 3, false],
    ['int-unhcr', 'sic-hotspot', 'advocacy', 2, false],
  ];
  for (const [source, target, type, strength, isDirected] of supraRegional)
    link(national(source), national(target), type, strength, isDirected);

  // Informal ties, mostly within a region, until the network has its intended density.
  const regional = specs.filter((spec) => spec.region !== null);
  for (let attempts = 0; links.length < TARGET_LINK_COUNT && attempts < 20_000; attempts += 1) {
    const source = random.pick(regional);
    const candidates = random.chance(0.9) ? regional.filter((spec) => spec.region === source.region) : specs;
    link(source, random.pick(candidates), random.pick(['informal', 'coordination', 'advocacy'] as const), 1);
  }
  return links;
}
