import { useEffect, useRef } from 'react';
import { briefingFileName } from '../../../shared/briefing/briefingFileName';
import { navigate, routeHref, type Route } from '../../app/route';
import { useBriefing } from '../../data/useBriefingQueries';
import { useExportData } from '../../data/useExportData';
import { useT } from '../../i18n/useT';
import { RecordNotFound } from '../../ui/DetailPageFrame';
import { BriefingDocument } from './BriefingDocument';
import { briefingCover } from './briefingCover';
import { pageNumberRule } from './briefingPageNumbers';
import { useBriefingModel } from './useBriefingModel';
import './briefings.css';

// The pack as it goes on paper: a cover, then the chosen sections. The desktop shell loads
// this address in a hidden window and prints it to PDF; in a browser, window.print().

export function BriefingPrintPage({ route }: { route: Route }) {
  const { t, formatDate } = useT();
  const briefingId = route.query.briefing ?? '';
  const briefing = useBriefing(briefingId);
  const data = useExportData();
  const model = useBriefingModel(briefing ?? undefined, data);
  const isReady = Boolean(briefing && model);
  const hasPrinted = useRef(false);
  const cover =
    briefing && model && data ? briefingCover(briefing, model, data, t('briefings.cover.noProgramme')) : null;
  // The browser's "Save as PDF" offers the page title as the file name.
  const fileStem = cover
    ? briefingFileName(
        { word: t('briefings.file.word'), title: cover.title, date: cover.meetingDate ?? cover.date },
        'pdf',
      ).replace(/\.pdf$/, '')
    : null;

  useEffect(
    function nameThePrintedFile() {
      if (!fileStem) return;
      const before = document.title;
      document.title = fileStem;
      return () => {
        document.title = before;
      };
    },
    [fileStem],
  );

  useEffect(
    function printWhenAsked() {
      if (!isReady || route.query.print !== '1' || hasPrinted.current) return;
      hasPrinted.current = true;
      // Let the browser lay the page out before its print dialog takes a snapshot.
      requestAnimationFrame(() => window.print());
    },
    [isReady, route.query.print],
  );

  if (briefing === undefined || (briefing && !data)) return <p role="status">{t('common.loading')}</p>;
  if (!briefing || !model || !data || !cover)
    return (
      <RecordNotFound
        title={t('briefings.print.missing')}
        back={{ href: routeHref({ section: 'briefings' }), label: t('briefings.title') }}
      />
    );

  return (
    <div className="page briefing-print" data-ready="true">
      <style>{pageNumberRule((page, pages) => t('briefings.print.pageOf', { page, pages }))}</style>
      <div className="briefing-print-toolbar">
        <button type="button" onClick={() => navigate({ section: 'briefings', id: briefing.id })}>
          {t('briefings.print.back')}
        </button>
        <button type="button" className="button-primary" onClick={() => window.print()}>
          {t('briefings.print')}
        </button>
      </div>
      <header className="briefing-cover">
        <p className="briefing-cover-kicker">{t('app.name')}</p>
        <h1>{cover.title}</h1>
        <dl className="definition-list">
          <div>
            <dt>{t('briefings.cover.date')}</dt>
            <dd>{formatDate(cover.date)}</dd>
          </div>
          {cover.meetingDate && (
            <div>
              <dt>{t('briefings.cover.meetingDate')}</dt>
              <dd>{formatDate(cover.meetingDate)}</dd>
            </div>
          )}
          {cover.meetingPlace && (
            <div>
              <dt>{t('briefings.cover.meetingPlace')}</dt>
              <dd>{cover.meetingPlace}</dd>
            </div>
          )}
          <div>
            <dt>{t('briefings.cover.programme')}</dt>
            <dd>{cover.programme}</dd>
          </div>
          <div>
            <dt>{t('briefings.cover.language')}</dt>
            <dd>{t('briefings.cover.languageName')}</dd>
          </div>
        </dl>
        <p className="muted">{model.action?.objective}</p>
      </header>
      <BriefingDocument model={model} cover={cover} />
    </div>
  );
}
