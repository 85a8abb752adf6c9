import { defineCatalogue } from '../../i18n/catalogue';

// What an import says about its limits: rows and cells over the caps, rows a sheet states but
// Trama does not read, numbers and row numbers, cells shown otherwise than imported, columns
// read as one, and text read as Windows-1252. Row numbers are written as the spreadsheet's row
// headings show them (50001, not 50,001); counts as numbers of the interface language.
export const importLimitMessages = defineCatalogue(
  {
    'importLimits.rowsOverCap':
      '{count, plural, one {The file has {total} rows; Trama imports up to {max} at a time. The preview holds the first {shown} (up to row {lastRow}); the row after it is left out. To import it, split the file and import each part.} other {The file has {total} rows; Trama imports up to {max} at a time. The preview holds the first {shown} (up to row {lastRow}); the # rows after it are left out. To import them, split the file and import each part.}}',
    'importLimits.previewHolds':
      '{count, plural, one {The preview holds # row (up to row {lastRow});} other {The preview holds # rows (up to row {lastRow});}}',
    'importLimits.rowsNotRead':
      '{count, plural, one {This sheet says it reaches row {toRow}, but Trama reads a sheet only down to row {lastScanned} (it imports up to {max} rows at a time). {preview} the row after row {lastRow} is left out, if it is not blank. To import it, split the file and import each part.} other {This sheet says it reaches row {toRow}, but Trama reads a sheet only down to row {lastScanned} (it imports up to {max} rows at a time). {preview} the rows after row {lastRow} are left out: up to #, fewer if some are blank. To import them, split the file and import each part.}}',
    'importLimits.rowsMayFollow':
      'This sheet may go on below row {lastScanned}, where Trama stops reading a sheet (it imports up to {max} rows at a time). {preview} any rows after row {lastRow} are left out. To import them, split the file and import each part.',
    'importLimits.windows1252':
      '{count, plural, one {This file is not all UTF-8 text: # character was read as Windows-1252 (Excel’s encoding on Windows in Western Europe). Check the accented letters in the preview; if they are wrong, save the file again as “CSV UTF-8”.} other {This file is not all UTF-8 text: # characters were read as Windows-1252 (Excel’s encoding on Windows in Western Europe). Check the accented letters in the preview; if they are wrong, save the file again as “CSV UTF-8”.}}',
    'importLimits.tooWide':
      'The sheet “{sheet}” has {columns} columns; Trama reads up to {max}. Delete the columns you do not need (or copy the ones to import into a new sheet) and choose the file again.',
    'importLimits.tooMuchText':
      'This file holds more text than Trama reads at once (over {max} characters). Split it into smaller files.',
    'importLimits.leftOut':
      '{count, plural, one {Left out because of Trama’s limits: # row.} other {Left out because of Trama’s limits: # rows.}}',
    'importLimits.leftOut.upTo':
      '{count, plural, one {Left out because of Trama’s limits: up to # row.} other {Left out because of Trama’s limits: up to # rows.}}',
    'importLimits.leftOut.rows': '{count} after row {row} (Trama imports up to {max} rows at a time).',
    'importLimits.leftOut.unread': 'Up to {count} below row {row} (Trama reads a sheet down to row {row}).',
    'importLimits.leftOut.unknown': 'Any rows below row {row} were not read (Trama reads a sheet down to row {row}).',
    'importLimits.leftOut.cells':
      '{count} with a cell longer than its field takes (tick “Import with the text cut” on such a row to import it).',
    'importLimits.cellTooLong':
      'cell {cell} (“{header}”) has {length, number} characters, {excess, number} more than the {limit, number} this field takes: the row is left out unless you import it with the text cut to {limit, number} characters, ending in “…”',
    'importLimits.cellTooLongNotImported':
      'cell {cell} (“{header}”) has {length, number} characters, {excess, number} more than the {limit, number} this field takes',
    'importLimits.cellCut':
      'cell {cell} (“{header}”) is imported cut to {limit, number} characters, ending in “…” ({excess, plural, one {# character} other {# characters}} left out)',
    'importLimits.numberRounded':
      'cell {cell} (“{header}”) holds the number {value}, longer than the 15 digits a spreadsheet keeps exactly: the spreadsheet may already have rounded it. Check it, and store phone numbers as text.',
    'importLimits.shownAs':
      'cell {cell} (“{header}”) shows {shown} in the sheet; Trama imports the value it holds: {value}',
    'importLimits.errorCell': 'cell {cell} (“{header}”) holds the error {error}: it is imported empty',
    'importLimits.importCut': 'Import row {row} with the text cut',
    'importLimits.importCutHeading': 'Skip, or import with the text cut',
    'importLimits.moreRowsWithNotes':
      'Below them, {count, plural, one {the # further row that needs a decision or a check} other {the # further rows that need a decision or a check}}.',
    'importLimits.joinedColumns':
      'Columns headed “… (continued)” continue the column before them (that is how Trama writes a text longer than Excel allows in one cell): each is read as part of that column, their text joined: {columns}.',
    'importLimits.joinedColumn': '“{header}” (columns {columns})',
  },
  {
    'importLimits.rowsOverCap':
      '{count, plural, one {Il file ha {total} righe; Trama ne importa fino a {max} alla volta. L’anteprima contiene le prime {shown} (fino alla riga {lastRow}); la riga successiva è esclusa. Per importarla, dividete il file e importate ciascuna parte.} other {Il file ha {total} righe; Trama ne importa fino a {max} alla volta. L’anteprima contiene le prime {shown} (fino alla riga {lastRow}); le # righe successive sono escluse. Per importarle, dividete il file e importate ciascuna parte.}}',
    'importLimits.previewHolds':
      '{count, plural, one {L’anteprima contiene # riga (fino alla riga {lastRow});} other {L’anteprima contiene # righe (fino alla riga {lastRow});}}',
    'importLimits.rowsNotRead':
      '{count, plural, one {Questo foglio dichiara di arrivare alla riga {toRow}, ma Trama legge un foglio solo fino alla riga {lastScanned} (ne importa fino a {max} righe alla volta). {preview} la riga dopo la riga {lastRow} è esclusa, se non è vuota. Per importarla, dividete il file e importate ciascuna parte.} other {Questo foglio dichiara di arrivare alla riga {toRow}, ma Trama legge un foglio solo fino alla riga {lastScanned} (ne importa fino a {max} righe alla volta). {preview} le righe dopo la riga {lastRow} sono escluse: fino a #, meno se alcune sono vuote. Per importarle, dividete il file e importate ciascuna parte.}}',
    'importLimits.rowsMayFollow':
      'Questo foglio potrebbe proseguire oltre la riga {lastScanned}, dove Trama smette di leggere un foglio (ne importa fino a {max} righe alla volta). {preview} le eventuali righe dopo la riga {lastRow} sono escluse. Per importarle, dividete il file e importate ciascuna parte.',
    'importLimits.windows1252':
      '{count, plural, one {Questo file non è interamente testo UTF-8: # carattere è stato letto come Windows-1252 (la codifica di Excel su Windows in Europa occidentale). Controllate le lettere accentate nell’anteprima; se sono errate, salvate di nuovo il file come «CSV UTF-8».} other {Questo file non è interamente testo UTF-8: # caratteri sono stati letti come Windows-1252 (la codifica di Excel su Windows in Europa occidentale). Controllate le lettere accentate nell’anteprima; se sono errate, salvate di nuovo il file come «CSV UTF-8».}}',
    'importLimits.tooWide':
      'Il foglio «{sheet}» ha {columns} colonne; Trama ne legge fino a {max}. Eliminate le colonne che non servono (o copiate quelle da importare in un nuovo foglio) e scegliete di nuovo il file.',
    'importLimits.tooMuchText':
      'Il file contiene più testo di quanto Trama legga in una volta (oltre {max} caratteri). Dividetelo in file più piccoli.',
    'importLimits.leftOut':
      '{count, plural, one {Esclusa per i limiti di Trama: # riga.} other {Escluse per i limiti di Trama: # righe.}}',
    'importLimits.leftOut.upTo':
      '{count, plural, one {Esclusa per i limiti di Trama: fino a # riga.} other {Escluse per i limiti di Trama: fino a # righe.}}',
    'importLimits.leftOut.rows': '{count} dopo la riga {row} (Trama importa fino a {max} righe alla volta).',
    'importLimits.leftOut.unread': 'Fino a {count} sotto la riga {row} (Trama legge un foglio fino alla riga {row}).',
    'importLimits.leftOut.unknown':
      'Le eventuali righe sotto la riga {row} non sono state lette (Trama legge un foglio fino alla riga {row}).',
    'importLimits.leftOut.cells':
      '{count} con una cella più lunga di quanto il campo consenta (per importare una di queste righe, spuntate «Importare con il testo tagliato»).',
    'importLimits.cellTooLong':
      'la cella {cell} («{header}») ha {length} caratteri, {excess} in più dei {limit} consentiti da questo campo: la riga è esclusa, a meno che non la importiate con il testo tagliato a {limit} caratteri, terminato da «…»',
    'importLimits.cellTooLongNotImported':
      'la cella {cell} («{header}») ha {length, number} caratteri, {excess, number} in più dei {limit, number} consentiti da questo campo',
    'importLimits.cellCut':
      'la cella {cell} («{header}») viene importata tagliata a {limit, number} caratteri, terminata da «…» ({excess, plural, one {# carattere escluso} other {# caratteri esclusi}})',
    'importLimits.numberRounded':
      'la cella {cell} («{header}») contiene il numero {value}, più lungo delle 15 cifre che un foglio di calcolo conserva esattamente: il foglio potrebbe averlo già arrotondato. Verificatelo, e salvate i numeri di telefono come testo.',
    'importLimits.shownAs':
      'la cella {cell} («{header}») mostra {shown} nel foglio; Trama importa il valore che contiene: {value}',
    'importLimits.errorCell': 'la cella {cell} («{header}») contiene l’errore {error}: viene importata vuota',
    'importLimits.importCut': 'Importare la riga {row} con il testo tagliato',
    'importLimits.importCutHeading': 'Saltare, o importare con il testo tagliato',
    'importLimits.moreRowsWithNotes':
      'Sotto di esse, {count, plural, one {l’altra riga che richiede una scelta o una verifica} other {le altre # righe che richiedono una scelta o una verifica}}.',
    'importLimits.joinedColumns':
      'Le colonne intestate «… (segue)» proseguono la colonna precedente (così Trama scrive un testo più lungo di quanto Excel ammetta in una cella): ciascuna è letta come parte di quella colonna, con il testo unito: {columns}.',
    'importLimits.joinedColumn': '«{header}» (colonne {columns})',
  },
);
