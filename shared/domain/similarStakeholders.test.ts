import { describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../sample/sampleNetwork';
import { SIMILARITY_THRESHOLD, nameWords, similarStakeholderIndex, wordSimilarity } from './similarStakeholders';

// Names that say the same body in other words are found in the same region; different
// numbered units and different bodies of one city are not.

const sample = buildSampleNetwork('2026-11-22').stakeholders;
const index = similarStakeholderIndex(sample);
const bestName = (name: string, region: Parameters<typeof index.find>[1]) => index.find(name, region)[0]?.name;

describe('similar stakeholders', () => {
  it('finds the sample stakeholders the messy list names in other words', () => {
    expect(bestName('ASP Potenza', 'basilicata')).toBe('ASP Basilicata – Azienda Sanitaria di Potenza');
    expect(bestName('ATS Milano Città Metropolitana', 'lombardia')).toBe('ATS della Città Metropolitana di Milano');
    expect(bestName('ASL Roma 1 - Dipartimento Salute Mentale', 'lazio')).toBe(
      'Dipartimento di Salute Mentale – ASL Roma 1',
    );
  });

  it('reads accents, case, punctuation, dashes and word order alike', () => {
    expect(bestName('dipartimento di salute mentale, asl roma 1', 'lazio')).toBe(
      'Dipartimento di Salute Mentale – ASL Roma 1',
    );
    expect(bestName('ATS — CITTA METROPOLITANA DI MILANO', 'lombardia')).toBe(
      'ATS della Città Metropolitana di Milano',
    );
  });

  it('reads abbreviations and their expansions as one word', () => {
    expect(nameWords('Azienda Sanitaria Locale Roma 1', 'lazio')).toEqual(nameWords('ASL Roma 1', 'lazio'));
    expect(nameWords('Azienda Sanitaria Provinciale di Potenza', 'basilicata')).toEqual(
      nameWords('ASP Potenza', 'basilicata'),
    );
    expect(nameWords('Agenzia di Tutela della Salute di Bergamo', 'lombardia')).toEqual(
      nameWords('ATS Bergamo', 'lombardia'),
    );
    expect(nameWords('Azienda Socio-Sanitaria Territoriale Santi Paolo e Carlo', 'lombardia')).toEqual(
      nameWords('ASST Santi Paolo e Carlo', 'lombardia'),
    );
    expect(nameWords('DSM Roma 1', 'lazio')).toEqual(nameWords('Dipartimento di Salute Mentale Roma 1', 'lazio'));
    expect(nameWords('ASL RM1', 'lazio')).toEqual(nameWords('ASL Roma 1', 'lazio'));
  });

  it('never takes one numbered unit for another', () => {
    expect(index.find('ASL Roma 2', 'lazio').map((match) => match.name)).not.toContain('ASL Roma 1');
    expect(index.find('ASL Roma 1', 'lazio').map((match) => match.name)).not.toContain('ASL Roma 2');
    expect(index.find('ASL Napoli 3', 'campania').map((match) => match.name)).toEqual([]);
    expect(wordSimilarity(nameWords('ASL Napoli 1', 'campania'), nameWords('ASL Napoli 3', 'campania'))).toBe(0);
  });

  it('keeps different bodies of one city apart, and a region apart from another', () => {
    const potenza = index.find('ASP Potenza', 'basilicata').map((match) => match.name);
    expect(potenza).not.toContain('Prefettura di Potenza');
    expect(potenza).not.toContain('Comune di Potenza – Servizi Sociali');
    expect(index.find('ASP Potenza', 'lazio')).toEqual([]);
    expect(index.find('ASL', 'lazio')).toEqual([]);
    expect(index.find('Comune', 'basilicata')).toEqual([]);
  });

  it('scores between 0 and 1 against a stated threshold, best first', () => {
    const matches = index.find('ASL Roma 1 Dipartimento Salute Mentale', 'lazio');
    expect(matches.length).toBeGreaterThan(0);
    for (const match of matches) expect(match.score).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
    expect(matches.map((match) => match.score)).toEqual([...matches.map((match) => match.score)].sort((a, b) => b - a));
    expect(matches[0]!.score).toBeLessThanOrEqual(1);
  });

  it('survives hostile names', () => {
    for (const name of ['', '   ', '__proto__', 'constructor', '\u0000\u0007–—', 'x'.repeat(100_000), '1 2 3 4 5'])
      expect(() => index.find(name, 'lazio')).not.toThrow();
    expect(index.find('__proto__', 'lazio')).toEqual([]);
  });

  it('looks 10,000 names up among 10,000 stakeholders of one region quickly', () => {
    const many = Array.from({ length: 10_000 }, (_, number) => ({
      id: `s-${number}`,
      name: `Cooperativa Sociale ${number % 7 === 0 ? 'Il Faro' : 'Aurora'} ${number} di Roma`,
      region: 'lazio' as const,
    }));
    const big = similarStakeholderIndex(many);
    const started = performance.now();
    let found = 0;
    for (let number = 0; number < 10_000; number += 1)
      found += big.find(`Aurora ${number} Cooperativa Sociale Roma`, 'lazio').length;
    expect(found).toBeGreaterThan(0);
    // Generous for a shared machine: all-pairs fuzzy matching takes minutes.
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
