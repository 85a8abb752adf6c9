import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { briefingFileName } from '../../../shared/briefing/briefingFileName';
import {
  BRIEFING_SECTIONS,
  type Briefing,
  type BriefingInput,
  type BriefingSection,
} from '../../../shared/domain/briefing';
import { useNotify } from '../../app/notifications/useNotify';
import { navigate, routeHref } from '../../app/route';
import { useBriefing } from '../../data/useBriefingQueries';
import { useDatabase } from '../../data/useDatabase';
import { useExportData } from '../../data/useExportData';
import { deleteBriefing, updateBriefing } from '../../db/repositories/briefings';
import { useT } from '../../i18n/useT';
import { RecordNotFound } from '../../ui/DetailPageFrame';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { useUndoableChange } from '../../ui/useUndoableChange';
import { BriefingAttendeesField } from './BriefingAttendeesField';
import { BriefingDocument } from './BriefingDocument';
import { briefingCover } from './briefingCover';
import { RecordMeetingDialog, attendanceChoices } from './RecordMeetingDialog';
import { useBriefingExcel } from './useBriefingExcel';
import { useBriefingModel } from './useBriefingModel';
import { platform } from '../../platform/platform';

const SAVE_DELAY_MS = 500;

function SourceLine({
  briefing,
  actionTitle,
  actionDate,
}: {
  briefing: Briefing;
  actionTitle: string | undefined;
  actionDate: string | undefined;
}) {
  const { t, tOr, formatDate } = useT();
  const { source } = briefing;
  if (source.kind === 'region')
    return (
      <p className="muted">{t('briefings.source.region', { region: tOr(`region.${source.region}`, source.region) })}</p>
    );
  if (source.kind === 'stakeholders') return <p className="muted">{t('briefings.source.stakeholders')}</p>;
  if (actionTitle === undefined) return <p className="banner">{t('briefings.source.actionMissing')}</p>;
  return <p className="muted">{t('briefings.source.action', { title: actionTitle, date: formatDate(actionDate) })}</p>;
}

