import { createMentionMatcher, type MentionMatcher } from '../domain/mentions';
import { PERSON_TABLE } from '../domain/personalData';
import { findMentionsInRecord, isPersonalDataTable } from '../domain/recordMentions';
import { BACKUP_TABLE_NAMES, backupRecordKey, type BackupTableName, type BackupTables } from './backup';
import { copyIdentity } from './copyIdentity';
import { redactWithinSchema } from './redactWithinSchema';

// A backup being restored still names the contact persons erased here since: in notes,
// agendas, follow-ups and every other free-text field (shared/domain/personalData.ts). Their
// own records are in the backup, so their name, emails and phones are known: each mention
// found for sure is replaced by the marker, as the erasure did here. A one-word name may be
// someone or something else ("Maria" in "Santa Maria Capua Vetere"): it is left as it is and
// counted, as is a mention where no marker fits (a web address), so the preview can say so.

export interface RedactedRecord {
  table: BackupTableName;
  /** backupRecordKey of the record. */
  key: string;
  record: Record<string, unknown>;
}

export interface ErasedMentions {
  /** The backup's records whose free text named an erased person, with the mentions replaced. */
  records: RedactedRecord[];
  mentionsReplaced: number;
  /** Records that may still name one: only a one-word name matched, or no marker fits there. */
  recordsLeftAsTheyAre: number;
}

/** Only the mentions that are surely the person's: the uncertain ones a person must decide. */
function certainOnly(matcher: MentionMatcher): MentionMatcher {
  return { find: (text) => matcher.find(text).filter((span) => span.isUncertain !== true) };
}

/** One matcher per erased person, from their record in the backup; details another kept contact shares are not looked for. */
function matchersFor(tables: BackupTables, leftOut: ReadonlySet<string>): MentionMatcher[] {
  const kept = tables.contacts.filter((contact) => !leftOut.has(contact.id));
  return tables.contacts
    .filter((contact) => leftOut.has(contact.id))
    .map((contact) => {
      const { person } = copyIdentity(
        { [PERSON_TABLE]: [...kept, contact] },
        { contactId: contact.id, person: { name: '', emails: [], phones: [] } },
      );
      return createMentionMatcher(person);
    });
}

export function redactErasedMentions(
  tables: BackupTables,
  leftOut: ReadonlySet<string>,
  marker: string,
): ErasedMentions {
  const result: ErasedMentions = { records: [], mentionsReplaced: 0, recordsLeftAsTheyAre: 0 };
  const matchers = matchersFor(tables, leftOut);
  if (matchers.length === 0) return result;
  for (const table of BACKUP_TABLE_NAMES) {
    if (!isPersonalDataTable(table)) continue;
    for (const row of tables[table] as ReadonlyArray<Record<string, unknown>>) {
      if (table === PERSON_TABLE && leftOut.has(String(row.id))) continue;
      let record = row;
      let mayStillName = false;
      for (const matcher of matchers) {
        const mentions = findMentionsInRecord(table, record, matcher);
        if (mentions.length === 0) continue;
        const fields = new Set(mentions.filter((mention) => !mention.isUncertain).map((mention) => mention.field));
        if (fields.size > 0) {
          const redacted = redactWithinSchema(table, record, certainOnly(matcher), marker, fields);
          result.mentionsReplaced += redacted.count;
          record = redacted.record;
        }
        if (findMentionsInRecord(table, record, matcher).length > 0) mayStillName = true;
      }
      const key = backupRecordKey(table, record);
      if (record !== row && key !== null) result.records.push({ table, key, record });
      if (mayStillName) result.recordsLeftAsTheyAre += 1;
    }
  }
  return result;
}
