import { redactSpans, type MentionKind, type MentionMatcher } from './mentions';
import { fieldsWithRole, PERSONAL_DATA_TABLES, type PersonalDataTable } from './personalData';

// A person's mentions in the free-text fields of one stored record (as the registry lists
// them), and their replacement by a marker. Records are plain JSON — from the database or
// from a backup file, which may be hostile — so every step checks what it walks.

export interface RecordMention {
  /** The registry's path of the field, e.g. "notes" or "tags[]". */
  field: string;
  text: string;
  kinds: MentionKind[];
  /** Every match here is uncertain (a one-word name): a person decides, nothing is replaced unasked. */
  isUncertain: boolean;
}

/**
 * One field of one record whose mentions the user confirmed for replacement: ids and the
 * registry's field path only, so it can be kept (privacy.copiesPending) and sent to a worker.
 */
export interface MentionTarget {
  table: string;
  id: string;
  field: string;
}

/** The confirmed fields of each record, by table and id. */
export function targetsByRecord(targets: readonly MentionTarget[]): Map<string, Map<string, Set<string>>> {
  const byTable = new Map<string, Map<string, Set<string>>>();
  for (const { table, id, field } of targets) {
    const byId = byTable.get(table) ?? new Map<string, Set<string>>();
    byTable.set(table, byId);
    const fields = byId.get(id) ?? new Set<string>();
    byId.set(id, fields);
    fields.add(field);
  }
  return byTable;
}

type Segment = { key: string; isEach: boolean };

function parsePath(path: string): Segment[] {
  return path
    .split('.')
    .map((part) => (part.endsWith('[]') ? { key: part.slice(0, -2), isEach: true } : { key: part, isEach: false }));
}

const pathsByField = new Map<string, Segment[]>();
function segmentsOf(path: string): Segment[] {
  let segments = pathsByField.get(path);
  if (!segments) {
    segments = parsePath(path);
    pathsByField.set(path, segments);
  }
  return segments;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isPersonalDataTable(name: string): name is PersonalDataTable {
  return (PERSONAL_DATA_TABLES as readonly string[]).includes(name);
}

function visitStrings(value: unknown, segments: readonly Segment[], visit: (text: string) => void): void {
  if (segments.length === 0) {
    if (typeof value === 'string') visit(value);
    return;
  }
  if (!isRecord(value) || !Object.hasOwn(value, segments[0]!.key)) return;
  const [head, ...rest] = segments as [Segment, ...Segment[]];
  const child = value[head.key];
  if (!head.isEach) visitStrings(child, rest, visit);
  else if (Array.isArray(child)) for (const item of child) visitStrings(item, rest, visit);
}

/** The value with each string at the path passed through change; the same object when nothing changed. */
function mapStrings(value: unknown, segments: readonly Segment[], change: (text: string) => string): unknown {
  if (segments.length === 0) return typeof value === 'string' ? change(value) : value;
  if (!isRecord(value) || !Object.hasOwn(value, segments[0]!.key)) return value;
  const [head, ...rest] = segments as [Segment, ...Segment[]];
  const child = value[head.key];
  let next: unknown;
  if (!head.isEach) {
    next = mapStrings(child, rest, change);
  } else if (Array.isArray(child)) {
    const items = child.map((item: unknown) => mapStrings(item, rest, change));
    next = items.some((item, index) => item !== child[index]) ? items : child;
  } else {
    next = child;
  }
  // Spread copies own keys only ("__proto__" included, as a plain key): nothing is polluted.
  return next === child ? value : { ...value, [head.key]: next };
}

const freeTextFieldsByTable = new Map(PERSONAL_DATA_TABLES.map((table) => [table, fieldsWithRole(table, 'free-text')]));

export function findMentionsInRecord(
  table: PersonalDataTable,
  record: unknown,
  matcher: MentionMatcher,
): RecordMention[] {
  const mentions: RecordMention[] = [];
  for (const field of freeTextFieldsByTable.get(table) ?? []) {
    visitStrings(record, segmentsOf(field), (text) => {
      const spans = matcher.find(text);
      if (spans.length > 0)
        mentions.push({
          field,
          text,
          kinds: [...new Set(spans.flatMap((span) => span.kinds))],
          isUncertain: spans.every((span) => span.isUncertain === true),
        });
    });
  }
  return mentions;
}

/**
 * The record with the person's mentions replaced by the marker, in every free-text field
 * or only in `fields`; `count` is the number of mentions replaced (0: the same record back).
 */
export function redactRecord<Row>(
  table: PersonalDataTable,
  record: Row,
  matcher: MentionMatcher,
  marker: string,
  fields?: ReadonlySet<string>,
): { record: Row; count: number } {
  let count = 0;
  let result: unknown = record;
  for (const field of freeTextFieldsByTable.get(table) ?? []) {
    if (fields && !fields.has(field)) continue;
    result = mapStrings(result, segmentsOf(field), (text) => {
      const spans = matcher.find(text);
      if (spans.length === 0) return text;
      count += spans.length;
      return redactSpans(text, spans, marker);
    });
  }
  return { record: result as Row, count };
}
