import { cellText, neutraliseFormula, type Table } from './cells';

// CSV for Excel: UTF-8 with a byte-order mark (or Excel guesses the wrong encoding), and the
// list separator Excel expects in the user's locale — a semicolon in Italy, where the comma
// is the decimal separator.

export function separatorFor(language: string): ',' | ';' {
  return language === 'it' ? ';' : ',';
}

function quote(field: string, separator: string): string {
  return /["\r\n]/.test(field) || field.includes(separator) ? `"${field.replaceAll('"', '""')}"` : field;
}

export function tableToCsv(table: Table, separator: ',' | ';'): string {
  const lines = [table.columns.map((column) => quote(neutraliseFormula(column.header), separator)).join(separator)];
  for (const row of table.rows) {
    lines.push(
      row
        .map((value) => {
          const text = cellText(value);
          return quote(typeof value === 'string' ? neutraliseFormula(text) : text, separator);
        })
        .join(separator),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
