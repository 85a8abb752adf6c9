import { describe, expect, it } from 'vitest';
import {
  ACTION_KINDS,
  ACTION_STATUSES,
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  ATTITUDES,
  GUIDELINES_STAGES,
  LANGUAGES,
  LEVELS,
  PARTY_ROLES,
  RELATIONSHIP_STATUSES,
  RELATIONSHIP_TYPES,
  SECTORS,
  type Language,
} from '../../shared/domain/enums';
import type { EnumKind } from '../../shared/io/exportData';
import { REGION_IDS } from '../../shared/domain/regions';
import { detectLanguage } from './detectLanguage';
import { CATALOGUES, MESSAGES, type MessageKey } from './messages';
import { compileMessage, formatMessage, MESSAGE_LOCALES } from './messageFormat';

// Walks every message of every catalogue in both languages: same keys, never empty, valid ICU,
// the same arguments, and (for texts with no plural or select) exactly what the simple
// `{name}` replacement used before ICU rendered.

type ArgumentKind = 'simple' | 'number' | 'plural' | 'select';

/** The part of intl-messageformat's AST these tests read (its element types are numbered). */
interface Element {
  type: number;
  value?: unknown;
  options?: Readonly<Record<string, { value: readonly Element[] }>>;
}
const KIND_OF_TYPE: Readonly<Record<number, ArgumentKind>> = { 1: 'simple', 2: 'number', 5: 'select', 6: 'plural' };

function argumentsOf(
  elements: readonly Element[],
  found = new Map<string, Set<ArgumentKind>>(),
  pluralForms: string[] = [],
) {
  for (const element of elements) {
    const kind = KIND_OF_TYPE[element.type];
    if (kind && typeof element.value === 'string')
      found.set(element.value, (found.get(element.value) ?? new Set()).add(kind));
    if (kind === 'plural') pluralForms.push(...Object.keys(element.options ?? {}));
    for (const option of Object.values(element.options ?? {})) argumentsOf(option.value, found, pluralForms);
  }
  return { found, pluralForms };
}

function parsed(language: Language, key: MessageKey) {
  const elements = compileMessage(language, MESSAGES[language][key]).getAst() as readonly Element[];
  // Arguments outside any branch: every rendering shows them.
  const topLevel = elements.flatMap((element) =>
    KIND_OF_TYPE[element.type] && typeof element.value === 'string' ? [element.value] : [],
  );
  return { ...argumentsOf(elements), topLevel };
}

/** Numbers for arguments that choose a form or are formatted as numbers; text for the others. */
function sampleParams(
  kinds: ReadonlyMap<string, ReadonlySet<ArgumentKind>>,
  count: number,
): Record<string, string | number> {
  return Object.fromEntries(
    [...kinds].map(([name, kind]) => [name, kind.has('plural') || kind.has('number') ? count : `‹${name}›`]),
  );
}

