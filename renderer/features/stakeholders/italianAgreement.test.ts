import { describe, expect, it } from 'vitest';
import { stakeholderMessages } from './stakeholders.messages';

// A name can be a woman's ("Anna Rossi") or a feminine organisation's ("ASL", "Prefettura di
// Roma"): an Italian participle agreeing with the name itself ("Anna Rossi eliminato") is wrong
// for half of them, and "eliminato/a" reads as a form to fill. The participle agrees with a noun
// of the message instead ("Scheda eliminata: Anna Rossi.").

/** A name argument followed by a participle (…ato, …ito, …uto, …nto, …sso: any ending) that agrees with it. */
const PARTICIPLE_OF_NAME =
  /\{(?:name|stakeholder)\}\s+\p{L}+(?:at|it|ut|nt|ss|rt|lt)(?:[oaie]|[oa]\/[ai])(?=[\s.,!?]|$)/u;

describe('the Italian messages of stakeholders and contact persons', () => {
  it('never make a participle agree with a name', () => {
    const wrong = Object.entries(stakeholderMessages.it).filter(([, text]) => PARTICIPLE_OF_NAME.test(text));
    expect(wrong, 'these say "Anna Rossi eliminato" for a woman or a feminine organisation').toEqual([]);
  });

  it('name the record with a noun that carries the gender', () => {
    expect(stakeholderMessages.it['contact.deleted'].replace('{name}', 'Anna Rossi')).toBe(
      'Scheda eliminata: Anna Rossi.',
    );
    expect(stakeholderMessages.it['stakeholders.created'].replace('{name}', 'ASL Roma 1')).toBe(
      'Scheda aggiunta: ASL Roma 1.',
    );
  });
});
