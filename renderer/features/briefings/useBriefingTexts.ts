import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react';
import type { Briefing, BriefingInput } from '../../../shared/domain/briefing';
import { rebaseTyping } from '../../../shared/domain/rebaseTyping';
import { ValidationError } from '../../../shared/domain/validation';
import { useNotify } from '../../app/notifications/useNotify';
import { useDatabase } from '../../data/useDatabase';
import { updateBriefing, type TypedBriefingField } from '../../db/repositories/briefings';
import { useT } from '../../i18n/useT';
import { useFieldErrors } from '../../ui/useFieldErrors';

const SAVE_DELAY_MS = 500;
const TYPED_FIELDS = ['title', 'agenda', 'meetingPlace'] as const satisfies readonly TypedBriefingField[];
const FIELD_LABEL_KEYS = {
  title: 'briefings.name',
  agenda: 'briefings.agenda',
  meetingPlace: 'briefings.meetingPlace',
} as const satisfies Record<TypedBriefingField, string>;

/** Text typed in a field, kept while it says more than the stored value (spaces the save trims). */
interface TypedText {
  text: string;
  /** The stored value the text was typed over. */
  base: string;
  /** The text last handed to a save. */
  sent?: string;
  isSaved: boolean;
}
type TypedTexts = Partial<Record<TypedBriefingField, TypedText>>;
type StoredTexts = Record<TypedBriefingField, string>;

const storedTextsOf = (briefing: Briefing): StoredTexts => ({
  title: briefing.title,
  agenda: briefing.agenda,
  meetingPlace: briefing.meetingPlace ?? '',
});
/** The value a save stores for the text (the title and place are trimmed). */
const storedFormOf = (field: TypedBriefingField, text: string) => (field === 'agenda' ? text : text.trim());

/** The typed text once the stored value changed: kept, moved onto the new value, or given up. */
function afterStoredChange(field: TypedBriefingField, typed: TypedText, stored: string): TypedText | undefined {
  if (stored === storedFormOf(field, typed.text)) return { ...typed, base: stored };
  if (typed.sent !== undefined && stored === storedFormOf(field, typed.sent)) return { ...typed, base: stored };
  // Nothing typed since the last save: the stored value (a teammate's change, an erasure) wins.
  if (typed.isSaved) return undefined;
  if (stored === typed.base) return typed;
  // Typing not yet saved over a value that changed: the change underneath wins where they meet.
  return { text: rebaseTyping(typed.base, typed.text, stored), base: stored, isSaved: false };
}

/**
 * The briefing's title, agenda and place as typed: saved after a pause (and when asked, before
 * printing and on leaving); given up for the stored value when that changes underneath them.
 * A save that fails validation says why at the field (`errorFor`) and in a notice.
 */
