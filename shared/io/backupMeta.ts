import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema } from '../domain/common';
import { ERASED_CONTACTS_META_KEY, PRIVACY_INSTALLATION_META_KEYS } from '../domain/personalData';

// The `meta` rows a backup may hold: only the keys the app itself writes, each with its own
// schema and a cap on its size. A backup is untrusted: any other row (an unknown key, a value
// of the wrong shape or too large) is dropped, and the restore's preview names it.
// renderer/db/restorableMeta.test.ts checks that every row the app writes is known here.

/**
 * Meta keys that describe this installation, not the team's data. A restore never takes
 * them from a backup, and a replace keeps the local rows:
 * - `backups.lastAutomatic`: the day of this computer's last automatic backup. Taken from an
 *   older backup, it made the next hourly check overwrite today's automatic backup with the
 *   restored, older data (a record made the day before was then in no backup at all).
 * - `schemaUpgrades`: the upgrades this database went through, kept for support.
 * - the privacy bookkeeping (shared/domain/personalData.ts): the contact persons erased here
 *   on request, whose list a backup's adds to, never replaces, so no erasure is forgotten by
 *   a restore; and the erasures whose copies are still to be checked.
 */
export const INSTALLATION_META_KEYS = [
  'backups.lastAutomatic',
  'schemaUpgrades',
  ...PRIVACY_INSTALLATION_META_KEYS,
] as const;

export function isInstallationMetaKey(key: string): boolean {
  return (INSTALLATION_META_KEYS as readonly string[]).includes(key);
}

/** More erased contacts than any team has; the list is read from a backup and added to the local one. */
export const MAX_ERASED_CONTACT_IDS = 100_000;

interface KnownMetaKey {
  schema: z.ZodType;
  /** Longest value, as JSON text. */
  maxChars: number;
  /** A user's setting: a row holding this value is no work of theirs. Keys without one are the app's own facts. */
  default?: unknown;
}

const tiny = 16;

export const KNOWN_META_KEYS: Readonly<Record<string, KnownMetaKey>> = {
  // The app's facts about the data, restored with it.
  onboarded: { schema: z.boolean(), maxChars: tiny },
  defaultProgrammesAdded: { schema: z.boolean(), maxChars: tiny },
  sample: {
    schema: z.object({ loadedOn: z.string().max(40), stakeholderCount: z.number().int().min(0).max(10_000_000) }),
    maxChars: 200,
  },
  // The team's settings, restored with the data.
  'preferences.omitPersonalColumns': { schema: z.boolean(), maxChars: tiny, default: false },
  // This installation's bookkeeping: never restored; the erased contacts are read, to be added here.
  'backups.lastAutomatic': { schema: isoDateSchema, maxChars: 40 },
  schemaUpgrades: {
    schema: z
      .array(z.object({ fromVersion: z.number().int(), toVersion: z.number().int(), upgradedAt: isoDateTimeSchema }))
      .max(1_000),
    maxChars: 200_000,
  },
  [ERASED_CONTACTS_META_KEY]: {
    schema: z.array(idSchema).max(MAX_ERASED_CONTACT_IDS),
    maxChars: MAX_ERASED_CONTACT_IDS * 70,
  },
  'privacy.copiesPending': { schema: z.array(z.unknown()).max(MAX_ERASED_CONTACT_IDS), maxChars: 20_000_000 },
};

export type DroppedMetaReason = 'unknown' | 'invalid' | 'too-large';

export interface DroppedMetaRow {
  key: string;
  reason: DroppedMetaReason;
}

/** The length of a value's JSON text, counted without writing it; `Infinity` as soon as it passes `cap`. */
export function jsonLengthUpTo(value: unknown, cap: number): number {
  let length = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'string') length += current.length + 2;
    else if (typeof current === 'number' || typeof current === 'boolean' || current === null)
      length += String(current).length;
    else if (Array.isArray(current)) {
      length += 1 + current.length;
      for (const item of current) stack.push(item);
    } else if (typeof current === 'object') {
      const entries = Object.entries(current);
      length += 1 + entries.length;
      for (const [key, item] of entries) {
        length += key.length + 3;
        stack.push(item);
      }
    }
    if (length > cap) return Number.POSITIVE_INFINITY;
  }
  return length;
}

function isKnownKey(key: string): boolean {
  return Object.hasOwn(KNOWN_META_KEYS, key);
}

/** Why a backup's meta row is not kept, or null when it is. */
export function metaRowProblem(key: string, value: unknown): DroppedMetaReason | null {
  if (!isKnownKey(key)) return 'unknown';
  const known = KNOWN_META_KEYS[key]!;
  if (jsonLengthUpTo(value, known.maxChars) > known.maxChars) return 'too-large';
  return known.schema.safeParse(value).success ? null : 'invalid';
}

/** A backup's meta rows split into those kept (values as their schema reads them) and those dropped. */
export function screenMeta<Row extends { key: string; value: unknown }>(
  rows: readonly Row[],
): { kept: Row[]; dropped: DroppedMetaRow[] } {
  const kept: Row[] = [];
  const dropped: DroppedMetaRow[] = [];
  for (const row of rows) {
    const reason = metaRowProblem(row.key, row.value);
    if (reason === null) kept.push({ ...row, value: KNOWN_META_KEYS[row.key]!.schema.parse(row.value) });
    else dropped.push({ key: row.key, reason });
  }
  return { kept, dropped };
}

/** Whether a meta row held here is only an app default (no work a copy needs to keep); unknown keys count as work. */
export function isDefaultMetaRow(key: string, value: unknown): boolean {
  if (isInstallationMetaKey(key)) return true;
  if (!isKnownKey(key)) return false;
  const known = KNOWN_META_KEYS[key]!;
  return !('default' in known) || Object.is(known.default, value);
}
