import { describe, expect, it } from 'vitest';
import { CATALOGUES, MESSAGES } from './messages';
import { detectLanguage } from './detectLanguage';
import { interpolate, translatePlural } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

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

  it('have an Italian text for every English one, with the same placeholders', () => {
    for (const [key, english] of Object.entries(MESSAGES.en)) {
      const italian = MESSAGES.it[key as keyof typeof MESSAGES.it];
      expect(italian, key).toBeTruthy();
      expect(english.trim(), key).not.toBe('');
      expect(placeholders(italian), key).toEqual(placeholders(english));
    }
    expect(Object.keys(MESSAGES.it).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });
});

describe('translation helpers', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{shown} of {total}', { shown: 3, total: 10 })).toBe('3 of 10');
    expect(interpolate('Hello {name}')).toBe('Hello {name}');
  });

  it('picks the plural form per language', () => {
    expect(translatePlural('en', 'cascade.contacts', 1)).toBe('1 contact person');
    expect(translatePlural('en', 'cascade.contacts', 3)).toBe('3 contact persons');
    expect(translatePlural('it', 'cascade.contacts', 1)).toBe('1 referente');
    expect(translatePlural('it', 'cascade.contacts', 0)).toBe('0 referenti');
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
