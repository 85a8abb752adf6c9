import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import type { EntityTable } from '../../../shared/domain/entities';
import type { FieldChange, HistoryEntry } from '../../../shared/domain/history';
import { showValue } from '../../../shared/io/restoreDiff';
import { createNameIndex, showFieldValue, type NameIndex } from '../../../shared/io/restoreValues';
import { HISTORY_PAGE, type RecordHistory } from '../../data/historyQueries';
import { useRecordHistory } from '../../data/useHistoryQueries';
import { useT } from '../../i18n/useT';
import { mergeFieldLabel } from '../import-export/mergeFieldLabels';
import { shownValueText } from '../import-export/shownValueText';

// On a record's page: every change recorded for it (issue 18), newest first — who made it
// (the team member, or this computer outside a team), when, and each field before → after,
// named and shown as the forms and the merge preview show them.

type Words = ReturnType<typeof useT>;

/**
 * One clock format per language, made once: toLocaleTimeString with options builds a new
 * formatter at each call, about a millisecond each, once per entry on every drawing.
 */
const clockFormats = new Map<string, Intl.DateTimeFormat>();

function clockFormat(language: string): Intl.DateTimeFormat {
  const locale = language === 'it' ? 'it-IT' : 'en-GB';
  let format = clockFormats.get(locale);
  if (!format)
    clockFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' })));
  return format;
}

function time(iso: string, { formatDate, language }: Words): string {
  const date = new Date(iso);
  // A time the format cannot read is shown as it is stored rather than not at all.
  if (Number.isNaN(date.getTime())) return iso;
  return `${formatDate(iso)} ${clockFormat(language).format(date)}`;
}

function entryTitle(entry: HistoryEntry, words: Words): string {
  const { t } = words;
  const who =
    entry.by !== null
      ? t('history.byMember', { name: entry.by })
      : t(entry.source === 'team' ? 'history.byTeammate' : 'history.byHere');
  const params = { who, when: time(entry.at, words) };
  if (entry.kind === 'created') return t('history.created', params);
  if (entry.kind === 'deleted') return t('history.deleted', params);
  return t('history.changed', params);
}

function FieldChangeLine(props: { table: EntityTable; change: FieldChange; names: NameIndex; words: Words }) {
  const { table, change, names, words } = props;
  const labelOf = (path: string) => mergeFieldLabel(words, table, path) ?? path;
  const shown = (value: unknown) => {
    const text = shownValueText(showFieldValue(table, change.field, value, names, showValue), words, labelOf);
    return value === undefined || value === null || value === '' ? words.t('history.empty') : text;
  };
  return (
    <li>
      {words.t('history.fieldChange', {
        field: labelOf(change.field),
        before: shown(change.before),
        after: shown(change.after),
      })}
    </li>
  );
}

/** The entries, drawn again only when they change (not when the record's page around them is). */
const HistoryEntries = memo(function HistoryEntries(props: {
  table: EntityTable;
  history: RecordHistory;
  headingId: string;
  words: Words;
}) {
  const { table, history, headingId, words } = props;
  const names = useMemo(() => createNameIndex(history.named), [history]);
  if (history.entries.length === 0) return <p className="muted">{words.t('history.none')}</p>;
  return (
    <ol className="item-list" aria-labelledby={headingId}>
      {history.entries.map((entry) => (
        <li key={entry.id}>
          <span>{entryTitle(entry, words)}</span>
          {entry.source === 'team' && <span className="muted"> {words.t('history.fromTeam')}</span>}
          {entry.changes.length > 0 && (
            <ul>
              {entry.changes.map((change) => (
                <FieldChangeLine key={change.field} table={table} change={change} names={names} words={words} />
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
});

/**
 * Memoised: an edit of the record redraws its page (its heading first of all) without
 * drawing the history again, and the edit's new entry is drawn afterwards, deferred, so
 * that the record's own change is never kept waiting behind its history (issue 18).
 */
export const RecordHistorySection = memo(function RecordHistorySection({
  table,
  id,
}: {
  table: EntityTable;
  id: string;
}) {
  const words = useT();
  const { t } = words;
  const headingId = useId();
  const [limit, setLimit] = useState(HISTORY_PAGE);
  const history = useDeferredValue(useRecordHistory(table, id, limit));

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('history.title')}</h2>
      {history === undefined ? (
        <p className="muted">{t('history.loading')}</p>
      ) : (
        <HistoryEntries table={table} history={history} headingId={headingId} words={words} />
      )}
      {history !== undefined && history.total > history.entries.length && (
        <button type="button" className="button-link" onClick={() => setLimit((shown) => shown + HISTORY_PAGE)}>
          {t('history.more', { count: history.total - history.entries.length })}
        </button>
      )}
    </section>
  );
});
