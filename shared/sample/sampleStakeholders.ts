import type { DefaultCategoryId } from '../domain/categories';
import type { Level, Sector } from '../domain/enums';
import type { RegionId } from '../domain/regions';

// Who is in the sample network. Public institutions carry their real names; reception
// centres, associations and cooperatives are invented (names in quotes) so that no real
// organisation is described by made-up data.

export interface SampleStakeholderSpec {
  key: string;
  categoryId: DefaultCategoryId;
  name: string;
  shortName: string;
  region: RegionId | null;
  province: string;
  city: string;
  level: Level;
  sector?: Sector;
}

type RegionalRow = readonly [key: string, categoryId: DefaultCategoryId, name: string, shortName: string, province: string, city: string];

const REGIONAL_ROWS: Readonly<Record<RegionId, readonly RegionalRow[]>> = {
  lazio: [
    ['laz-regione', 'regional-government', 'Regione Lazio – Direzione Salute e Integrazione Sociosanitaria', 'Regione Lazio', 'RM', 'Roma'],
    ['laz-asl-rm1', 'local-health-authority', 'ASL Roma 1', 'ASL RM1', 'RM', 'Roma'],
    ['laz-asl-rm2', 'local-health-authority', 'ASL Roma 2', 'ASL RM2', 'RM', 'Roma'],
    ['laz-asl-lt', 'local-health-authority', 'ASL Latina', 'ASL LT', 'LT', 'Latina'],
    ['laz-asl-fr', 'local-health-authority', 'ASL Frosinone', 'ASL FR', 'FR', 'Frosinone'],
    ['laz-dsm-rm1', 'mental-health-service', 'Dipartimento di Salute Mentale – ASL Roma 1', 'DSM Roma 1', 'RM', 'Roma'],
    ['laz-dsm-lt', 'mental-health-service', 'Dipartimento di Salute Mentale e Dipendenze – ASL Latina', 'DSM Latina', 'LT', 'Latina'],
    ['laz-csm-rm2', 'mental-health-service', 'Centro di Salute Mentale Distretto 6 – ASL Roma 2', 'CSM Roma 2 D6', 'RM', 'Roma'],
    ['laz-hosp', 'hospital', 'Policlinico Umberto I', 'Umberto I', 'RM', 'Roma'],
    ['laz-pref-rm', 'prefecture', 'Prefettura di Roma – Ufficio Territoriale del Governo', 'Prefettura RM', 'RM', 'Roma'],
    ['laz-pref-lt', 'prefecture', 'Prefettura di Latina', 'Prefettura LT', 'LT', 'Latina'],
    ['laz-pref-fr', 'prefecture', 'Prefettura di Frosinone', 'Prefettura FR', 'FR', 'Frosinone'],
    ['laz-que-rm', 'police-immigration-office', 'Questura di Roma – Ufficio Immigrazione', 'Questura RM', 'RM', 'Roma'],
    ['laz-ct-rm', 'territorial-commission', 'Commissione Territoriale per la protezione internazionale di Roma', 'CT Roma', 'RM', 'Roma'],
    ['laz-com-rm', 'municipality', 'Roma Capitale – Dipartimento Politiche Sociali', 'Roma Capitale', 'RM', 'Roma'],
    ['laz-com-lt', 'municipality', 'Comune di Latina – Servizi Sociali', 'Comune LT', 'LT', 'Latina'],
    ['laz-sai-rm', 'reception-centre', 'SAI Roma – progetto "Porto Sicuro"', 'SAI Porto Sicuro', 'RM', 'Roma'],
    ['laz-cas-rm', 'reception-centre', 'CAS "Casa delle Querce" – Roma', 'CAS Querce', 'RM', 'Roma'],
    ['laz-cas-lt', 'reception-centre', 'CAS "La Bussola" – Latina', 'CAS Bussola', 'LT', 'Latina'],
    ['laz-cas-fr', 'reception-centre', 'CAS "Colle Aperto" – Frosinone', 'CAS Colle Aperto', 'FR', 'Frosinone'],
    ['laz-sai-vt', 'reception-centre', 'SAI Viterbo – progetto "Tuscia Accoglie"', 'SAI Tuscia', 'VT', 'Viterbo'],
    ['laz-ngo-1', 'ngo', 'Associazione "Approdi" – salute mentale e migrazione', 'Approdi', 'RM', 'Roma'],
    ['laz-ngo-2', 'ngo', 'Cooperativa sociale "Terra Comune"', 'Terra Comune', 'LT', 'Latina'],
    ['laz-med', 'cultural-mediation', 'Cooperativa "Ponti di Parole" – mediazione culturale', 'Ponti di Parole', 'RM', 'Roma'],
    ['laz-legal', 'legal-aid', 'Sportello legale "Diritti in Cammino"', 'Diritti in Cammino', 'RM', 'Roma'],
    ['laz-univ', 'university', 'Sapienza Università di Roma – Dipartimento di Psicologia Dinamica, Clinica e Salute', 'Sapienza', 'RM', 'Roma'],
    ['laz-ordine', 'professional-body', 'Ordine degli Psicologi del Lazio', 'OPL Lazio', 'RM', 'Roma'],
  ],
  lombardia: [
    ['lom-regione', 'regional-government', 'Regione Lombardia – DG Welfare', 'Regione Lombardia', 'MI', 'Milano'],
    ['lom-ats-mi', 'local-health-authority', 'ATS della Città Metropolitana di Milano', 'ATS Milano', 'MI', 'Milano'],
    ['lom-ats-bg', 'local-health-authority', 'ATS di Bergamo', 'ATS Bergamo', 'BG', 'Bergamo'],
    ['lom-ats-bs', 'local-health-authority', 'ATS di Brescia', 'ATS Brescia', 'BS', 'Brescia'],
    ['lom-asst-sp', 'local-health-authority', 'ASST Santi Paolo e Carlo', 'ASST Santi Paolo e Carlo', 'MI', 'Milano'],
    ['lom-dsm-ng', 'mental-health-service', 'Dipartimento di Salute Mentale e Dipendenze – ASST Niguarda', 'DSMD Niguarda', 'MI', 'Milano'],
    ['lom-dsm-bg', 'mental-health-service', 'Dipartimento di Salute Mentale e Dipendenze – ASST Papa Giovanni XXIII', 'DSMD Bergamo', 'BG', 'Bergamo'],
    ['lom-etno', 'mental-health-service', 'Servizio di etnopsichiatria – ASST Niguarda', 'Etnopsichiatria Niguarda', 'MI', 'Milano'],
    ['lom-hosp', 'hospital', 'ASST Spedali Civili di Brescia', 'Spedali Civili', 'BS', 'Brescia'],
    ['lom-pref-mi', 'prefecture', 'Prefettura di Milano – Ufficio Territoriale del Governo', 'Prefettura MI', 'MI', 'Milano'],
    ['lom-pref-bg', 'prefecture', 'Prefettura di Bergamo', 'Prefettura BG', 'BG', 'Bergamo'],
    ['lom-pref-bs', 'prefecture', 'Prefettura di Brescia', 'Prefettura BS', 'BS', 'Brescia'],
    ['lom-que-mi', 'police-immigration-office', 'Questura di Milano – Ufficio Immigrazione', 'Questura MI', 'MI', 'Milano'],
    ['lom-ct-mi', 'territorial-commission', 'Commissione Territoriale per la protezione internazionale di Milano', 'CT Milano', 'MI', 'Milano'],
    ['lom-com-mi', 'municipality', 'Comune di Milano – Area Diritti e Inclusione', 'Comune MI', 'MI', 'Milano'],
    ['lom-com-bg', 'municipality', 'Comune di Bergamo – Servizi Sociali', 'Comune BG', 'BG', 'Bergamo'],
    ['lom-sai-mi', 'reception-centre', 'SAI Milano – progetto "Navigli"', 'SAI Navigli', 'MI', 'Milano'],
    ['lom-cas-mi', 'reception-centre', 'CAS "Casa Corvetto" – Milano', 'CAS Corvetto', 'MI', 'Milano'],
    ['lom-cas-bg', 'reception-centre', 'CAS "Orobie" – Bergamo', 'CAS Orobie', 'BG', 'Bergamo'],
    ['lom-cas-bs', 'reception-centre', 'CAS "Franciacorta Accoglie" – Brescia', 'CAS Franciacorta', 'BS', 'Brescia'],
    ['lom-cpa-mi', 'reception-centre', 'Centro di prima accoglienza "Stazione" – Milano', 'CPA Stazione', 'MI', 'Milano'],
    ['lom-ngo-1', 'ngo', 'Associazione "Il Cerchio" – clinica transculturale', 'Il Cerchio', 'MI', 'Milano'],
    ['lom-ngo-2', 'ngo', 'Fondazione "Rete Solidale"', 'Rete Solidale', 'BG', 'Bergamo'],
    ['lom-med', 'cultural-mediation', 'Cooperativa "Lingue Madri" – mediazione culturale', 'Lingue Madri', 'MI', 'Milano'],
    ['lom-legal', 'legal-aid', 'Associazione "Avvocati per l\'Asilo"', 'Avvocati per l\'Asilo', 'MI', 'Milano'],
    ['lom-univ', 'university', 'Università di Milano-Bicocca – Dipartimento di Psicologia', 'Bicocca', 'MI', 'Milano'],
    ['lom-ordine', 'professional-body', 'Ordine degli Psicologi della Lombardia', 'OPL Lombardia', 'MI', 'Milano'],
  ],
  campania: [
    ['cam-regione', 'regional-government', 'Regione Campania – Direzione Generale Tutela della Salute', 'Regione Campania', 'NA', 'Napoli'],
    ['cam-asl-na1', 'local-health-authority', 'ASL Napoli 1 Centro', 'ASL NA1', 'NA', 'Napoli'],
    ['cam-asl-na2', 'local-health-authority', 'ASL Napoli 2 Nord', 'ASL NA2', 'NA', 'Pozzuoli'],
    ['cam-asl-ce', 'local-health-authority', 'ASL Caserta', 'ASL CE', 'CE', 'Caserta'],
    ['cam-asl-sa', 'local-health-authority', 'ASL Salerno', 'ASL SA', 'SA', 'Salerno'],
    ['cam-dsm-na1', 'mental-health-service', 'Dipartimento di Salute Mentale – ASL Napoli 1 Centro', 'DSM Napoli 1', 'NA', 'Napoli'],
    ['cam-dsm-ce', 'mental-health-service', 'Dipartimento di Salute Mentale – ASL Caserta', 'DSM Caserta', 'CE', 'Caserta'],
    ['cam-hosp', 'hospital', 'AORN Antonio Cardarelli', 'Cardarelli', 'NA', 'Napoli'],
    ['cam-pref-na', 'prefecture', 'Prefettura di Napoli – Ufficio Territoriale del Governo', 'Prefettura NA', 'NA', 'Napoli'],
    ['cam-pref-ce', 'prefecture', 'Prefettura di Caserta', 'Prefettura CE', 'CE', 'Caserta'],
    ['cam-pref-sa', 'prefecture', 'Prefettura di Salerno', 'Prefettura SA', 'SA', 'Salerno'],
    ['cam-que-na', 'police-immigration-office', 'Questura di Napoli – Ufficio Immigrazione', 'Questura NA', 'NA', 'Napoli'],
    ['cam-ct-ce', 'territorial-commission', 'Commissione Territoriale per la protezione internazionale di Caserta', 'CT Caserta', 'CE', 'Caserta'],
    ['cam-com-na', 'municipality', 'Comune di Napoli – Assessorato alle Politiche Sociali', 'Comune NA', 'NA', 'Napoli'],
    ['cam-com-cv', 'municipality', 'Comune di Castel Volturno – Servizi Sociali', 'Comune Castel Volturno', 'CE', 'Castel Volturno'],
    ['cam-sai-na', 'reception-centre', 'SAI Napoli – progetto "Partenope Accoglie"', 'SAI Partenope', 'NA', 'Napoli'],
    ['cam-cas-na', 'reception-centre', 'CAS "Vesuvio" – Napoli', 'CAS Vesuvio', 'NA', 'Napoli'],
    ['cam-cas-ce', 'reception-centre', 'CAS "Domitiana" – Castel Volturno', 'CAS Domitiana', 'CE', 'Castel Volturno'],
    ['cam-cas-sa', 'reception-centre', 'CAS "Piana del Sele" – Eboli', 'CAS Piana del Sele', 'SA', 'Eboli'],
    ['cam-sai-av', 'reception-centre', 'SAI Avellino – progetto "Irpinia Solidale"', 'SAI Irpinia', 'AV', 'Avellino'],
    ['cam-ngo-1', 'ngo', 'Associazione "Mare Aperto"', 'Mare Aperto', 'NA', 'Napoli'],
    ['cam-ngo-2', 'ngo', 'Cooperativa sociale "Nuove Radici"', 'Nuove Radici', 'CE', 'Caserta'],
    ['cam-med', 'cultural-mediation', 'Cooperativa "Voci di Confine" – mediazione culturale', 'Voci di Confine', 'NA', 'Napoli'],
    ['cam-legal', 'legal-aid', 'Clinica legale "Diritto e Asilo"', 'Diritto e Asilo', 'NA', 'Napoli'],
    ['cam-univ', 'university', 'Università di Napoli Federico II – Dipartimento di Neuroscienze', 'Federico II', 'NA', 'Napoli'],
    ['cam-ordine', 'professional-body', 'Ordine degli Psicologi della Campania', 'OP Campania', 'NA', 'Napoli'],
  ],
  sicilia: [
    ['sic-regione', 'regional-government', 'Regione Siciliana – Assessorato della Salute', 'Regione Siciliana', 'PA', 'Palermo'],
    ['sic-asp-pa', 'local-health-authority', 'ASP Palermo', 'ASP PA', 'PA', 'Palermo'],
    ['sic-asp-ct', 'local-health-authority', 'ASP Catania', 'ASP CT', 'CT', 'Catania'],
    ['sic-asp-ag', 'local-health-authority', 'ASP Agrigento', 'ASP AG', 'AG', 'Agrigento'],
    ['sic-asp-rg', 'local-health-authority', 'ASP Ragusa', 'ASP RG', 'RG', 'Ragusa'],
    ['sic-dsm-pa', 'mental-health-service', 'Dipartimento di Salute Mentale – ASP Palermo', 'DSM Palermo', 'PA', 'Palermo'],
    ['sic-dsm-ct', 'mental-health-service', 'Dipartimento di Salute Mentale – ASP Catania', 'DSM Catania', 'CT', 'Catania'],
    ['sic-hosp', 'hospital', 'AOU Policlinico "Paolo Giaccone" di Palermo', 'Policlinico Palermo', 'PA', 'Palermo'],
    ['sic-pref-pa', 'prefecture', 'Prefettura di Palermo – Ufficio Territoriale del Governo', 'Prefettura PA', 'PA', 'Palermo'],
    ['sic-pref-ag', 'prefecture', 'Prefettura di Agrigento', 'Prefettura AG', 'AG', 'Agrigento'],
    ['sic-pref-rg', 'prefecture', 'Prefettura di Ragusa', 'Prefettura RG', 'RG', 'Ragusa'],
    ['sic-pref-ct', 'prefecture', 'Prefettura di Catania', 'Prefettura CT', 'CT', 'Catania'],
    ['sic-que-ag', 'police-immigration-office', 'Questura di Agrigento – Ufficio Immigrazione', 'Questura AG', 'AG', 'Agrigento'],
    ['sic-ct-sr', 'territorial-commission', 'Commissione Territoriale per la protezione internazionale di Siracusa', 'CT Siracusa', 'SR', 'Siracusa'],
    ['sic-com-pa', 'municipality', 'Comune di Palermo – Servizi Sociali', 'Comune PA', 'PA', 'Palermo'],
    ['sic-com-lamp', 'municipality', 'Comune di Lampedusa e Linosa', 'Comune Lampedusa', 'AG', 'Lampedusa'],
    ['sic-hotspot', 'reception-centre', 'Hotspot di Lampedusa', 'Hotspot Lampedusa', 'AG', 'Lampedusa'],
    ['sic-cas-ag', 'reception-centre', 'CAS "Valle dei Templi" – Agrigento', 'CAS Valle dei Templi', 'AG', 'Agrigento'],
    ['sic-cas-rg', 'reception-centre', 'CAS "Iblei" – Ragusa', 'CAS Iblei', 'RG', 'Ragusa'],
    ['sic-sai-pa', 'reception-centre', 'SAI Palermo – progetto "Conca d\'Oro"', 'SAI Conca d\'Oro', 'PA', 'Palermo'],
    ['sic-cas-ct', 'reception-centre', 'CAS "Etna" – Catania', 'CAS Etna', 'CT', 'Catania'],
    ['sic-ngo-1', 'ngo', 'Associazione "Sabir" – salute e diritti', 'Sabir', 'PA', 'Palermo'],
    ['sic-ngo-2', 'ngo', 'Cooperativa sociale "Approdo Sud"', 'Approdo Sud', 'AG', 'Agrigento'],
    ['sic-med', 'cultural-mediation', 'Cooperativa "Mediterraneo" – mediazione linguistica', 'Mediterraneo', 'CT', 'Catania'],
    ['sic-univ', 'university', 'Università di Palermo – Dipartimento di Scienze Psicologiche', 'UniPA', 'PA', 'Palermo'],
  ],
  basilicata: [
    ['bas-regione', 'regional-government', 'Regione Basilicata – Dipartimento Salute e Politiche della Persona', 'Regione Basilicata', 'PZ', 'Potenza'],
    ['bas-asp', 'local-health-authority', 'ASP Basilicata – Azienda Sanitaria di Potenza', 'ASP Basilicata', 'PZ', 'Potenza'],
    ['bas-asm', 'local-health-authority', 'ASM Matera – Azienda Sanitaria di Matera', 'ASM Matera', 'MT', 'Matera'],
    ['bas-dsm-pz', 'mental-health-service', 'Dipartimento di Salute Mentale – ASP Basilicata', 'DSM Potenza', 'PZ', 'Potenza'],
    ['bas-dsm-mt', 'mental-health-service', 'Dipartimento di Salute Mentale – ASM Matera', 'DSM Matera', 'MT', 'Matera'],
    ['bas-hosp', 'hospital', 'AOR San Carlo – Potenza', 'San Carlo', 'PZ', 'Potenza'],
    ['bas-pref-pz', 'prefecture', 'Prefettura di Potenza', 'Prefettura PZ', 'PZ', 'Potenza'],
    ['bas-pref-mt', 'prefecture', 'Prefettura di Matera', 'Prefettura MT', 'MT', 'Matera'],
    ['bas-que-pz', 'police-immigration-office', 'Questura di Potenza – Ufficio Immigrazione', 'Questura PZ', 'PZ', 'Potenza'],
    ['bas-com-pz', 'municipality', 'Comune di Potenza – Servizi Sociali', 'Comune PZ', 'PZ', 'Potenza'],
    ['bas-com-mt', 'municipality', 'Comune di Matera – Servizi Sociali', 'Comune MT', 'MT', 'Matera'],
    ['bas-com-psg', 'municipality', 'Comune di Palazzo San Gervasio', 'Comune Palazzo S.G.', 'PZ', 'Palazzo San Gervasio'],
    ['bas-sai-pz', 'reception-centre', 'SAI Potenza – progetto "Lucania Accoglie"', 'SAI Lucania', 'PZ', 'Potenza'],
    ['bas-cas-mt', 'reception-centre', 'CAS "Murgia" – Matera', 'CAS Murgia', 'MT', 'Matera'],
    ['bas-sai-mt', 'reception-centre', 'SAI Metapontino – progetto "Ionio"', 'SAI Ionio', 'MT', 'Policoro'],
    ['bas-ngo-1', 'ngo', 'Associazione "Terre di Mezzo"', 'Terre di Mezzo', 'PZ', 'Potenza'],
    ['bas-med', 'cultural-mediation', 'Cooperativa "Parole Vicine" – mediazione culturale', 'Parole Vicine', 'MT', 'Matera'],
    ['bas-univ', 'university', 'Università degli Studi della Basilicata', 'UniBas', 'PZ', 'Potenza'],
  ],
};

