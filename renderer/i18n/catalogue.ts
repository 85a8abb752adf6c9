import type { Language } from '../../shared/domain/enums';

/**
 * A feature's messages: English is the source, Italian must have exactly the same keys
 * (the type refuses a missing or extra one). `{name}` placeholders are filled by t().
 */
export type Catalogue<Keys extends string> = { readonly [L in Language]: Readonly<Record<Keys, string>> };

export function defineCatalogue<const English extends Record<string, string>>(
  en: English,
  it: Readonly<Record<keyof English & string, string>>,
): Catalogue<keyof English & string> {
  return { en, it };
}
