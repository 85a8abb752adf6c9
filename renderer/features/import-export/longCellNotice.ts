import type { Language } from '../../../shared/domain/enums';
import { EXCEL_CELL_LIMIT, type LongCell, type LongCellWords } from '../../../shared/io/longCells';
import { translate, translatePlural } from '../../i18n/translate';

// The words an Excel export writes about long cells, and what it tells the user afterwards.

/** The notice names this many cells; the others are counted. */
const NAMED_CELLS = 5;

export function longCellWords(language: Language): LongCellWords {
  return {
    continued: (header, part) =>
      part === 2
        ? translate(language, 'exportNotices.continued', { header })
        : translate(language, 'exportNotices.continuedPart', { header, part: part - 1 }),
    cut: (count) => translate(language, 'exportNotices.cutMarker', { count }),
  };
}

/** What to tell the user about the cells an export split or cut; null when there were none. */
export function longCellNotice(language: Language, cells: readonly LongCell[]): string | null {
  if (cells.length === 0) return null;
  const named = cells.slice(0, NAMED_CELLS).map((cell) => {
    const params = {
      sheet: cell.sheet,
      row: cell.row,
      column: cell.column,
      header: cell.header,
      lastColumn: cell.lastColumn,
      count: cell.cutCharacters,
    };
    return translate(language, cell.cutCharacters > 0 ? 'exportNotices.cellCut' : 'exportNotices.cellSplit', params);
  });
  if (cells.length > NAMED_CELLS)
    named.push(translate(language, 'exportNotices.more', { count: cells.length - NAMED_CELLS }));
  return translatePlural(language, 'exportNotices.longCells', cells.length, {
    limit: EXCEL_CELL_LIMIT,
    cells: named.join('; '),
  });
}