const PROVINCIAL_CATEGORIES: readonly DefaultCategoryId[] = ['local-health-authority', 'prefecture', 'police-immigration-office', 'territorial-commission'];

function regionalLevel(categoryId: DefaultCategoryId): Level {
  if (categoryId === 'regional-government') return 'regional';
  return PROVINCIAL_CATEGORIES.includes(categoryId) ? 'provincial' : 'local';
}

type SupraRow = readonly [key: string, categoryId: DefaultCategoryId, name: string, shortName: string, level: Level, sector?: Sector];

const SUPRA_REGIONAL_ROWS: readonly SupraRow[] = [
  ['nat-interno', 'national-government', "Ministero dell'Interno – Dipartimento per le Libertà Civili e l'Immigrazione", 'Min. Interno – DLCI', 'national', 'reception'],
  ['nat-salute', 'national-government', 'Ministero della Salute – Direzione Generale della Prevenzione Sanitaria', 'Min. Salute', 'national', 'health'],
  ['nat-lavoro', 'national-government', 'Ministero del Lavoro e delle Politiche Sociali – DG Immigrazione', 'Min. Lavoro', 'national', 'social'],
  ['nat-iss', 'national-government', 'Istituto Superiore di Sanità', 'ISS', 'national', 'health'],
  ['nat-inmp', 'national-government', 'INMP – Istituto Nazionale Salute, Migrazioni e Povertà', 'INMP', 'national', 'health'],
  ['nat-agenas', 'national-government', 'AGENAS – Agenzia nazionale per i servizi sanitari regionali', 'AGENAS', 'national', 'health'],
  ['nat-cna', 'territorial-commission', 'Commissione Nazionale per il Diritto di Asilo', 'CNDA', 'national'],
  ['nat-sai', 'other', 'Servizio Centrale del Sistema di Accoglienza e Integrazione', 'Servizio Centrale SAI', 'national', 'reception'],
  ['nat-anci', 'municipality', 'ANCI – Associazione Nazionale Comuni Italiani', 'ANCI', 'national'],
  ['nat-conf', 'regional-government', 'Conferenza delle Regioni e delle Province autonome', 'Conferenza delle Regioni', 'national'],
  ['nat-sip', 'professional-body', 'Società Italiana di Psichiatria', 'SIP', 'national'],
  ['nat-simm', 'professional-body', 'Società Italiana di Medicina delle Migrazioni', 'SIMM', 'national'],
  ['nat-cnop', 'professional-body', 'Consiglio Nazionale dell\'Ordine degli Psicologi', 'CNOP', 'national'],
  ['nat-sinpia', 'professional-body', "Società Italiana di Neuropsichiatria dell'Infanzia e dell'Adolescenza", 'SINPIA', 'national'],
  ['nat-tavolo', 'ngo', 'Rete nazionale "Tavolo Salute e Asilo"', 'Tavolo Salute e Asilo', 'national'],
  ['nat-fondazione', 'funder', 'Fondazione "Orizzonti Comuni"', 'Orizzonti Comuni', 'national'],
  ['nat-amif', 'funder', 'Fondo Asilo, Migrazione e Integrazione – Autorità responsabile', 'AMIF – AR', 'national'],
  ['int-unhcr', 'international-organisation', "UNHCR – Rappresentanza per l'Italia", 'UNHCR Italia', 'international'],
  ['int-oim', 'international-organisation', 'OIM – Ufficio di Coordinamento per il Mediterraneo', 'OIM', 'international'],
  ['int-oms', 'international-organisation', "OMS – Ufficio Regionale per l'Europa", 'OMS Europa', 'international', 'health'],
  ['eu-home', 'eu-body', 'Commissione europea – DG Migrazione e Affari Interni (HOME)', 'DG HOME', 'european'],
  ['eu-sante', 'eu-body', 'Commissione europea – DG Salute e Sicurezza Alimentare (SANTE)', 'DG SANTE', 'european', 'health'],
  ['eu-euaa', 'eu-body', "Agenzia dell'Unione europea per l'asilo", 'EUAA', 'european', 'public-order-and-asylum'],
];

export const SAMPLE_STAKEHOLDER_SPECS: readonly SampleStakeholderSpec[] = [
  ...Object.entries(REGIONAL_ROWS).flatMap(([region, rows]) =>
    rows.map(([key, categoryId, name, shortName, province, city]) => ({
      key,
      categoryId,
      name,
      shortName,
      region: region as RegionId,
      province,
      city,
      level: regionalLevel(categoryId),
    })),
  ),
  ...SUPRA_REGIONAL_ROWS.map(([key, categoryId, name, shortName, level, sector]) => ({
    key,
    categoryId,
    name,
    shortName,
    region: null,
    province: '',
    city: key.startsWith('eu-') ? 'Bruxelles' : 'Roma',
    level,
    ...(sector ? { sector } : {}),
  })),
];
