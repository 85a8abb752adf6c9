/**
 * A feature's messages: English is the source, Italian must have exactly the same keys
 * (the type refuses a missing or extra one). Texts are ICU MessageFormat: `{name}` is filled by
 * t(), `{count, plural, one {# party} other {# parties}}` picks the form per language. Both texts
 * keep their literal types, so t() knows the arguments each one names (messageArguments.ts).
 */
export type Catalogue<
  English extends Readonly<Record<string, string>>,
  Italian extends Readonly<Record<keyof English & string, string>>,
> = {
  readonly en: English;
  readonly it: Italian;
};

export function defineCatalogue<
  const English extends Readonly<Record<string, string>>,
  const Italian extends Readonly<Record<keyof English & string, string>>,
>(
  en: English,
  it: Italian & Readonly<Record<Exclude<keyof Italian, keyof English>, never>>,
): Catalogue<English, Italian> {
  return { en, it };
}
