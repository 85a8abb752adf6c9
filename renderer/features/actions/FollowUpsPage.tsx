import type { Route } from '../../app/route';

export function FollowUpsPage(_props: { route: Route }) {
  return <div className="page" />;
}
