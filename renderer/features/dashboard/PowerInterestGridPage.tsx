import type { Route } from '../../app/route';

export function PowerInterestGridPage(_props: { route: Route }) {
  return <div className="page" />;
}
