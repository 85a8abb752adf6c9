import type { Programme } from './organisation';

/** The programmes of docs/DESIGN.md §1, present in every database; users may add more. */
export const DEFAULT_PROGRAMMES: ReadonlyArray<Pick<Programme, 'id' | 'name' | 'shortName' | 'description'>> = [
  { id: 'programme-psychcare', name: 'PsychCare', shortName: 'PsychCare', description: '' },
  { id: 'programme-psychcare-2', name: 'PsychCare 2', shortName: 'PsychCare 2', description: '' },
  {
    id: 'programme-amif-basilicata',
    name: 'AMIF Basilicata – rete dei servizi sanitari per i migranti',
    shortName: 'AMIF Basilicata',
    description: '',
  },
];
