export function ActionDetailPage(_props: { actionId: string }) {
  return <div className="page" />;
}
