import { useState, type KeyboardEvent } from 'react';
import { localIsoDate } from '../../shared/domain/common';
import type { Language } from '../../shared/domain/enums';
import { useT } from '../i18n/useT';
import { formatDateText, parseDateText, shiftIsoDate, type ParsedDateText } from './dateText';
import { FieldFrame } from './FieldFrame';
import './forms.css';

interface DateFieldProps {
  label: string;
  /** YYYY-MM-DD, or '' for none. */
  value: string;
  /**
   * Called with YYYY-MM-DD as soon as a whole date is typed, with '' when the field is emptied,
   * and with the typed text itself when it is no date once the field is left (or on Enter): the
   * form's own check then refuses to save, instead of keeping the previous date without a word.
   */
  onChange(value: string): void;
  error?: string | undefined;
  hint?: string | undefined;
  isRequired?: boolean | undefined;
  autoFocus?: boolean | undefined;
  className?: string | undefined;
  /** Off in a filter bar, where a line under the field would crowd the row: the format stays as placeholder. */
  hasHint?: boolean;
}

/**
 * What the user is typing, the value it gave and the value before that keystroke: shown while
 * the value is either (a filter keeps its last date until a whole one is typed); a value set
 * from outside (a reset, Clear filters) replaces it.
 */
interface Typing {
  text: string;
  gave: string;
  before: string;
}

const EXAMPLE_DAY = '2026-12-06';

function useProblemText() {
  const { t, language } = useT();
  const example = formatDateText(EXAMPLE_DAY, language);
  return (parsed: ParsedDateText): string | undefined => {
    if (!('problem' in parsed)) return undefined;
    switch (parsed.problem) {
      case 'format':
        return t('dateField.format', { example });
      case 'shortYear':
        return t('dateField.shortYear', { example });
      case 'noSuchMonth':
        return t('dateField.noSuchMonth', { month: parsed.month });
      case 'noSuchDay':
        return t('dateField.noSuchDay', {
          day: String(parsed.day),
          month: String(parsed.month),
          year: String(parsed.year),
        });
    }
  };
}

function spelledOut(iso: string, language: Language): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(2000, month - 1, day);
  date.setFullYear(year);
  return new Intl.DateTimeFormat(language === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'full' }).format(date);
}

/**
 * A date typed as the interface's language writes it (dd/mm/yyyy in Italian, yyyy-mm-dd in
 * English) and stored as YYYY-MM-DD. Not <input type="date">: that one follows the browser's
 * locale, so the Italian interface showed mm/dd/yyyy. The arrow keys move a day.
 */
export function DateField({
  label,
  value,
  onChange,
  error,
  hint,
  isRequired,
  autoFocus,
  className,
  hasHint = true,
}: DateFieldProps) {
  const { t, language } = useT();
  const problemText = useProblemText();
  const [typing, setTyping] = useState<Typing | null>(null);
  const [hasLeft, setHasLeft] = useState(false);
  const text =
    typing && (typing.gave === value || typing.before === value) ? typing.text : formatDateText(value, language);
  const parsed = parseDateText(text);
  // Said once the user has left the field, not at every keystroke of a date half typed.
  const problem = hasLeft ? problemText(parsed) : undefined;
  const ownHint =
    'iso' in parsed && parsed.iso !== ''
      ? t('dateField.reads', { date: spelledOut(parsed.iso, language) })
      : t('dateField.hint', { example: formatDateText(EXAMPLE_DAY, language) });

  // A whole date goes to the form as it is typed; text that is no date (yet) only when the
  // user leaves the field or presses Enter: a field that saves at once (a briefing's date)
  // is not sent "0", "06/1"… at every keystroke, and a form still refuses what is no date.
  function change(next: string) {
    const read = parseDateText(next);
    const given = 'iso' in read ? read.iso : value;
    setTyping({ text: next, gave: given, before: value });
    if (given !== value) onChange(given);
  }

  function handOverText() {
    setHasLeft(true);
    if ('iso' in parsed) setTyping(null);
    else if (text !== value) {
      setTyping({ text, gave: text, before: value });
      onChange(text);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && !('iso' in parsed)) {
      // Not submitted with a date that is no date: the reason shows under the field instead.
      event.preventDefault();
      handOverText();
      return;
    }
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const from = 'iso' in parsed ? parsed.iso : null;
    if (from === null) return;
    event.preventDefault();
    const next = from === '' ? localIsoDate() : shiftIsoDate(from, event.key === 'ArrowUp' ? 1 : -1);
    if (next === null) return;
    setTyping(null);
    onChange(next);
  }

  return (
    <FieldFrame
      label={label}
      error={problem ?? error}
      hint={hasHint ? [hint, ownHint].filter(Boolean).join(' ') : hint}
      className={`field-date ${className ?? ''}`}
    >
      {({ inputId, describedBy, isInvalid }) => (
        <input
          id={inputId}
          type="text"
          value={text}
          required={isRequired}
          autoFocus={autoFocus}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('dateField.placeholder')}
          aria-invalid={isInvalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => change(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={handOverText}
        />
      )}
    </FieldFrame>
  );
}
