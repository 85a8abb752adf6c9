import { describe, expect, it } from 'vitest';
import { normaliseExternalUrl } from './externalUrl';

// Mail links reach the user's mail program, which reads "?attach=", "?bcc=" and header lines
// however they are spelt: percent-encoded ones included. Only plain recipients may pass.

describe('mail links', () => {
  it.each([
    ['mailto:paola.esempio@example.org', 'mailto:paola.esempio@example.org'],
    ['mailto:Paola.Esempio+trama@asl.napoli1.it', 'mailto:Paola.Esempio+trama@asl.napoli1.it'],
    ['mailto:a_b-c@example.org,d@example.org', 'mailto:a_b-c@example.org,d@example.org'],
  ])('passes %s on as %s', (url, href) => {
    expect(normaliseExternalUrl(url)).toBe(href);
  });

  it.each([
    ['an encoded "?" with an attachment', 'mailto:a@b.it%3Fattach=/etc/passwd'],
    ['an encoded "?" in lower case', 'mailto:a@b.it%3fbcc=x@y.z'],
    ['an encoded line break starting a header', 'mailto:a@b.it%0D%0Abcc:x@y.z'],
    ['a raw line break (the parser drops it, the address is still checked)', 'mailto:a@b.it\r\nbcc:x@y.z'],
    ['an encoded "&"', 'mailto:a@b.it%26body=secret'],
    ['an encoded "#"', 'mailto:a@b.it%23x'],
    ['any percent sign', 'mailto:a%40b.it'],
    ['a parameter separator without "?"', 'mailto:a@b.it&attach=/etc/passwd'],
    ['an equals sign', 'mailto:a@b.it=x'],
    ['a semicolon', 'mailto:a@b.it;x@y.z'],
    ['spaces', 'mailto:a@b.it bcc:x@y.z'],
    ['angle brackets', 'mailto:<a@b.it>'],
    ['a slash', 'mailto:a@b.it/../x'],
    ['a colon', 'mailto:bcc:x@y.z'],
    ['no local part', 'mailto:@b.it'],
    ['no domain', 'mailto:a@'],
    ['two at signs', 'mailto:a@b@c.it'],
    ['an empty recipient in a list', 'mailto:a@b.it,,c@d.it'],
    ['a query', 'mailto:a@b.it?subject=x'],
    ['nothing', 'mailto:'],
  ])('refuses %s', (_case, url) => {
    expect(normaliseExternalUrl(url)).toBeNull();
  });
});

describe('web links', () => {
  it('keeps percent-encoding in web addresses, which the browser reads as it should', () => {
    expect(normaliseExternalUrl('https://example.org/a%3Fb?q=%0D%0A')).toBe('https://example.org/a%3Fb?q=%0D%0A');
  });
});
