import { z } from 'zod';
import { entity, ENTITIES } from '../domain/entities';
import { isTallyList, joinTallies, tallyOf } from './keptTallies';
import type { SyncedTable } from './syncDocs';

// "Keep both" of a field in conflict: the one value that holds every version's, or none
// where no such value exists. Hand-typed text is joined so that the join shows; a list
// keeps every version's items; a tally of deleted targets every version's entries
// (keptTallies.ts).
// A person's name or address is one value: two joined are neither (an erasure looks for
// the name as stored, and the app's checks refuse "a@x.it | b@x.it"), so those are never
// joined. And a join the field's own rules refuse (an address, a length) is never offered.

/** Between two values kept on one line; multi-line values go on lines of their own. */
export const KEPT_BOTH_SEPARATOR = ' | ';
export const KEPT_BOTH_BLOCK_SEPARATOR = '\n\n---\n\n';

/** The field roles whose single texts may be joined: typed by hand, naming no one by itself. */
const JOINABLE_TEXT_ROLES = new Set(['free-text']);
/** The field roles whose lists may keep every version's items: each item stays whole. */
const JOINABLE_LIST_ROLES = new Set(['free-text', 'person', 'team-member']);

function isText(value: unknown): value is string | null | undefined {
  return value === undefined || value === null || typeof value === 'string';
}

function isTextList(value: unknown): value is string[] | undefined {
  return value === undefined || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
}

/** The texts an earlier "keep both" joined into this one (itself alone when none). */
const partsOf = (text: string) =>
  text.split(text.includes(KEPT_BOTH_BLOCK_SEPARATOR) ? KEPT_BOTH_BLOCK_SEPARATOR : KEPT_BOTH_SEPARATOR);

/**
 * Every version's text once. A text an earlier "keep both" joined is kept as it is, and another
 * version's adds only the parts it lacks: joined again whole, "A | B" and "A" made "A | B | A".
 */
function joinTexts(values: ReadonlyArray<string | null | undefined>): string {
  const texts = [
    ...new Set(values.filter((value): value is string => typeof value === 'string' && value.trim() !== '')),
  ];
  const held = new Set<string>();
  const pieces: string[] = [];
  for (const text of texts) {
    const parts = partsOf(text);
    const lacking = parts.filter((part) => !held.has(part));
    if (lacking.length === parts.length) pieces.push(text);
    else pieces.push(...lacking);
    for (const part of parts) held.add(part);
  }
  const separator = texts.some((text) => text.includes('\n')) ? KEPT_BOTH_BLOCK_SEPARATOR : KEPT_BOTH_SEPARATOR;
  return pieces.join(separator);
}

function joinLists(values: ReadonlyArray<readonly string[] | undefined>): string[] {
  return [...new Set(values.flatMap((value) => value ?? []))];
}

/** The value that keeps every version's, or undefined where the field's kind cannot be joined. */
function joinedValue(table: SyncedTable, field: string, values: readonly unknown[]): unknown {
  if (tallyOf(table, field)) return values.every(isTallyList) ? joinTallies(values) : undefined;
  const roles = entity(table).fields;
  if (field === 'id') return undefined;
  if (Object.hasOwn(roles, field))
    return JOINABLE_TEXT_ROLES.has(roles[field] ?? '') && values.every(isText) ? joinTexts(values) : undefined;
  const listPath = `${field}[]`;
  if (Object.hasOwn(roles, listPath) && JOINABLE_LIST_ROLES.has(roles[listPath] ?? '') && values.every(isTextList))
    return joinLists(values);
  return undefined;
}

/** Whether the table's rules for this field accept the value (a record's other rules are checked on resolution). */
function isAcceptedFor(table: SyncedTable, field: string, value: unknown): boolean {
  const schema: z.ZodType = ENTITIES[table].schema;
  if (!(schema instanceof z.ZodObject)) return true;
  const shape = schema.shape as Record<string, z.ZodType>;
  return Object.hasOwn(shape, field) && shape[field]!.safeParse(value).success;
}

/**
 * The one value keeping every version's value of a field, or undefined where there is none
 * the record may hold: not text typed by hand, a person's name or address, or a join its
 * field refuses (too long, not an address, too many items).
 */
export function keptBothValue(table: SyncedTable, field: string, values: readonly unknown[]): unknown {
  const joined = joinedValue(table, field, values);
  return joined !== undefined && isAcceptedFor(table, field, joined) ? joined : undefined;
}
