import { z } from 'zod';

// Building blocks shared by every entity schema.

/** Stable record id: generated once, never reused. */
export const idSchema = z.string().min(1).max(64);

export const isoDateSchema = z.iso.date();
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

export const recordBaseSchema = z.object({
  id: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type RecordBase = z.infer<typeof recordBaseSchema>;

export const scoreSchema = z.number().int().min(1).max(5);

export const notesSchema = z.string().max(20_000).default('');

export const shortTextSchema = z.string().trim().max(300).default('');

/** A list of non-empty trimmed strings without duplicates (tags, languages, phones). */
export const stringListSchema = z
  .array(z.string().trim().min(1).max(200))
  .max(200)
  .default([])
  .transform((items) => [...new Set(items)]);

export function newId(): string {
  return crypto.randomUUID();
}

/** Today as YYYY-MM-DD in local time: follow-ups are due on the user's calendar day. */
export function localIsoDate(date: Date = new Date()): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/**
 * The user's calendar day (YYYY-MM-DD) of a stored timestamp. Records are stamped in UTC
 * (toISOString): the first hour or two of an Italian day is still the day before in UTC, so
 * its first 10 characters would count a record entered at 00:30 on 7 December as entered on
 * the 6th. A day already (YYYY-MM-DD) is its own day; what is no date keeps its first 10
 * characters, as before. Worked out each time (a Date, well under a microsecond), not kept:
 * a laptop that changes time zone while Trama runs gets the new zone's days at once.
 */
export function localDayOf(timestamp: string): string {
  if (timestamp.length === 10) return timestamp;
  const parsed = new Date(timestamp);
  return Number.isNaN(parsed.getTime()) ? timestamp.slice(0, 10) : localIsoDate(parsed);
}

export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return localIsoDate(new Date(year, month - 1, day + days));
}
