import { eraseFromHistoryEntry, HISTORY_TABLE, type HistoryEntry } from '../../../shared/domain/history';
import {
  createMentionMatcher,
  mergeSpans,
  type MentionMatcher,
  type PersonIdentity,
} from '../../../shared/domain/mentions';
import { PERSON_TABLE } from '../../../shared/domain/personalData';
import type { TramaDatabase } from '../db';

// The history table is written by the data layer alone (historyMiddleware.ts), one entry per
// record written; nothing here adds or edits an entry. The one exception is a GDPR erasure:
// the person's own record's entries go, and their name, email, phone and id leave every other.

const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];

/** One matcher for the person as they are and as their own entries say they were. */
function matcherOfAll(person: PersonIdentity, own: readonly HistoryEntry[]): MentionMatcher {
  const valuesOf = (field: string) =>
    own.flatMap((entry) =>
      entry.changes.filter((change) => change.field === field).flatMap((change) => [change.before, change.after]),
    );
  const emails = [...new Set([...person.emails, ...valuesOf('emails').flatMap(stringsIn)])];
  const phones = [...new Set([...person.phones, ...valuesOf('phones').flatMap(stringsIn)])];
  const names = [...new Set([person.name, ...valuesOf('name').flatMap(stringsIn)])];
  const matchers = names.map((name, index) =>
    createMentionMatcher(index === 0 ? { name, emails, phones } : { name, emails: [], phones: [] }),
  );
  return { find: (text) => mergeSpans(matchers.flatMap((matcher) => matcher.find(text))) };
}

export interface HistoryScrub {
  /** Entries of the person's own record, deleted. */
  removed: number;
  /** Other entries that held the person, rewritten without them. */
  rewritten: number;
}

/**
 * Takes an erased person out of the history: every mention of their name, email or phone in
 * any value (replaced by the marker, whatever field it is in, without asking: history is a
 * copy of values), their id out of every list, and the entries of their own record. Runs in
 * the caller's transaction when there is one holding the history table.
 */
export function eraseFromHistory(
  db: TramaDatabase,
  contactId: string,
  person: PersonIdentity,
  marker: string,
): Promise<HistoryScrub> {
  return db.transaction('rw', HISTORY_TABLE, async () => {
    // Their own record's entries hold the details they had before (an old email, a phone
    // taken off): those are theirs too, and looked for as well.
    const own = await db.history
      .where('recordIds')
      .equals(contactId)
      .filter((entry) => entry.table === PERSON_TABLE && entry.kind === 'changed')
      .toArray();
    const erasure = { contactId, personTable: PERSON_TABLE, matcher: matcherOfAll(person, own), marker };
    const removed: string[] = [];
    const rewritten: HistoryEntry[] = [];
    await db.history.each((entry) => {
      const next = eraseFromHistoryEntry(entry, erasure);
      if (next === null) removed.push(entry.id);
      else if (next !== entry) rewritten.push(next as HistoryEntry);
    });
    await db.history.bulkDelete(removed);
    await db.history.bulkPut(rewritten);
    return { removed: removed.length, rewritten: rewritten.length };
  });
}

/**
 * Who an erasure takes out of the history, as the erasure dialog's report knows them: an email
 * or phone that another contact also has is not looked for (it is theirs too).
 */
