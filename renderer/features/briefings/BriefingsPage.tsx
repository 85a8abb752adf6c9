import type { Route } from '../../app/route';

export function BriefingsPage(_props: { route: Route }) {
  return <div className="page" />;
}
