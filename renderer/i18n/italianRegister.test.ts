import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './messages';

// The Italian interface speaks to staff in one register: the formal plural ("voi") or an
// impersonal form (docs/GLOSSARY.md). A second-person singular word ("scegli", "tuo", "puoi")
// in any message means a screen switched to "tu".
// Words that can only be "tu": possessives, verbs, and imperatives that differ from the third person
// ("scegli" but "sceglie"). Case matters: "SAI" is the reception system, "sai" is "you know".
const SINGULAR_FORMS = new Set([
  'tuo',
  'tua',
  'tuoi',
  'tue',
  'ti',
  'puoi',
  'hai',
  'vuoi',
  'sei',
  'devi',
  'sai',
  'vedi',
  'potresti',
  'scegli',
  'aggiungi',
  'premi',
  'apri',
  'scrivi',
  'inserisci',
  'chiudi',
  'rimuovi',
  'restringi',
  'segui',
  'tieni',
  'metti',
  'fai',
  'prosegui',
  'leggi',
  'assicurati',
  'ricordati',
  'riprovi',
]);

// Imperatives of -are verbs read like the third person ("la mappa usa", "Trama controlla"), so they
// only count when they open a sentence ("Seleziona un gruppo.").
const SENTENCE_OPENING_FORMS = new Set([
  'usa',
  'clicca',
  'seleziona',
  'cerca',
  'salva',
  'carica',
  'importa',
  'esporta',
  'modifica',
  'indica',
  'elimina',
  'controlla',
  'trascina',
  'tocca',
  'digita',
  'guarda',
  'prova',
  'ripristina',
  'annulla',
  'conferma',
  'crea',
  'filtra',
  'scarica',
  'vai',
  'riprova',
  'torna',
  'ricarica',
  'invia',
  'lascia',
  'aspetta',
]);

/** Messages that quote a button's name ("Annulla", "Apri la cartella delle copie"). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  'erasure.undoChangedSince': ['annulla'],
  'erasure.undoFailed': ['annulla'],
  'platform.autoBackup.failed.notAllowed': ['apri'],
};

/**
 * Buttons, links and menu items are commands in the imperative ("Salva", "Apri la scheda"), as in
 * every Italian program; only text that reads as a sentence addresses the reader.
 */
function isSentence(text: string): boolean {
  return /[.!?][\s}]*$/u.test(text.trim()) || /[.!?:]\s+\p{Lu}/u.test(text);
}

function singularFormsIn(text: string): string[] {
  const words = text.match(/\p{L}+/gu) ?? [];
  const anywhere = words.filter((word) => SINGULAR_FORMS.has(word.toLowerCase()) && word !== 'SAI');
  const openings = [...text.matchAll(/(?:^|[.!?:{]\s*)(\p{L}+)/gu)]
    .map((match) => match[1] ?? '')
    .filter((word) => SENTENCE_OPENING_FORMS.has(word.toLowerCase()));
  return [...new Set([...anywhere, ...openings].map((word) => word.toLowerCase()))];
}

/** docs/GLOSSARY.md: the synonyms the Italian interface does not use (the term to use instead). */
const REJECTED_TERMS: readonly RegExp[] = [
  /\bbackup\b/iu, // copia di sicurezza, copia automatica
  /^seguit[io]\b|\b(?:i|dei|ai|nei|un) seguit[io]\b/iu, // follow-up ("in seguito", "seguito da" are other words)
  /\bfase linee guida\b/iu, // fase delle linee guida
  /\bpersone di contatto\b/iu, // referenti
];

describe('Italian register', () => {
  it('never addresses the reader as "tu" in a sentence', () => {
    const found: string[] = [];
    for (const catalogue of CATALOGUES) {
      for (const [key, text] of Object.entries(catalogue.it as Record<string, string>)) {
        if (!isSentence(text)) continue;
        const words = singularFormsIn(text).filter((word) => !(ALLOWED[key] ?? []).includes(word));
        if (words.length > 0) found.push(`${key}: ${words.join(', ')} — ${text}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('names each concept with the glossary’s term, never its rejected synonym', () => {
    const found: string[] = [];
    for (const catalogue of CATALOGUES) {
      for (const [key, text] of Object.entries(catalogue.it as Record<string, string>)) {
        const rejected = REJECTED_TERMS.filter((term) => term.test(text));
        if (rejected.length > 0) found.push(`${key}: ${rejected.map(String).join(', ')} — ${text}`);
      }
    }
    expect(found).toEqual([]);
  });
});
