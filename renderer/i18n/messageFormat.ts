// import.meta.env.DEV below: the bench and end-to-end projects type-check this file too, and
// the bench runs it under Node, where import.meta.env does not exist.
/// <reference types="vite/client" />
import { IntlMessageFormat } from 'intl-messageformat';
import type { Language } from '../../shared/domain/enums';
import type { MessageValue } from './messageArguments';

// ICU MessageFormat through intl-messageformat: one compiled formatter per language and key.

/** The locales `#` in a plural formats counts with, the same as formatNumber (1.234 in Italian). */
export const MESSAGE_LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', it: 'it-IT' };

/**
 * Our texts never quote ICU syntax, so an apostrophe is always an apostrophe: Italian elides
 * before an argument ("dell'{source}"), which ICU would otherwise read as the start of a quote.
 */
export function icuSource(text: string): string {
  return text.replaceAll("'", "''");
}

/** Compiles a text; throws a SyntaxError on malformed ICU. `<` is text: the catalogues hold no tags. */
export function compileMessage(language: Language, text: string): IntlMessageFormat {
  return new IntlMessageFormat(icuSource(text), MESSAGE_LOCALES[language], undefined, { ignoreTag: true });
}

const reportedProblems = new Set<string>();

/**
 * A message that is missing or cannot be formatted is told once per problem (in development and
 * tests, on the console), never passed over in silence; the caller still shows something readable.
 */
export function reportMessageProblem(problem: string): void {
  if (reportedProblems.has(problem)) return;
  reportedProblems.add(problem);
  if (import.meta.env?.DEV) console.error(`[i18n] ${problem}`);
}

/** The problems reported so far, emptied: for tests that check a screen used only known messages. */
export function takeReportedMessageProblems(): string[] {
  const problems = [...reportedProblems];
  reportedProblems.clear();
  return problems;
}

const formatters: Readonly<Record<Language, Map<string, IntlMessageFormat | Error>>> = { en: new Map(), it: new Map() };

function formatterFor(language: Language, key: string, text: string): IntlMessageFormat | Error {
  let formatter = formatters[language].get(key);
  if (formatter === undefined) {
    try {
      formatter = compileMessage(language, text);
    } catch (error) {
      formatter = error instanceof Error ? error : new Error(String(error));
    }
    formatters[language].set(key, formatter);
  }
  return formatter;
}

/** The message `key` of `language`, whose text is `text`, with its arguments filled in. */
export function formatMessage(
  language: Language,
  key: string,
  text: string,
  params: Readonly<Record<string, MessageValue>> = {},
): string {
  // Most texts name no argument: nothing to compile.
  if (!text.includes('{')) return text;
  const formatter = formatterFor(language, key, text);
  try {
    if (formatter instanceof Error) throw formatter;
    const formatted = formatter.format<string>(params);
    return Array.isArray(formatted) ? formatted.join('') : formatted;
  } catch (error) {
    reportMessageProblem(
      `"${key}" (${language}) cannot be formatted: ${error instanceof Error ? error.message : String(error)}`,
    );
    return text;
  }
}
