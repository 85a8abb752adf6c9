import type { Route } from '../../app/route';

export function BriefingPrintPage(_props: { route: Route }) {
  return <div className="page" />;
}
