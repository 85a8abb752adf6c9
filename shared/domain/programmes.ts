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

/** Whether a programme row is one of the defaults exactly as shipped (not the team's work: not backed up for itself, not sent to a team). */
export function isShippedProgramme(row: {
  id: string;
  name?: unknown;
  shortName?: unknown;
  description?: unknown;
}): boolean {
  return DEFAULT_PROGRAMMES.some(
    (programme) =>
      programme.id === row.id &&
      programme.name === row.name &&
      programme.shortName === row.shortName &&
      programme.description === row.description,
  );
}
