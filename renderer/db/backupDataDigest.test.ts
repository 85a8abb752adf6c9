import { describe, expect, it } from 'vitest';
import { backupDataDigest } from './backupDataDigest';

// Two texts of the same data, written at two times, have one digest: the safety copies use
// it to keep one copy of the same data (safetyCopies.ts). Checked against the plain
// definition: SHA-256 of the UTF-8 of the text with its `createdAt` emptied.

async function plainDigest(json: string): Promise<string> {
  const text = json.replace(/^(\{"format":"trama-backup","formatVersion":\d+,"createdAt":)"[^"]*"/, '$1""');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const written = (createdAt: string, tables: string) =>
  `{"format":"trama-backup","formatVersion":1,"createdAt":"${createdAt}","schemaVersion":3,"tables":${tables}}`;

describe('the digest of a backup’s data', () => {
  it('is the same for the same data written at two times, and differs for other data', async () => {
    const tables = '{"note":"è 😀"}';
    expect(await backupDataDigest(written('2026-03-02T10:00:00.000Z', tables))).toBe(
      await backupDataDigest(written('2027-11-30T23:59:59.999Z', tables)),
    );
    expect(await backupDataDigest(written('2026-03-02T10:00:00.000Z', tables))).not.toBe(
      await backupDataDigest(written('2026-03-02T10:00:00.000Z', '{"note":"e 😀"}')),
    );
  });

  const hostile = {
    'empty text': '',
    'text that is not a backup': 'not json at all',
    'a lone surrogate after the time': written('2026-03-02T10:00:00.000Z', '{"a":"\ud800","b":"\udc00x"}'),
    'a lone surrogate inside the time': written('2026-03-02T10:00\ud83d', '{}'),
    'control and bidi characters': written('2026', '{"a":"\u0000\u2028\u202e\ufeff"}'),
    'a header without a time': '{"format":"trama-backup","formatVersion":1,"schemaVersion":3}',
    'a header further in': ` ${written('2026', '{}')}`,
    'half a million characters of two-byte text': written('2026', `{"a":"${'ü€😀'.repeat(125_000)}"}`),
  };

  it.each(Object.entries(hostile))(
    'is SHA-256 of the UTF-8 of the text with its time emptied, for %s',
    async (_case, json) => {
      expect(await backupDataDigest(json)).toBe(await plainDigest(json));
    },
  );
});
