import type { Route } from '../../app/route';
import { useT } from '../../i18n/useT';
import { BackupsSection } from './BackupsSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import './importExport.css';

export function ImportExportPage(_props: { route: Route }) {
  const { t } = useT();
  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('io.title')}</h1>
      </div>
      <div className="io-layout">
        <ExportSection />
        <ImportSection />
        <BackupsSection />
      </div>
    </div>
  );
}
