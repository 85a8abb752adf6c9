import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from './mentions';
import { findMentionsInRecord, redactRecord } from './recordMentions';

const matcher = createMentionMatcher({
  name: 'Giovanna Esempio',
  emails: ['giovanna.esempio@example.org'],
  phones: [],
});

describe('mentions in one record', () => {
  it('looks into nested fields and lists as the registry names them, and nowhere else', () => {
    const stakeholder = {
      id: 's',
      name: 'Studio di Giovanna Esempio',
      region: 'Giovanna Esempio',
      tags: ['seguito da giovanna esempio', 'rete'],
      programmeIds: ['Giovanna Esempio'],
    };
    expect(findMentionsInRecord('stakeholders', stakeholder, matcher).map((mention) => mention.field)).toEqual([
      'name',
      'tags[]',
    ]);
    const category = { id: 'c', labels: { it: 'Cooperativa di Giovanna Esempio', en: 'Cooperative' } };
    const { record, count } = redactRecord('categories', category, matcher, '[x]');
    expect(count).toBe(1);
    expect(record).toEqual({ id: 'c', labels: { it: 'Cooperativa di [x]', en: 'Cooperative' } });
    expect(category.labels.it).toBe('Cooperativa di Giovanna Esempio');
  });

  it('replaces only in the fields asked for, and gives the same record back when nothing matched', () => {
    const action = { id: 'a', title: 'Giovanna Esempio', objective: 'giovanna.esempio@example.org', outcome: '' };
    expect(redactRecord('actions', action, matcher, '[x]', new Set(['objective'])).record).toEqual({
      ...action,
      objective: '[x]',
    });
    const untouched = { id: 'a', title: 'Altro', objective: '', outcome: '' };
    expect(redactRecord('actions', untouched, matcher, '[x]').record).toBe(untouched);
  });

  it('walks hostile records without failing or polluting anything', () => {
    for (const record of [
      null,
      42,
      'Giovanna Esempio',
      [],
      { notes: 7 },
      { tags: 'Giovanna Esempio' },
      { tags: [null, { a: 1 }, 'Giovanna Esempio'] },
    ]) {
      expect(() => redactRecord('stakeholders', record, matcher, '[x]')).not.toThrow();
    }
    const polluting = JSON.parse('{"__proto__": {"polluted": true}, "notes": "Giovanna Esempio"}') as Record<
      string,
      unknown
    >;
    const { record } = redactRecord('stakeholders', polluting, matcher, '[x]');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(record, '__proto__')).toBe(true);
    expect(record.notes).toBe('[x]');
  });
});