/** What t() did before ICU: `{name}` replaced, everything else as written. */
function simpleReplacement(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

const KEYS = Object.keys(MESSAGES.en) as MessageKey[];

describe('message catalogues', () => {
  it('never define the same key twice', () => {
    const seen = new Map<string, number>();
    CATALOGUES.forEach((catalogue, index) => {
      for (const key of Object.keys(catalogue.en)) {
        expect(seen.has(key), `${key} is defined by catalogues ${seen.get(key)} and ${index}`).toBe(false);
        seen.set(key, index);
      }
    });
  });

  it('have the same keys in English and Italian, and no empty text', () => {
    expect(Object.keys(MESSAGES.it).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    for (const language of LANGUAGES)
      for (const key of KEYS) expect(MESSAGES[language][key].trim(), `${key} (${language})`).not.toBe('');
  });

  it('parse as ICU in both languages and name the same arguments, of kinds that agree', () => {
    for (const key of KEYS) {
      const english = parsed('en', key).found;
      const italian = parsed('it', key).found;
      expect([...italian.keys()].sort(), key).toEqual([...english.keys()].sort());
      for (const [name, kinds] of english) {
        const both = new Set([...kinds, ...(italian.get(name) ?? [])]);
        // A select takes a text, a plural or a number takes a number: one argument cannot be both.
        expect(both.has('select') && (both.has('plural') || both.has('number')), `${key}: {${name}}`).toBe(false);
      }
    }
  });

  it('use only the plural forms each language has', () => {
    for (const language of LANGUAGES) {
      const forms = new Set<string>(new Intl.PluralRules(MESSAGE_LOCALES[language]).resolvedOptions().pluralCategories);
      for (const key of KEYS) {
        const { pluralForms } = parsed(language, key);
        for (const form of pluralForms)
          expect(form.startsWith('=') || forms.has(form), `${key} (${language}): ${form}`).toBe(true);
        if (pluralForms.length > 0) expect(pluralForms, `${key} (${language})`).toContain('other');
      }
    }
  });

  it('render every message with its arguments, leaving no ICU syntax behind', () => {
    for (const language of LANGUAGES) {
      for (const key of KEYS) {
        const { found, topLevel } = parsed(language, key);
        for (const count of [0, 1, 2, 12345]) {
          const text = formatMessage(language, key, MESSAGES[language][key], sampleParams(found, count));
          expect(text, `${key} (${language}, ${count})`).not.toMatch(/[{}#]/);
          for (const name of topLevel)
            if (found.get(name)?.has('simple'))
              expect(text, `${key} (${language}) shows {${name}}`).toContain(`‹${name}›`);
        }
      }
    }
  });

  it('render a message with no plural, select or number exactly as the simple replacement did, apostrophes included', () => {
    let compared = 0;
    for (const language of LANGUAGES) {
      for (const key of KEYS) {
        const { found } = parsed(language, key);
        if ([...found.values()].some((kinds) => !kinds.has('simple') || kinds.size > 1)) continue;
        for (const params of [
          sampleParams(found, 1),
          Object.fromEntries([...found.keys()].map((name) => [name, 1234])),
        ]) {
          expect(formatMessage(language, key, MESSAGES[language][key], params), `${key} (${language})`).toBe(
            simpleReplacement(MESSAGES[language][key], params),
          );
        }
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(KEYS.length);
  });
});

describe('labels of stored values', () => {
  // Keys built from data (tOr(`sector.${value}`)) exist for every value a closed set allows.
  const VALUE_SETS: Readonly<Record<EnumKind, readonly string[]>> = {
    region: REGION_IDS,
    level: LEVELS,
    sector: SECTORS,
    attitude: ATTITUDES,
    stage: GUIDELINES_STAGES,
    relationshipType: RELATIONSHIP_TYPES,
    relationshipStatus: RELATIONSHIP_STATUSES,
    agreementKind: AGREEMENT_KINDS,
    agreementStatus: AGREEMENT_STATUSES,
    partyRole: PARTY_ROLES,
    actionKind: ACTION_KINDS,
    actionStatus: ACTION_STATUSES,
  };

  it('exist for every value, in both languages', () => {
    for (const [kind, values] of Object.entries(VALUE_SETS)) {
      for (const value of values)
        for (const language of LANGUAGES)
          expect(MESSAGES[language][`${kind}.${value}` as MessageKey], `${kind}.${value} (${language})`).toBeTruthy();
    }
  });
});

describe('detectLanguage', () => {
  const noStorage = { getItem: () => null };
  it('speaks Italian when the system does, English otherwise, and keeps a choice', () => {
    expect(detectLanguage(noStorage, ['it-IT', 'en'])).toBe('it');
    expect(detectLanguage(noStorage, ['en-GB'])).toBe('en');
    expect(detectLanguage(noStorage, [])).toBe('en');
    expect(detectLanguage({ getItem: () => 'it' }, ['en-GB'])).toBe('it');
    expect(detectLanguage({ getItem: () => 'fr' }, ['en-GB'])).toBe('en');
  });
});
