import { isoDateSchema } from '../domain/common';
import { recognisedHeaders, type ColumnHeader } from './columns/columnDescriptor';

// A "last contact" column of a contact list: the date staff last heard from the body. Trama
// keeps contacts as done advocacy actions (the stakeholder's last contact date is read from
// them, shared/analysis/followUps.ts), so the import turns the date into one action of kind
// 'call-or-email' with the stakeholder as its target.

export const LAST_CONTACT_FIELD = 'lastContact';
export type LastContactField = typeof LAST_CONTACT_FIELD;

const HEADER: ColumnHeader = { en: 'Last contact', it: 'Ultimo contatto' };

export const LAST_CONTACT_IMPORT = {
  field: LAST_CONTACT_FIELD,
  label: HEADER,
  recognised: recognisedHeaders({
    header: HEADER,
    import: {
      aliases: [
        'data ultimo contatto',
        'ultimo contatto data',
        'ultimo incontro',
        'data contatto',
        'contattato il',
        'last contacted',
        'last contact date',
        'date of last contact',
      ],
    },
  }),
  // A date with a word or two around it ("12 marzo 2026") at most.
  reading: { maxLength: 40 },
} as const;

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A date as lists write it, as YYYY-MM-DD: ISO, or day first ("12/03/2026", "12.3.26",
 * "12-03-2026") as Italian lists do; null when the text is no real date.
 */
export function readContactDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(trimmed);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(trimmed);
  const parts = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dayFirst
      ? [
          dayFirst[3]!.length === 2 ? 2000 + Number(dayFirst[3]) : Number(dayFirst[3]),
          Number(dayFirst[2]),
          Number(dayFirst[1]),
        ]
      : null;
  if (!parts) return null;
  const [year, month, day] = parts as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31/02 rolls over into March: no such day.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const written = `${year}-${pad(month)}-${pad(day)}`;
  return isoDateSchema.safeParse(written).success ? written : null;
}
