import { DEFAULT_CATEGORIES } from '../domain/categories';
import { ENTITIES, type EntityDefinition } from '../domain/entities';
import { REFERENCES } from '../domain/references';
import type { BackupTableName, BackupTables } from './backup';
import type { EnumKind } from './exportData';

// How the merge preview shows a field's value: not as stored (codes, ids, true/false), but as
// what the page can put in the user's language — a closed value's label, the names of the
// records an id points at, yes or no, a date. Worked out where the comparison runs (in the
// worker, where both copies of every record are), rendered by the page (MergePreview.tsx).
// Field paths follow shared/domain/personalData.ts: `a.b` a nested field, `a[]` each item.

/** Closed value lists whose labels the page has (renderer/i18n/enums.messages.ts and others). */
export type ValueSet = EnumKind | 'mapLayout' | 'mapColourBy' | 'mapSizeBy' | 'briefingSection' | 'briefingSourceKind';

export type ShownValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'yes-no'; value: boolean }
  /** An instant (createdAt, updatedAt), shown to the second. */
  | { kind: 'time'; iso: string }
  | { kind: 'date'; iso: string }
  | { kind: 'code'; set: ValueSet; code: string }
  | { kind: 'bilingual'; it: string; en: string }
  /** Records pointed at by id: the names found, and how many ids point at no record known. */
  | { kind: 'records'; names: string[]; unknown: number }
  | { kind: 'list'; items: ShownValue[]; more: number }
  | { kind: 'fields'; entries: Array<{ path: string; value: ShownValue }>; more: number };

/** Each table's closed-list fields, as the registry names them: the compiler checks here that each names a list the page has labels for. */
const CODE_FIELDS: {
  readonly [Table in BackupTableName]: { readonly codeFields: Readonly<Record<string, ValueSet>> };
} = ENTITIES;

const TIME_FIELDS = new Set(['createdAt', 'updatedAt']);
/** A table's entry in the registry, which names its name and date fields. */
const registered = (table: BackupTableName): EntityDefinition => ENTITIES[table];
/** Fields holding a category id (built-in or custom), which is no record of the registry. */
const CATEGORY_FIELDS: Partial<Record<BackupTableName, ReadonlySet<string>>> = {
  stakeholders: new Set(['categoryId']),
};

const MAX_ITEMS = 10;
const MAX_DEPTH = 4;

/** What a record is called, as the page shows it: by table, then id. */
export interface NameIndex {
  nameOf(table: BackupTableName, id: string): string | null;
  categoryOf(id: string): { it: string; en: string } | null;
}

/** Names from the backup first, then from the data here; each table's index is built when first asked. */
export function createNameIndex(...sources: ReadonlyArray<Partial<BackupTables>>): NameIndex {
  const built = new Map<BackupTableName, Map<string, string>>();
  const indexOf = (table: BackupTableName): Map<string, string> => {
    let names = built.get(table);
    if (names) return names;
    names = new Map();
    for (const source of [...sources].reverse()) {
      for (const row of (source[table] ?? []) as ReadonlyArray<Record<string, unknown>>) {
        const name = registered(table)
          .nameFields.map((field) => row[field])
          .find((value): value is string => typeof value === 'string' && value.trim() !== '');
        if (typeof row.id === 'string' && name !== undefined) names.set(row.id, name);
      }
    }
    built.set(table, names);
    return names;
  };
  return {
    nameOf: (table, id) => indexOf(table).get(id) ?? null,
    categoryOf: (id) => {
      const builtIn = DEFAULT_CATEGORIES.find((category) => category.id === id);
      if (builtIn) return builtIn.labels;
      for (const source of sources) {
        const labels = source.categories?.find((category) => category.id === id)?.labels;
        if (labels) return labels;
      }
      return null;
    },
  };
}

function referenceTarget(table: BackupTableName, path: string): BackupTableName | null {
  return REFERENCES.find((reference) => reference.from === table && reference.path === path)?.to ?? null;
}

function records(table: BackupTableName, ids: readonly unknown[], names: NameIndex): ShownValue {
  const found = ids.flatMap((id) => (typeof id === 'string' ? [names.nameOf(table, id)] : [null]));
  return {
    kind: 'records',
    names: found.filter((name): name is string => name !== null),
    unknown: found.filter((name) => name === null).length,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function category(id: string, names: NameIndex): ShownValue {
  const labels = names.categoryOf(id);
  return labels ? { kind: 'bilingual', it: labels.it, en: labels.en } : { kind: 'text', text: id };
}

/**
 * A field's value as the preview shows it; `toText` makes any remaining text one short,
 * safe line (restoreDiff.ts cuts it and replaces control and bidi characters).
 */
export function showFieldValue(
  table: BackupTableName,
  path: string,
  value: unknown,
  names: NameIndex,
  toText: (value: unknown) => string,
  depth = 0,
): ShownValue {
  if (value === undefined || value === null || value === '') return { kind: 'empty' };
  if (depth > MAX_DEPTH) return { kind: 'text', text: toText(value) };
  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: 'empty' };
    const target = referenceTarget(table, `${path}[]`);
    if (target) return records(target, value, names);
    const items = value
      .slice(0, MAX_ITEMS)
      .map((item) => showFieldValue(table, `${path}[]`, item, names, toText, depth + 1));
    return { kind: 'list', items, more: Math.max(0, value.length - MAX_ITEMS) };
  }
  if (isRecord(value)) {
    const keys = Object.keys(value).filter((key) => value[key] !== undefined);
    const entries = keys.slice(0, MAX_ITEMS).map((key) => ({
      path: `${path}.${key}`,
      value: showFieldValue(table, `${path}.${key}`, value[key], names, toText, depth + 1),
    }));
    return { kind: 'fields', entries, more: Math.max(0, keys.length - MAX_ITEMS) };
  }
  if (typeof value === 'boolean') return { kind: 'yes-no', value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value !== 'string') return { kind: 'text', text: toText(value) };
  if (TIME_FIELDS.has(path) && Number.isFinite(Date.parse(value))) return { kind: 'time', iso: value };
  if (registered(table).dateFields.includes(path) && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return { kind: 'date', iso: value };
  if (CATEGORY_FIELDS[table]?.has(path)) return category(value, names);
  const target = referenceTarget(table, path);
  if (target) return records(target, [value], names);
  const { codeFields } = CODE_FIELDS[table];
  // The path comes from a backup file: only the table's own fields, never its prototype's.
  const set = Object.hasOwn(codeFields, path) ? codeFields[path] : undefined;
  if (set) return { kind: 'code', set, code: toText(value) };
  return { kind: 'text', text: toText(value) };
}
