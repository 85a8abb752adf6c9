import { describe, expect, it } from 'vitest';
import { pageNumberRule } from './briefingPageNumbers';

describe('page numbers of the printed pack', () => {
  it('puts the page counters where the message has its placeholders, in the interface language', () => {
    expect(pageNumberRule((page, pages) => `Pagina ${page} di ${pages}`)).toContain(
      'content: "Pagina " counter(page) " di " counter(pages);',
    );
    expect(pageNumberRule((page, pages) => `${page} / ${pages}`)).toContain(
      'content: counter(page) " / " counter(pages);',
    );
  });

  it('cannot be broken out of by a message with quotes, backslashes or a closing brace', () => {
    const rule = pageNumberRule((page) => `"} body { display: none } \\ ${page}\n`);
    expect(rule).toContain('content: "\\"} body { display: none } \\\\ " counter(page) " ";');
  });
});