export function BriefingEditor({ briefingId }: { briefingId: string }) {
  const { t, formatDate } = useT();
  const { notify, notifyError } = useNotify();
  const changeWithUndo = useUndoableChange();
  const database = useDatabase();
  const briefing = useBriefing(briefingId);
  const data = useExportData();
  const [title, setTitle] = useState<string | null>(null);
  const [agenda, setAgenda] = useState<string | null>(null);
  const [place, setPlace] = useState<string | null>(null);
  const [sections, setSections] = useState<BriefingSection[] | null>(null);
  const [isRecording, setIsRecording] = useState(false);
  const pendingSave = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { isBusy, exportExcel } = useBriefingExcel();

  // The typed text wins over the stored one until it is saved.
  const shown = briefing
    ? {
        ...briefing,
        title: title ?? briefing.title,
        agenda: agenda ?? briefing.agenda,
        meetingPlace: place ?? briefing.meetingPlace ?? '',
      }
    : undefined;
  const model = useBriefingModel(briefing ?? undefined, data, sections ?? undefined);

  // Typed text not yet saved: saved together after a pause, before printing and on leaving.
  type TypedText = Partial<Pick<BriefingInput, 'title' | 'agenda' | 'meetingPlace'>>;
  const drafts = useRef<TypedText>({});
  async function save(patch: Partial<BriefingInput> = {}) {
    clearTimeout(pendingSave.current);
    pendingSave.current = undefined;
    const typed = drafts.current;
    drafts.current = {};
    try {
      await updateBriefing(database, briefingId, { ...typed, ...patch });
    } catch (error) {
      notifyError(error);
    }
  }
  function saveSoon(patch: TypedText) {
    drafts.current = { ...drafts.current, ...patch };
    clearTimeout(pendingSave.current);
    pendingSave.current = setTimeout(() => void save(), SAVE_DELAY_MS);
  }
  /** A blank title is not saved: an earlier one typed but not yet saved must not be saved either. */
  function forgetTitle() {
    const { title: _title, ...rest } = drafts.current;
    drafts.current = rest;
    if (Object.keys(rest).length > 0) return;
    clearTimeout(pendingSave.current);
    pendingSave.current = undefined;
  }
  const saveOnLeave = useEffectEvent(() => {
    if (pendingSave.current !== undefined) void save();
  });
  useEffect(() => () => saveOnLeave(), []);

  if (briefing === undefined || !data) return <p role="status">{t('common.loading')}</p>;
  if (briefing === null || !shown || !model)
    return (
      <RecordNotFound
        title={t('briefings.notFound')}
        back={{ href: routeHref({ section: 'briefings' }), label: t('briefings.backToList') }}
      />
    );

  const cover = briefingCover(shown, model, data, t('briefings.cover.noProgramme'));
  const action = model.action;
  const fileNameOf = (extension: 'pdf' | 'xlsx') =>
    briefingFileName(
      { word: t('briefings.file.word'), title: cover.title, date: cover.meetingDate ?? cover.date },
      extension,
    );

  async function openPrintView() {
    if (pendingSave.current !== undefined) await save();
    if (!platform.printBriefingToPdf) {
      navigate({ section: 'print', query: { briefing: briefingId, print: '1' } });
      return;
    }
    const suggestedName = fileNameOf('pdf');
    try {
      const result = await platform.printBriefingToPdf(briefingId, suggestedName);
      notify({ message: result.isSaved ? t('io.saved', { file: suggestedName }) : t('io.notSaved') });
    } catch (error) {
      notifyError(error);
    }
  }
  async function remove() {
    // Saved first, so that nothing writes to the deleted briefing and Undo brings back the last words typed.
    if (pendingSave.current !== undefined) await save();
    await changeWithUndo(t('briefings.deleted'), async () => {
      const change = await deleteBriefing(database, briefingId);
      navigate({ section: 'briefings' });
      return change;
    });
  }
  function toggleSection(section: BriefingSection, isChecked: boolean) {
    const current = sections ?? briefing?.sections ?? [];
    const next = BRIEFING_SECTIONS.filter((candidate) =>
      candidate === section ? isChecked : current.includes(candidate),
    );
    setSections(next);
    void save({ sections: next });
  }

  return (
    <div className="page briefing-page">
      <header className="page-header">
        <div>
          <a href={routeHref({ section: 'briefings' })}>{t('briefings.backToList')}</a>
          <h1>{shown.title}</h1>
          <SourceLine briefing={briefing} actionTitle={action?.title} actionDate={action?.date} />
        </div>
        <div className="page-actions">
          <button
            type="button"
            onClick={() => void exportExcel(model, cover, data, fileNameOf('xlsx'))}
            disabled={isBusy}
          >
            {t('briefings.exportExcel')}
          </button>
          <button type="button" className="button-primary" onClick={() => void openPrintView()}>
            {t('briefings.print')}
          </button>
          {action?.status === 'planned' && (
            <button type="button" onClick={() => setIsRecording(true)}>
              {t('briefings.recordDone')}
            </button>
          )}
          <button type="button" className="button-danger" onClick={() => void remove()}>
            {t('briefings.delete')}
          </button>
        </div>
      </header>
      {action?.status === 'done' && (
        <p role="status" className="banner">
          {t('briefings.done.already')}
        </p>
      )}

      <div className="briefing-layout">
        <div className="briefing-controls card">
          <TextField
            label={t('briefings.name')}
            value={shown.title}
            isRequired
            onChange={(value) => {
              setTitle(value);
              if (value.trim()) saveSoon({ title: value });
              else forgetTitle();
            }}
          />
          <SelectField
            label={t('briefings.programme')}
            value={briefing.programmeId ?? ''}
            options={[
              { value: '', label: action ? t('briefings.programmeOfMeeting') : t('briefings.cover.noProgramme') },
              ...data.programmes.map((programme) => ({ value: programme.id, label: programme.name })),
            ]}
            onChange={(value) => void save({ programmeId: value || null })}
          />
          {action ? (
            <p className="muted">{t('briefings.meetingDateOfAction', { date: formatDate(action.date) })}</p>
          ) : (
            <TextField
              label={t('briefings.meetingDate')}
              type="date"
              value={briefing.meetingDate ?? ''}
              onChange={(value) => void save({ meetingDate: value || null })}
            />
          )}
          <TextField
            label={t('briefings.meetingPlace')}
            value={shown.meetingPlace}
            onChange={(value) => {
              setPlace(value);
              saveSoon({ meetingPlace: value });
            }}
          />
          <BriefingAttendeesField
            briefing={briefing}
            model={model}
            stakeholders={data.stakeholders}
            onChange={(patch) => void save(patch)}
          />
          <fieldset className="briefing-sections">
            <legend>{t('briefings.sections')}</legend>
            {BRIEFING_SECTIONS.map((section) => (
              <CheckboxField
                key={section}
                label={t(`briefings.section.${section}`)}
                isChecked={(sections ?? briefing.sections).includes(section)}
                onChange={(isChecked) => toggleSection(section, isChecked)}
              />
            ))}
          </fieldset>
          <TextAreaField
            label={t('briefings.agenda')}
            hint={t('briefings.agendaHint')}
            value={shown.agenda}
            rows={8}
            onChange={(value) => {
              setAgenda(value);
              saveSoon({ agenda: value });
            }}
          />
        </div>
        <section className="briefing-preview" aria-labelledby="briefing-preview-heading">
          <h2 id="briefing-preview-heading" className="visually-hidden">
            {t('briefings.preview')}
          </h2>
          {model.attendees.length === 0 ? (
            <p>{t('briefings.noAttendees')}</p>
          ) : (
            <BriefingDocument model={model} cover={cover} />
          )}
        </section>
      </div>
      {isRecording && action && (
        <RecordMeetingDialog
          action={action}
          contacts={attendanceChoices(model, data.contacts)}
          staff={data.staff}
          onClose={() => setIsRecording(false)}
        />
      )}
    </div>
  );
}
