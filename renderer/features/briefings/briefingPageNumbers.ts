// Page numbers on the printed pack: a CSS @page margin box, which Chromium prints both from the
// browser's print dialog (web mode) and from the desktop's printToPDF (electron/printToPdf.ts
// takes the page's own setup), in the interface language: "Pagina 3 di 17".

/** Private-use characters: no message holds them, so they mark where the counters go. */
const PAGE = '\uE000';
const PAGES = '\uE001';

/** A CSS string literal: quotes, backslashes and line breaks escaped, so a message cannot end it. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

/**
 * The @page rule for a message such as "Page {page} of {pages}", filled by `format` with
 * markers that are then replaced by the page counters.
 */
export function pageNumberRule(format: (page: string, pages: string) => string): string {
  const parts = format(PAGE, PAGES)
    .split(/(\uE000|\uE001)/)
    .filter((part) => part !== '')
    .map((part) => (part === PAGE ? 'counter(page)' : part === PAGES ? 'counter(pages)' : cssString(part)));
  return `@page { @bottom-center { content: ${parts.join(' ')}; font: 8.5pt system-ui, sans-serif; color: #555; } }`;
}
