import { describe, expect, it } from 'vitest';
import {
  createMentionMatcher,
  foldApostrophes,
  foldWithOffsets,
  phoneVariants,
  redactSpans,
  type PersonIdentity,
} from './mentions';
import { foldForMatching } from './regions';

const giovanna: PersonIdentity = {
  name: 'Giovanna Esempio',
  emails: ['giovanna.esempio@example.org', 'ge1970@pec.example.it'],
  phones: ['+39 0823 000 000'],
};
const matcher = createMentionMatcher(giovanna);
const redact = (text: string, person = matcher) => redactSpans(text, person.find(text), '[erased]');

describe('folding with offsets', () => {
  it.each([
    'Giovanna Esempio',
    '  Nicolò   D’Amico_Ré-Bianchi. ',
    'İstanbul ŞAHİN',
    'ΟΔΥΣΣΕΑΣ Παπαδόπουλος',
    'emoji 🙂 e\u0301crit',
    'tab\tand\u00a0nbsp',
    '^caret` and ¨',
    'D´Amico Dʼ D‘',
  ])('folds %j as foldForMatching does, apostrophes folded first', (text) => {
    const sigma = (value: string) => value.replace(/ς/g, 'σ');
    expect(foldWithOffsets(text).folded.trim()).toBe(sigma(foldForMatching(foldApostrophes(text))));
  });
});

describe('mentions of a person', () => {
  it('finds the name whatever the case, accents and separators, as whole words only', () => {
    expect(redact('Sentire GIOVANNA ESEMPIO per il tavolo')).toBe('Sentire [erased] per il tavolo');
    expect(redact('Sentire giovanna_esempio, poi Giovanna-Esempio.')).toBe('Sentire [erased], poi [erased].');
    expect(redact('Mariagiovanna Esempio e Giovanna Esempione non sono lei')).toBe(
      'Mariagiovanna Esempio e Giovanna Esempione non sono lei',
    );
    const nicolo = createMentionMatcher({ name: 'Nicolò D’Amico', emails: [], phones: [] });
    expect(redact('Con NICOLO   d’amico e con Nicolò D’Amico.', nicolo)).toBe('Con [erased] e con [erased].');
  });

  it('finds every email of the person ignoring case, never inside a longer address', () => {
    expect(redact('Scrivere a GE1970@Pec.Example.it.')).toBe('Scrivere a [erased].');
    expect(redact('<giovanna.esempio@example.org>')).toBe('<[erased]>');
    expect(matcher.find('xge1970@pec.example.it, ge1970@pec.example.it.uk, ge1970@pec.example.italia')).toEqual([]);
  });

  it('finds the phone by its digits: spaces, dashes, brackets, with or without +39 or 0039', () => {
    for (const written of [
      '0823 000000',
      '+39 0823-000-000',
      '0039 0823 000 000',
      '(0823) 000 000',
      '390823000000',
      '+390823000000',
      '0823.000.000',
    ]) {
      expect(redact(`tel. ${written}, grazie`), written).toBe('tel. [erased], grazie');
    }
    for (const other of ['0823 000 0001', '10823000000', '0823 000', '0823 000 000 1'.replace(/ 1$/, '1')]) {
      expect(matcher.find(`tel. ${other}`), other).toEqual([]);
    }
  });

  it('takes a number stored without a country code as Italian, and ignores numbers under six digits', () => {
    expect(phoneVariants('333 123 4567')).toEqual(['3331234567', '393331234567', '00393331234567']);
    expect(phoneVariants('+44 20 7946 0000')).toEqual(['442079460000', '00442079460000']);
    expect(phoneVariants('12345')).toEqual([]);
    expect(phoneVariants('+39 12345')).toEqual([]);
    const mobile = createMentionMatcher({ name: 'Al', emails: [], phones: ['333 123 4567'] });
    expect(redact('cell. +39 333 1234567; Al', mobile)).toBe('cell. [erased]; Al');
  });

  it('replaces a name inside an address, and mentions side by side, with one marker', () => {
    expect(redact('giovanna.esempio@example.org')).toBe('[erased]');
    expect(redact('Giovanna Esempio <ge1970@pec.example.it> +39 0823 000 000')).toBe('[erased] <[erased]> [erased]');
  });

  it('finds and replaces every mention in a huge note with control characters', () => {
    const chunk = 'Riunione\u0000 con Giovanna Esempio\u202e (0823 000 000)\n';
    const note = chunk.repeat(10_000) + 'x'.repeat(200_000);
    const redacted = redact(note);
    expect(redacted).not.toContain('Giovanna');
    expect(redacted).not.toContain('0823');
    expect(redacted.split('[erased]')).toHaveLength(20_001);
  });
});

describe('no mention where the text means something else (review of issue 13)', () => {
  it('does not take a phone out of a longer number: no more digits joined on either side', () => {
    for (const longer of [
      'tel. 0823 000 000 12',
      'conto 1 0823 000 000',
      '0823-000-000-5',
      'pratica 0823000000/4',
      '+39 0823 000 000 99',
    ]) {
      expect(matcher.find(longer), longer).toEqual([]);
    }
    expect(redact('tel. 0823 000 000, int. 12')).toBe('tel. [erased], int. 12');
  });

  it('never finds a name inside an address that is not the person’s, nor joined by a hyphen or an apostrophe to another word', () => {
    const anna = createMentionMatcher({ name: 'Anna Rossi', emails: [], phones: [] });
    for (const other of [
      'scrivere a anna.rossi@altro.example.org',
      'anna-rossi@example.org',
      'Maria-Anna Rossi',
      'Anna Rossi-Bianchi',
      'D’Anna Rossi',
      'Pier-Anna Rossi è un’altra',
    ]) {
      expect(anna.find(other), other).toEqual([]);
    }
    expect(redact('dell’Anna Rossi e l’Anna Rossi, Anna Rossi’s notes', anna)).toBe(
      'dell’[erased] e l’[erased], [erased]’s notes',
    );
  });

  it('folds typographic apostrophes and accents written as apostrophes', () => {
    const nicolo = createMentionMatcher({ name: "Nicolò D'Amico", emails: [], phones: [] });
    for (const written of ['Nicolò D’Amico', 'Nicolo D‘Amico', 'Nicolò Dʼamico', 'NICOLÒ D`AMICO', 'Nicolò D´Amico']) {
      expect(redact(`con ${written}.`, nicolo), written).toBe('con [erased].');
    }
    expect(nicolo.find('con Nicolò DAmico')).toEqual([]);
  });

  it('marks a one-word name’s matches as uncertain: listed, never replaced without a person saying so', () => {
    const maria = createMentionMatcher({ name: 'Maria', emails: ['maria@example.org'], phones: [] });
    expect(maria.find('Santa Maria Capua Vetere')).toEqual([{ start: 6, end: 11, kinds: ['name'], isUncertain: true }]);
    expect(maria.find('scrivere a maria@example.org')).toEqual([{ start: 11, end: 28, kinds: ['email'] }]);
    expect(matcher.find('Giovanna Esempio')).toEqual([{ start: 0, end: 16, kinds: ['name'] }]);
  });
});
