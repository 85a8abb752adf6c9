import type { Route } from '../../app/route';

export function AgreementsPage(_props: { route: Route }) {
  return <div className="page" />;
}
