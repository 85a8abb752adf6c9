import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { fieldDifferences, type FieldChoice, type MergeField } from '../../../shared/io/importMerge';
import type { ImportPreviewRow } from '../../../shared/io/importPreview';
import { createNameIndex, showFieldValue } from '../../../shared/io/restoreValues';
import { useT } from '../../i18n/useT';
import type { SimilarChoice } from './importChoices';
import { mergeFieldLabel } from './mergeFieldLabels';
import { shownValueText } from './shownValueText';

// A row of the file similar to stakeholders Trama has, side by side with the one it merges
// into: the stakeholder to merge into (or "import as new"), then every field where the file
// says something else, with Trama's value, the file's value and the choice between them.

const NAMES = createNameIndex();
/** A value shown in the table is one line: the whole of a long note is in the stakeholder's page. */
const SHOWN_TEXT = 300;
const toText = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > SHOWN_TEXT ? `${text.slice(0, SHOWN_TEXT)}…` : text;
};

interface SimilarMergePanelProps {
  row: ImportPreviewRow;
  choice: SimilarChoice;
  existing: ReadonlyMap<string, Stakeholder>;
  onChange(choice: SimilarChoice): void;
}

export function SimilarMergePanel({ row, choice, existing, onChange }: SimilarMergePanelProps) {
  const words = useT();
  const { t, formatNumber } = words;
  const target = choice.target === 'new' ? undefined : existing.get(choice.target);
  const differences = target && row.said ? fieldDifferences(target, row.said) : [];
  const labelOf = (field: string) => mergeFieldLabel(words, 'stakeholders', field) ?? field;
  const shown = (field: string, value: unknown) =>
    shownValueText(showFieldValue('stakeholders', field, value, NAMES, toText), words, labelOf);
  const group = `similar-${row.rowNumber}`;
  const choiceOf = (field: MergeField, defaultChoice: FieldChoice) => choice.fields[field] ?? defaultChoice;
  const choose = (field: MergeField, fieldChoice: FieldChoice) =>
    onChange({ ...choice, fields: { ...choice.fields, [field]: fieldChoice } });
  return (
    <div className="import-similar">
      <fieldset>
        <legend>{t('import.similar.legend', { row: row.rowNumber, name: row.name })}</legend>
        {(row.similar ?? []).map((match) => (
          <label key={match.id} className="checkbox">
            <input
              type="radio"
              name={group}
              checked={choice.target === match.id}
              onChange={() => onChange({ target: match.id, fields: {} })}
            />
            {t('import.similar.mergeInto', {
              name: match.name,
              score: formatNumber(Math.round(match.score * 100)),
            })}
          </label>
        ))}
        <label className="checkbox">
          <input
            type="radio"
            name={group}
            checked={choice.target === 'new'}
            onChange={() => onChange({ target: 'new', fields: {} })}
          />
          {t('import.similar.asNew')}
        </label>
      </fieldset>
      {target && differences.length === 0 && <p className="muted">{t('import.merge.nothingDiffers')}</p>}
      {target && differences.length > 0 && (
        <table className="data-table import-merge" aria-label={t('import.merge.caption', { row: row.rowNumber })}>
          <caption>{t('import.merge.caption', { row: row.rowNumber })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.merge.col.field')}</th>
              <th scope="col">{t('import.merge.col.existing', { name: target.name })}</th>
              <th scope="col">{t('import.merge.col.file', { row: row.rowNumber })}</th>
              <th scope="col">{t('import.merge.col.choice')}</th>
            </tr>
          </thead>
          <tbody>
            {differences.map(({ field, existing: now, file, defaultChoice }) => {
              const chosen = choiceOf(field, defaultChoice);
              const options: FieldChoice[] =
                field === 'notes' || field === 'tags' ? ['existing', 'file', 'both'] : ['existing', 'file'];
              return (
                <tr key={field}>
                  <th scope="row">{labelOf(field)}</th>
                  <td className={chosen === 'file' ? 'muted' : undefined}>{shown(field, now)}</td>
                  <td className={chosen === 'existing' ? 'muted' : undefined}>{shown(field, file)}</td>
                  <td>
                    {options.map((option) => (
                      <label key={option} className="checkbox">
                        <input
                          type="radio"
                          name={`${group}-${field}`}
                          checked={chosen === option}
                          aria-label={t(`import.merge.choice.${option}Of`, {
                            field: labelOf(field),
                            row: row.rowNumber,
                          })}
                          onChange={() => choose(field, option)}
                        />
                        {t(`import.merge.choice.${option}`)}
                      </label>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
