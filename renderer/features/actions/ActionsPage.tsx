import type { Route } from '../../app/route';

export function ActionsPage(_props: { route: Route }) {
  return <div className="page" />;
}
