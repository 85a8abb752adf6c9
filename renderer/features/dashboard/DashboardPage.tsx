import type { Route } from '../../app/route';

export function DashboardPage(_props: { route: Route }) {
  return <div className="page" />;
}
