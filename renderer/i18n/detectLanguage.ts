import { LANGUAGES, type Language } from '../../shared/domain/enums';

const STORAGE_KEY = 'trama.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The user's choice if any; otherwise Italian when the system speaks Italian, else English. */
export function detectLanguage(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
  systemLanguages: readonly string[] = globalThis.navigator?.languages ?? [],
): Language {
  const stored = storage?.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const first = systemLanguages[0]?.toLowerCase() ?? '';
  return first.startsWith('it') ? 'it' : 'en';
}

export function rememberLanguage(language: Language, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(STORAGE_KEY, language);
}
