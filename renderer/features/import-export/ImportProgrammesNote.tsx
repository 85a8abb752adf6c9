import { useT } from '../../i18n/useT';
import type { ProgrammeImport } from './useProgrammeImport';

/** New programmes named in the note; the count says how many there are in all. */
const NAMED = 10;

/** What the import does with programmes: how many are added and which, how many Trama has, and the sheet's rows it cannot take. */
export function ImportProgrammesNote({ sheet, plan }: ProgrammeImport) {
  const { t, tOr } = useT();
  if (!plan || (!sheet && plan.toCreate.length === 0)) return null;
  const names = plan.toCreate.slice(0, NAMED).map((programme) => programme.name);
  const refused = plan.refused.map((row) =>
    t('io.import.programmeRow', {
      row: row.rowNumber,
      reasons: row.reasons.map((reason) => tOr(`io.reason.${reason}`, reason)).join(', '),
    }),
  );
  return (
    <div data-testid="import-programmes">
      <p>
        {t('io.import.programmes', { new: plan.toCreate.length, existing: plan.existing })}
        {names.length > 0 &&
          ` ${t('io.import.programmesNew', { names: `${names.join(', ')}${plan.toCreate.length > NAMED ? ', …' : ''}` })}`}
      </p>
      {sheet && refused.length > 0 && (
        <p role="note" className="field-error">
          {t('io.import.programmesRefused', { sheet: sheet.name, rows: refused.join('; ') })}
        </p>
      )}
    </div>
  );
}
