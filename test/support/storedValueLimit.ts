/// <reference lib="dom" />
// Chromium refuses to store any one IndexedDB value whose serialised form is larger than
// about 133 MB ("The serialized value is too large"); fake-indexeddb stores anything. This
// puts a limit of the test's choosing on the fake one, counted as V8 serialises a value: a
// string takes one byte a character when every character fits in Latin-1, else two.

function serialisedSize(value: unknown, seen = new Set<object>()): number {
  if (typeof value === 'string') return /[\u0100-\uffff]/.test(value) ? value.length * 2 : value.length;
  if (value === null || typeof value !== 'object') return 8;
  if (seen.has(value)) return 0;
  seen.add(value);
  let size = 0;
  for (const [key, entry] of Object.entries(value)) size += key.length + serialisedSize(entry, seen);
  return size;
}

function refuseLarger(maxBytes: number, value: unknown): void {
  const size = serialisedSize(value);
  if (size > maxBytes)
    throw new DOMException(
      `The serialized value is too large (size=${size} bytes, max=${maxBytes} bytes).`,
      'DataError',
    );
}

/** Until the returned function is called, every value stored (add, put, cursor update) over `maxBytes` is refused. */
export function limitStoredValueSize(maxBytes: number): () => void {
  const { put, add } = IDBObjectStore.prototype;
  const { update } = IDBCursor.prototype;
  IDBObjectStore.prototype.put = function limitedPut(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    refuseLarger(maxBytes, args[0]);
    return put.apply(this, args);
  };
  IDBObjectStore.prototype.add = function limitedAdd(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
    refuseLarger(maxBytes, args[0]);
    return add.apply(this, args);
  };
  IDBCursor.prototype.update = function limitedUpdate(this: IDBCursor, ...args: Parameters<IDBCursor['update']>) {
    refuseLarger(maxBytes, args[0]);
    return update.apply(this, args);
  };
  return () => {
    Object.assign(IDBObjectStore.prototype, { put, add });
    Object.assign(IDBCursor.prototype, { update });
  };
}
