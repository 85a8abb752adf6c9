import type { DefaultCategoryId } from '../domain/categories';
import type { Random } from './random';

// Invented people. The surnames are Italian words no one is called ("Esempio", "Prova"),
// so nobody mistakes the sample for a real contact list; addresses use example.org,
// reserved for documentation (RFC 2606).

const FIRST_NAMES = [
  'Giulia',
  'Marco',
  'Sara',
  'Luca',
  'Chiara',
  'Andrea',
  'Francesca',
  'Davide',
  'Elena',
  'Matteo',
  'Valentina',
  'Paolo',
  'Federica',
  'Simone',
  'Martina',
  'Alessandro',
  'Ilaria',
  'Stefano',
  'Amina',
  'Karim',
  'Fatou',
  'Yusuf',
  'Noemi',
  'Riccardo',
  'Beatrice',
  'Tommaso',
  'Serena',
  'Nicola',
  'Laura',
  'Giorgio',
];

const SURNAMES = [
  'Esempio',
  'Prova',
  'Campione',
  'Modello',
  'Fittizi',
  'Immaginari',
  'Inventati',
  'Ipotesi',
  'Bozza',
  'Segnaposto',
  'Finzione',
  'Simulati',
  'Figurati',
  'Provvisori',
  'Dimostrativi',
];

const ROLES: Partial<Record<DefaultCategoryId, readonly string[]>> = {
  'regional-government': ['Dirigente Area Salute Mentale', 'Funzionaria politiche migratorie'],
  'local-health-authority': ['Referente salute migranti', 'Direttore sanitario', 'Responsabile UOC Prevenzione'],
  'mental-health-service': ['Direttrice DSM', 'Psichiatra referente per i migranti', 'Psicologa clinica'],
  hospital: ['Responsabile servizio di psichiatria', 'Assistente sociale ospedaliera'],
  prefecture: ['Viceprefetto – Area IV Immigrazione', 'Funzionaria Ufficio accoglienza'],
  'police-immigration-office': ['Dirigente Ufficio Immigrazione'],
  'territorial-commission': ['Presidente della Commissione', 'Funzionaria istruttrice'],
  municipality: ['Assessora alle politiche sociali', 'Responsabile servizi sociali'],
  'reception-centre': ['Coordinatrice del centro', 'Psicologa del centro', 'Operatore legale'],
  ngo: ['Presidente', 'Coordinatrice progetti'],
  'cultural-mediation': ['Coordinatore mediatori', 'Mediatrice culturale'],
  'legal-aid': ['Avvocata', 'Coordinatore sportello'],
  university: ['Professoressa di psicologia clinica', 'Ricercatore'],
  'professional-body': ['Presidente', 'Consigliera delegata migrazione'],
};
const DEFAULT_ROLES = ['Referente istituzionale', 'Responsabile relazioni esterne'];

const EXTRA_LANGUAGES = ['en', 'fr', 'ar', 'es', 'wo'];

export interface SamplePerson {
  name: string;
  role: string;
  email: string;
  phone: string;
  languages: string[];
}

function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}

export function samplePerson(random: Random, categoryId: DefaultCategoryId, serial: number): SamplePerson {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(SURNAMES);
  const languages = ['it', ...(random.chance(0.5) ? [random.pick(EXTRA_LANGUAGES)] : [])];
  return {
    name: `${first} ${last}`,
    role: random.pick(ROLES[categoryId] ?? DEFAULT_ROLES),
    email: `${asciiSlug(first)}.${asciiSlug(last)}${serial}@example.org`,
    phone: `+39 000 555 ${String(1000 + serial).padStart(4, '0')}`,
    languages,
  };
}

export const SAMPLE_STAFF = [
  { key: 'staff-lazio', name: 'Chiara Esempio', role: 'Advocacy officer – Lazio e livello nazionale' },
  { key: 'staff-lombardia', name: 'Davide Prova', role: 'Advocacy officer – Lombardia' },
  { key: 'staff-campania', name: 'Noemi Campione', role: 'Advocacy officer – Campania' },
  { key: 'staff-sicilia', name: 'Karim Modello', role: 'Advocacy officer – Sicilia' },
  { key: 'staff-basilicata', name: 'Serena Ipotesi', role: 'Referente rete AMIF Basilicata' },
  { key: 'staff-coordination', name: 'Paolo Bozza', role: 'Coordinatore di programma' },
] as const;
