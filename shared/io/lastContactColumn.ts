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

/** An ISO day, with at most the time of day the reader writes after a date cell's day ("2026-03-12 09:30"). */
const ISO_DAY_AND_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A date as lists write it, as YYYY-MM-DD: ISO (with a time of day at most), or day first
 * ("12/03/2026", "12.3.2026", "12-03-2026") as Italian lists do; null when the text is no
 * real date, and the row then leaves it out with a note asking for 31/12/2026 or 2026-12-31.
 * A two-digit year is refused, as the app's date field refuses it (renderer/ui/dateText.ts):
 * Excel reads "12/03/98" as 1998, "12/03/29" as 2029, and any century guessed here could
 * put a done contact in the future. Words after the day ("2026-03-12 da richiamare") are the
 * user's, so the text is refused rather than cut to its date.
 */
export function readContactDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = ISO_DAY_AND_TIME.exec(trimmed);
  const dayFirst = DAY_FIRST.exec(trimmed);
  const parts = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dayFirst
      ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
      : null;
  if (!parts) return null;
  const [year, month, day] = parts as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31/02 rolls over into March: no such day.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const written = `${year}-${pad(month)}-${pad(day)}`;
  return isoDateSchema.safeParse(written).success ? written : null;
}
