import type { BriefingModel } from '../../../shared/briefing/briefingModel';
import type { BriefingCover } from '../../../shared/briefing/briefingTables';
import { useT } from '../../i18n/useT';

/** Rows an A4 page holds (briefings.css: 7 mm each, some names on two lines); blank ones fill the last page. */
export const SIGN_IN_ROWS_PER_PAGE = 30;
/** Blank rows for people nobody expected: fewer left on the last page start another. */
const LEAST_SPARE_ROWS = 3;

interface SignInRow {
  key: string;
  name: string;
  organisation: string;
}

/** One row per expected person (their contacts, else the organisation alone), then blank ones. */
export function signInRows(model: BriefingModel): SignInRow[] {
  const expected = model.attendees.flatMap(({ stakeholder, contacts }) =>
    contacts.length
      ? contacts.map((contact) => ({ key: contact.id, name: contact.name, organisation: stakeholder.name }))
      : [{ key: stakeholder.id, name: '', organisation: stakeholder.name }],
  );
  const toPageEnd = (SIGN_IN_ROWS_PER_PAGE - (expected.length % SIGN_IN_ROWS_PER_PAGE)) % SIGN_IN_ROWS_PER_PAGE;
  const blank = toPageEnd < LEAST_SPARE_ROWS ? toPageEnd + SIGN_IN_ROWS_PER_PAGE : toPageEnd;
  return [
    ...expected,
    ...Array.from({ length: blank }, (_, index) => ({ key: `blank-${index}`, name: '', organisation: '' })),
  ];
}

/** A page to hand round at the meeting: who came, with their signature. */
export function BriefingSignInSheet({ model, cover }: { model: BriefingModel; cover: BriefingCover }) {
  const { t, formatDate } = useT();
  return (
    <>
      <p className="briefing-sign-in-meeting">
        <strong>{cover.title}</strong>
        {cover.meetingDate && <> – {formatDate(cover.meetingDate)}</>}
        {cover.meetingPlace && <> – {cover.meetingPlace}</>}
      </p>
      <table className="data-table briefing-table briefing-sign-in">
        <thead>
          <tr>
            <th scope="col">{t('briefings.signIn.name')}</th>
            <th scope="col">{t('briefings.signIn.organisation')}</th>
            <th scope="col">{t('briefings.signIn.signature')}</th>
          </tr>
        </thead>
        <tbody>
          {signInRows(model).map((row) => (
            <tr key={row.key}>
              <td>{row.name}</td>
              <td>{row.organisation}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
