import type { Route } from '../../app/route';
import { useT } from '../../i18n/useT';
import { BriefingEditor } from './BriefingEditor';
import { BriefingStart } from './BriefingStart';
import './briefings.css';

export function BriefingsPage({ route }: { route: Route }) {
  const { t } = useT();
  if (route.id) return <BriefingEditor key={route.id} briefingId={route.id} />;
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('briefings.title')}</h1>
          <p className="muted">{t('briefings.intro')}</p>
        </div>
      </header>
      <BriefingStart actionIdFromLink={route.query.action} />
    </div>
  );
}
