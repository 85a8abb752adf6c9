// A fresh in-memory IndexedDB for the data-layer tests.
import 'fake-indexeddb/auto';
