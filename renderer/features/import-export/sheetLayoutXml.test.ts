import { describe, expect, it } from 'vitest';
import { laidOutSheetXml, printTitlesRef, withRotatedStyle } from './sheetLayoutXml';

const SHEET =
  '<worksheet><dimension ref="A1:C3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData><pageMargins left="0.4"/><ignoredErrors/></worksheet>';

describe('sheet layout XML', () => {
  it('freezes the header row only by default, and names and header together for a matrix', () => {
    expect(laidOutSheetXml(SHEET, { frozenRows: 1, frozenColumns: 0 })).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
    expect(laidOutSheetXml(SHEET, { frozenRows: 1, frozenColumns: 1 })).toContain(
      '<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>',
    );
  });

  it('escapes header and footer text, "&" included (a header code otherwise)', () => {
    const xml = laidOutSheetXml(SHEET, {
      frozenRows: 1,
      frozenColumns: 1,
      print: {
        landscape: true,
        fitToWidth: true,
        repeatTitles: true,
        header: 'R&D <"x">\u0001\n',
        footer: 'a'.repeat(500),
      },
    });
    expect(xml).toContain('<oddHeader>&amp;CR&amp;&amp;D &lt;&quot;x&quot;&gt; </oddHeader>');
    expect(xml).toMatch(/<oddFooter>&amp;La{199}…&amp;R&amp;P \/ &amp;N<\/oddFooter>/);
    expect(xml.indexOf('<sheetPr>')).toBeLessThan(xml.indexOf('<dimension'));
    expect(xml.indexOf('<pageSetup')).toBeGreaterThan(xml.indexOf('<pageMargins'));
    expect(xml.indexOf('<pageSetup')).toBeLessThan(xml.indexOf('<ignoredErrors'));
  });

  it('quotes sheet names with apostrophes in the print titles', () => {
    expect(printTitlesRef("Rete d'aiuto", { frozenRows: 1, frozenColumns: 1 })).toBe(
      "'Rete d''aiuto'!$A:$A,'Rete d''aiuto'!$1:$1",
    );
    expect(printTitlesRef('Key', { frozenRows: 1, frozenColumns: 0 })).toBe("'Key'!$1:$1");
  });

  it('adds a rotated cell format and gives it to the header cells after A1', () => {
    const styles = withRotatedStyle('<cellXfs count="2"><xf/><xf/></cellXfs>')!;
    expect(styles.styleIndex).toBe(2);
    expect(styles.xml).toContain('<cellXfs count="3">');
    const xml = laidOutSheetXml(SHEET, { frozenRows: 1, frozenColumns: 1, rotatedHeader: true }, 2);
    expect(xml).toContain('<c r="A1" t="s">');
    expect(xml).toContain('<c r="B1" s="2" t="s">');
    expect(withRotatedStyle('<styleSheet/>')).toBeNull();
  });
});
