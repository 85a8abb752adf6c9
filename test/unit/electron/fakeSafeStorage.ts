import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { vi } from 'vitest';

// Electron's safeStorage for tests: real encryption (AES-256-GCM under a key held in memory,
// bytes prefixed "v10" as Chromium's are), so a test that reads a file's bytes can tell
// whether a secret was written in plain text.

export type StorageBackend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';

export function createFakeSafeStorage(options: { isAvailable?: boolean; backend?: StorageBackend } = {}) {
  const key = randomBytes(32);
  let shouldReEncrypt = false;
  return {
    isAsyncEncryptionAvailable: vi.fn(async () => options.isAvailable ?? true),
    getSelectedStorageBackend: vi.fn((): StorageBackend => options.backend ?? 'gnome_libsecret'),
    encryptStringAsync: vi.fn(async (plainText: string) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from('v10'), iv, body, cipher.getAuthTag()]);
    }),
    decryptStringAsync: vi.fn(async (encrypted: Buffer) => {
      if (encrypted.subarray(0, 3).toString() !== 'v10') throw new Error('Error while decrypting the ciphertext');
      const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(3, 15));
      decipher.setAuthTag(encrypted.subarray(encrypted.length - 16));
      const result = Buffer.concat([decipher.update(encrypted.subarray(15, encrypted.length - 16)), decipher.final()]);
      return { result: result.toString('utf8'), shouldReEncrypt };
    }),
    /** The next decryptions say the key has changed (as after a keychain key rotation). */
    rotateKey() {
      shouldReEncrypt = true;
    },
  };
}
