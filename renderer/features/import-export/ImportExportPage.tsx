import type { Route } from '../../app/route';

export function ImportExportPage(_props: { route: Route }) {
  return <div className="page" />;
}
