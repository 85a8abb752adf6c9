export function AgreementDetailPage(_props: { agreementId: string }) {
  return <div className="page" />;
}
