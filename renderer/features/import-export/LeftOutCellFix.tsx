import { useState } from 'react';
import { IMPORT_FIELD_LABELS, IMPORT_FIELD_MAX_LENGTH } from '../../../shared/io/importFields';
import type { LeftOutCell } from '../../../shared/io/importPreview';
import { useT } from '../../i18n/useT';
import { reasonText } from './reasonText';

// A cell its field refused, left out of a row that imports without it: said, and open to a
// correction typed in the preview (the row is read again with it).

interface LeftOutCellFixProps {
  rowNumber: number;
  cell: LeftOutCell;
  /** The cell's name in the spreadsheet, e.g. D7. */
  cellName: string;
  onCorrect(text: string): void;
}

export function LeftOutCellFix({ rowNumber, cell, cellName, onCorrect }: LeftOutCellFixProps) {
  const { t, tOr, language } = useT();
  const [text, setText] = useState(cell.text);
  const field = IMPORT_FIELD_LABELS[cell.field][language];
  return (
    <form
      className="import-fix"
      onSubmit={(event) => {
        event.preventDefault();
        onCorrect(text);
      }}
    >
      <p>
        {t('import.fix.leftOut', {
          cell: cellName,
          field,
          text: cell.text,
          reason: reasonText({ tOr }, cell.reason),
        })}
      </p>
      <label className="field">
        <span>{t('import.fix.label', { field, row: rowNumber })}</span>
        <input
          value={text}
          maxLength={IMPORT_FIELD_MAX_LENGTH[cell.field]}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <button type="submit">{t('import.fix.apply', { field, row: rowNumber })}</button>
    </form>
  );
}