export function useBriefingTexts(briefingId: string, briefing: Briefing | null | undefined) {
  const { t, tOr } = useT();
  const { notify, notifyError } = useNotify();
  const database = useDatabase();
  const { errorFor, capture, clear } = useFieldErrors();
  const [typed, setTyped] = useState<TypedTexts>({});
  const latest = useRef<TypedTexts>({});
  const pendingSave = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const hasErrors = useRef(false);

  const stored = briefing ? storedTextsOf(briefing) : undefined;
  const [seen, setSeen] = useState(stored);
  if (stored && seen && TYPED_FIELDS.some((field) => stored[field] !== seen[field])) {
    setSeen(stored);
    const next: TypedTexts = {};
    for (const field of TYPED_FIELDS) {
      const entry = typed[field];
      const kept = entry && stored[field] !== seen[field] ? afterStoredChange(field, entry, stored[field]) : entry;
      if (kept) next[field] = kept;
    }
    setTyped(next);
  } else if (stored && !seen) setSeen(stored);
  // Before any event: a keystroke right after a stored change is typed over what it shows.
  useLayoutEffect(() => {
    latest.current = typed;
  }, [typed]);

  function change(update: (current: TypedTexts) => TypedTexts) {
    latest.current = update(latest.current);
    setTyped(latest.current);
  }

  /** Saves the unsaved typing with `patch`; false, having said why, when it could not be saved. */
  async function save(patch: Partial<BriefingInput> = {}, { isAsked = false } = {}): Promise<boolean> {
    clearTimeout(pendingSave.current);
    pendingSave.current = undefined;
    const sent: Partial<Record<TypedBriefingField, string>> = {};
    const typedOver: Partial<Record<TypedBriefingField, string>> = {};
    for (const field of TYPED_FIELDS) {
      const entry = latest.current[field];
      // A blank title is not saved: the stored one stays until a new one is typed.
      if (!entry || entry.isSaved || (field === 'title' && !entry.text.trim())) continue;
      sent[field] = entry.text;
      typedOver[field] = entry.base;
    }
    if (Object.keys(sent).length === 0 && Object.keys(patch).length === 0) return true;
    const markSaved = (isSaved: boolean) =>
      change((current) => {
        const next = { ...current };
        for (const field of Object.keys(sent) as TypedBriefingField[]) {
          const entry = current[field];
          if (!entry || entry.text !== sent[field]) continue;
          next[field] = isSaved ? { ...entry, sent: entry.text, isSaved } : { ...entry, isSaved };
        }
        return next;
      });
    markSaved(true);
    try {
      const saved = storedTextsOf(await updateBriefing(database, briefingId, { ...sent, ...patch }, typedOver));
      // Written: typing that goes on is typed over what this save stored.
      change((current) => {
        const next = { ...current };
        for (const field of Object.keys(sent) as TypedBriefingField[]) {
          const entry = current[field];
          if (entry) next[field] = { ...entry, base: saved[field] };
        }
        return next;
      });
      hasErrors.current = false;
      clear();
      return true;
    } catch (error) {
      markSaved(false);
      if (!(error instanceof ValidationError)) notifyError(error);
      else sayInvalid(error, isAsked);
      return false;
    }
  }

  function sayInvalid(error: ValidationError, isAsked: boolean) {
    const wasShown = hasErrors.current;
    hasErrors.current = capture(error);
    const field = TYPED_FIELDS.find((candidate) => error.byField()[candidate] !== undefined);
    if (!field) {
      notifyError(error);
      return;
    }
    // Said once while typing goes on in the marked field; again when the user asks (print).
    if (wasShown && !isAsked) return;
    const words = { field: t(FIELD_LABEL_KEYS[field]), problem: describeIssue(error, field) };
    notify({
      message: isAsked
        ? t('briefings.notPrinted', words)
        : t('error.generic', { message: t('briefings.notSaved', words) }),
      tone: 'error',
    });
  }
  /** The field's problem in words, as useFieldErrors shows it next to the field. */
  function describeIssue(error: ValidationError, field: TypedBriefingField): string {
    const limit = error.limitsByField()[field];
    if (limit?.of === 'characters') return t('validation.too-long', { max: limit.maximum });
    return tOr(`validation.${error.byField()[field] ?? ''}`, t('validation.invalid'));
  }

  function type(field: TypedBriefingField, text: string) {
    change((current) => ({
      ...current,
      [field]: { ...current[field], text, base: current[field]?.base ?? stored?.[field] ?? '', isSaved: false },
    }));
    clearTimeout(pendingSave.current);
    pendingSave.current = setTimeout(() => void save(), SAVE_DELAY_MS);
  }

  const hasUnsaved = () => Object.values(latest.current).some((entry) => !entry.isSaved);
  const saveOnLeave = useEffectEvent(() => {
    if (pendingSave.current !== undefined) void save();
  });
  useEffect(() => () => saveOnLeave(), []);

  return {
    textOf: (field: TypedBriefingField) => typed[field]?.text ?? stored?.[field] ?? '',
    type,
    save,
    hasUnsaved,
    errorFor,
  };
}
