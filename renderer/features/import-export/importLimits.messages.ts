import { defineCatalogue } from '../../i18n/catalogue';

// What an import says about its limits: rows and cells over the caps, numbers and row numbers,
// and columns read as one.
export const importLimitMessages = defineCatalogue(
  {
    'importLimits.rowsOverCap':
      'The file has {total} rows; Trama imports up to {max} at a time. The preview holds the first {shown} (up to row {lastRow}); the {leftOut} rows after it are left out. To import them, split the file and import each part.',
    'importLimits.tooWide': 'The sheet “{sheet}” has {columns} columns; Trama reads up to {max}. Delete the columns you do not need (or copy the ones to import into a new sheet) and choose the file again.',
    'importLimits.tooMuchText': 'This file holds more text than Trama reads at once (over {max} characters). Split it into smaller files.',
    'importLimits.leftOut': 'Left out because of Trama’s limits: {count} rows.',
    'importLimits.leftOut.rows': '{count} after row {row} (Trama imports up to {max} rows at a time).',
    'importLimits.leftOut.cells': '{count} with a cell longer than its field takes (tick “Import with the text cut” on such a row to import it).',
    'importLimits.cellTooLong':
      'cell {cell} (“{header}”) has {length} characters, {excess} more than the {limit} this field takes: the row is left out unless you import it with the text cut to {limit} characters, ending in “…”',
    'importLimits.cellCut': 'cell {cell} (“{header}”) is imported cut to {limit} characters, ending in “…” ({excess} characters left out)',
    'importLimits.numberRounded':
      'cell {cell} (“{header}”) holds the number {value}, longer than the 15 digits a spreadsheet keeps exactly: the spreadsheet may already have rounded it. Check it, and store phone numbers as text.',
    'importLimits.importCut': 'Import row {row} with the text cut',
    'importLimits.importCutHeading': 'Skip, or import with the text cut',
    'importLimits.moreRowsWithNotes': 'Below them, the {count} further rows that need a decision or a check.',
    'importLimits.joinedColumns':
      'Columns headed “… (continued)” continue the column before them (that is how Trama writes a text longer than Excel allows in one cell): each is read as part of that column, their text joined: {columns}.',
    'importLimits.joinedColumn': '“{header}” (columns {columns})',
  },
  {
    'importLimits.rowsOverCap':
      'Il file ha {total} righe; Trama ne importa fino a {max} alla volta. L’anteprima contiene le prime {shown} (fino alla riga {lastRow}); le {leftOut} righe successive sono escluse. Per importarle, dividete il file e importate ciascuna parte.',
    'importLimits.tooWide': 'Il foglio «{sheet}» ha {columns} colonne; Trama ne legge fino a {max}. Eliminate le colonne che non servono (o copiate quelle da importare in un nuovo foglio) e scegliete di nuovo il file.',
    'importLimits.tooMuchText': 'Il file contiene più testo di quanto Trama legga in una volta (oltre {max} caratteri). Dividetelo in file più piccoli.',
    'importLimits.leftOut': 'Escluse per i limiti di Trama: {count} righe.',
    'importLimits.leftOut.rows': '{count} dopo la riga {row} (Trama importa fino a {max} righe alla volta).',
    'importLimits.leftOut.cells': '{count} con una cella più lunga di quanto il campo consenta (per importare una di queste righe, spuntate «Importare con il testo tagliato»).',
    'importLimits.cellTooLong':
      'la cella {cell} («{header}») ha {length} caratteri, {excess} in più dei {limit} consentiti da questo campo: la riga è esclusa, a meno che non la importiate con il testo tagliato a {limit} caratteri, terminato da «…»',
    'importLimits.cellCut': 'la cella {cell} («{header}») viene importata tagliata a {limit} caratteri, terminata da «…» ({excess} caratteri esclusi)',
    'importLimits.numberRounded':
      'la cella {cell} («{header}») contiene il numero {value}, più lungo delle 15 cifre che un foglio di calcolo conserva esattamente: il foglio potrebbe averlo già arrotondato. Verificatelo, e salvate i numeri di telefono come testo.',
    'importLimits.importCut': 'Importare la riga {row} con il testo tagliato',
    'importLimits.importCutHeading': 'Saltare, o importare con il testo tagliato',
    'importLimits.moreRowsWithNotes': 'Sotto di esse, le altre {count} righe che richiedono una scelta o una verifica.',
    'importLimits.joinedColumns':
      'Le colonne intestate «… (segue)» proseguono la colonna precedente (così Trama scrive un testo più lungo di quanto Excel ammetta in una cella): ciascuna è letta come parte di quella colonna, con il testo unito: {columns}.',
    'importLimits.joinedColumn': '«{header}» (colonne {columns})',
  },
);
