import { describe, expect, it } from 'vitest';
import { formatBytes } from './formatBytes';

describe('a size in bytes', () => {
  it('reads in the largest unit under 1024, with one decimal below 100, in the language’s own digits', () => {
    expect(formatBytes(0, 'en')).toBe('0 B');
    expect(formatBytes(1023, 'en')).toBe('1,023 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(1536, 'it')).toBe('1,5 KB');
    expect(formatBytes(150 * 1024 * 1024, 'en')).toBe('150 MB');
  });

  it('stays in terabytes past them, however large', () => {
    expect(formatBytes(2 ** 60, 'en')).toBe('1,048,576 TB');
  });
});
