import { columnLetter } from '../../../shared/io/columnNames';
import type { SheetLayout } from '../../../shared/io/sheetLayout';
import { escapeXml } from '../../../shared/io/xmlText';

// The sheet XML SheetJS Community does not write, as Excel writes it (ECMA-376 part 1,
// §18.3.1): frozen panes in <sheetView>, "fit to page" in <sheetPr>, the orientation and
// fit in <pageSetup>, a title and page numbers in <headerFooter>. The schema fixes the order
// of a worksheet's children: sheetPr first, pageSetup and headerFooter right after pageMargins.

/** Excel keeps at most 255 characters of a header or footer section. */
const MAX_HEADER_LENGTH = 200;

function paneXml({ frozenRows, frozenColumns }: SheetLayout): string {
  if (frozenRows <= 0 && frozenColumns <= 0) return '<sheetView workbookViewId="0"/>';
  const topLeft = `${columnLetter(Math.max(0, frozenColumns))}${Math.max(0, frozenRows) + 1}`;
  const pane = frozenRows > 0 && frozenColumns > 0 ? 'bottomRight' : frozenColumns > 0 ? 'topRight' : 'bottomLeft';
  const splits = [
    frozenColumns > 0 ? `xSplit="${frozenColumns}"` : '',
    frozenRows > 0 ? `ySplit="${frozenRows}"` : '',
  ].filter(Boolean);
  return (
    `<sheetView workbookViewId="0"><pane ${splits.join(' ')} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView>`
  );
}

/** Text in a header or footer, where "&" starts a code ("&P" the page number) unless doubled. */
function headerText(text: string): string {
  const oneLine = text.replace(/[\r\n]+/g, ' ');
  const characters = [...oneLine];
  const short =
    characters.length > MAX_HEADER_LENGTH ? `${characters.slice(0, MAX_HEADER_LENGTH - 1).join('')}…` : oneLine;
  return escapeXml(short.replaceAll('&', '&&'));
}

function headerFooterXml(header: string | undefined, footer: string | undefined): string {
  const top = header ? `<oddHeader>&amp;C${headerText(header)}</oddHeader>` : '';
  // The page number and the page count ("3 / 12") at the right of every page.
  const bottom = `<oddFooter>${footer ? `&amp;L${headerText(footer)}` : ''}&amp;R&amp;P / &amp;N</oddFooter>`;
  return `<headerFooter>${top}${bottom}</headerFooter>`;
}

/** styles.xml with one more cell format, text rotated 90° (upwards); null if its cell formats are not found. */
export function withRotatedStyle(xml: string): { xml: string; styleIndex: number } | null {
  const match = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(xml);
  if (!match) return null;
  const styleIndex = Number(match[1]);
  const rotated =
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment textRotation="90" vertical="bottom"/></xf>';
  return {
    xml: xml.replace(match[0], `<cellXfs count="${styleIndex + 1}">${match[2]}${rotated}</cellXfs>`),
    styleIndex,
  };
}

/** The header row's cells after the first (A1) take the rotated cell format. */
function rotateHeaderCells(xml: string, styleIndex: number): string {
  return xml.replace(/<row r="1"[^>]*>[\s\S]*?<\/row>/, (row) =>
    row.replace(/<c r="([A-Z]+)1"(?![^>]* s=")/g, (cell, column: string) =>
      column === 'A' ? cell : `${cell} s="${styleIndex}"`,
    ),
  );
}

/** The sheet XML with the layout's panes and print setup. */
export function laidOutSheetXml(xml: string, layout: SheetLayout, rotatedStyle: number | null = null): string {
  let laidOut = xml.replace(/<sheetView workbookViewId="0"\/>/, paneXml(layout));
  if (layout.rotatedHeader && rotatedStyle !== null) laidOut = rotateHeaderCells(laidOut, rotatedStyle);
  const print = layout.print;
  if (!print) return laidOut;
  if (print.fitToWidth && !laidOut.includes('<sheetPr'))
    laidOut = laidOut.replace('<dimension ', '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ');
  const setup = [
    print.landscape ? 'orientation="landscape"' : '',
    // fitToHeight 0: as many pages down as the rows need.
    print.fitToWidth ? 'fitToWidth="1" fitToHeight="0"' : '',
  ].filter(Boolean);
  return laidOut.replace(
    /(<pageMargins[^>]*\/>)/,
    `$1<pageSetup ${setup.join(' ')}/>${headerFooterXml(print.header, print.footer)}`,
  );
}

/** The rows and columns printed on every page ("_xlnm.Print_Titles"): the frozen ones. */
export function printTitlesRef(sheetName: string, { frozenRows, frozenColumns }: SheetLayout): string {
  const sheet = `'${sheetName.replaceAll("'", "''")}'`;
  const parts = [
    frozenColumns > 0 ? `${sheet}!$A:$${columnLetter(frozenColumns - 1)}` : '',
    frozenRows > 0 ? `${sheet}!$1:$${frozenRows}` : '',
  ];
  return parts.filter(Boolean).join(',');
}
