import { useState } from 'react';
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
import { deleteBriefing } from '../../db/repositories/briefings';
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
import { useBriefingTexts } from './useBriefingTexts';
import { platform } from '../../platform/platform';

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
  const texts = useBriefingTexts(briefingId, briefing);
  const [sections, setSections] = useState<BriefingSection[] | null>(null);
  const [isRecording, setIsRecording] = useState(false);
  const { isBusy, exportExcel } = useBriefingExcel();

  // What the user typed where they typed, else the stored value (useBriefingTexts).
  const shown = briefing
    ? {
        ...briefing,
        title: texts.textOf('title'),
        agenda: texts.textOf('agenda'),
        meetingPlace: texts.textOf('meetingPlace'),
      }
    : undefined;
  const model = useBriefingModel(briefing ?? undefined, data, sections ?? undefined);
  const save = (patch: Partial<BriefingInput> = {}) => texts.save(patch);

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
    // Not the older stored text in place of typing that could not be saved: the notice says why.
    if (texts.hasUnsaved() && !(await texts.save({}, { isAsked: true }))) return;
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
    if (texts.hasUnsaved()) await save();
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
            error={texts.errorFor('title')}
            onChange={(value) => texts.type('title', value)}
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
            error={texts.errorFor('meetingPlace')}
            onChange={(value) => texts.type('meetingPlace', value)}
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
            error={texts.errorFor('agenda')}
            onChange={(value) => texts.type('agenda', value)}
          />
        </div>
        <section className="briefing-preview" aria-labelledby="briefing-preview-heading">
          <h2 id="briefing-preview-heading" className="visually-hidden">
            {t('briefings.preview')}
          </h2>
          {model.attendees.length === 0 ? (
            <p>
              {model.removedAttendees.length > 0 ? t('briefings.noAttendeesAllRemoved') : t('briefings.noAttendees')}
            </p>
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
