import type { Route } from '../../app/route';

export function MapPage(_props: { route: Route }) {
  return <div className="page" />;
}
