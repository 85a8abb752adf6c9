// Browsers may evict IndexedDB under storage pressure unless the origin is "persisted".
// Electron and installed apps usually get it granted; web mode may be refused.

export interface StorageState {
  isPersisted: boolean;
  usedBytes: number | null;
  quotaBytes: number | null;
}

export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

export async function readStorageState(): Promise<StorageState> {
  const isPersisted = (await navigator.storage?.persisted?.()) ?? false;
  const estimate = await navigator.storage?.estimate?.();
  return { isPersisted, usedBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null };
}
