import { describe, expect, it } from 'vitest';
import { invokeContract, isPlainFileName } from '../../../shared/ipc/contract';

describe('file:save payload', () => {
  const schema = invokeContract['file:save'];

  it('accepts a plain name with text or bytes', () => {
    expect(schema.safeParse({ suggestedName: 'trama-contatti.xlsx', data: new Uint8Array([1, 2]) }).success).toBe(true);
    expect(schema.safeParse({ suggestedName: 'rete.csv', data: 'a;b' }).success).toBe(true);
  });

  it.each(['../escape.xlsx', 'C:\\Windows\\x.dll', '/etc/passwd', 'a\u0000b', '..', 'con:x'])(
    'refuses %j as a file name',
    (name) => {
      expect(isPlainFileName(name)).toBe(false);
      expect(schema.safeParse({ suggestedName: name, data: 'x' }).success).toBe(false);
    },
  );

  it('refuses data of another type', () => {
    expect(schema.safeParse({ suggestedName: 'x.txt', data: { length: 3 } }).success).toBe(false);
  });
});
