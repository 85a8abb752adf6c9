import { defineCatalogue } from '../../i18n/catalogue';

// What an export says about cells it had to split or cut, and the words it writes in them.
export const exportNoticeMessages = defineCatalogue(
  {
    'exportNotices.continued': '{header} (continued)',
    'exportNotices.continuedPart': '{header} (continued {part})',
    'exportNotices.cutMarker':
      '… [cut: {count, plural, one {# more character} other {# more characters}}; the full text is in Trama]',
    'exportNotices.longCells':
      '{count, plural, one {1 cell was longer than Excel allows ({limit, number} characters): {cells}.} other {# cells were longer than Excel allows ({limit, number} characters): {cells}.}}',
    'exportNotices.cellSplit':
      'sheet “{sheet}”, row {row}, column {column} ({header}): the text goes on up to column {lastColumn}',
    'exportNotices.cellCut':
      'sheet “{sheet}”, row {row}, column {column} ({header}): the text goes on up to column {lastColumn} and was cut there, {count, plural, one {# character} other {# characters}} left out (marked in the cell)',
    'exportNotices.more': 'and {count, number} more',
  },
  {
    'exportNotices.continued': '{header} (segue)',
    'exportNotices.continuedPart': '{header} (segue {part})',
    'exportNotices.cutMarker':
      '… [tagliato: {count, plural, one {# altro carattere} other {altri # caratteri}}; il testo completo è in Trama]',
    'exportNotices.longCells':
      '{count, plural, one {1 cella superava la lunghezza ammessa da Excel ({limit, number} caratteri): {cells}.} other {# celle superavano la lunghezza ammessa da Excel ({limit, number} caratteri): {cells}.}}',
    'exportNotices.cellSplit':
      'foglio «{sheet}», riga {row}, colonna {column} ({header}): il testo prosegue fino alla colonna {lastColumn}',
    'exportNotices.cellCut':
      'foglio «{sheet}», riga {row}, colonna {column} ({header}): il testo prosegue fino alla colonna {lastColumn} ed è stato tagliato lì, {count, plural, one {# carattere omesso (segnalato nella cella)} other {# caratteri omessi (segnalati nella cella)}}',
    'exportNotices.more': '{count, plural, one {e # altra} other {e altre #}}',
  },
);
