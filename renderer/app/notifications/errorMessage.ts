/** Storage errors deserve their own words: the user can do something about them. */
export function errorMessageKey(error: unknown): { key: 'error.storageFull' | 'error.generic'; detail: string } {
  const name = error instanceof Error ? error.name : '';
  const innerName = error instanceof Error && 'inner' in error && error.inner instanceof Error ? error.inner.name : '';
  if (name === 'QuotaExceededError' || innerName === 'QuotaExceededError') {
    return { key: 'error.storageFull', detail: '' };
  }
  return { key: 'error.generic', detail: error instanceof Error ? error.message : String(error) };
}
