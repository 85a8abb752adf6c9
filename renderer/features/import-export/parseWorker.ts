/// <reference lib="webworker" />
import type { ParseRequest } from './parseProtocol';
import { readWorkbook } from './readSheets';

// Runs in a throw-away worker: whatever a hostile file does to the parser (pathological
// structure, deep recursion, prototype tricks) stays in here, and the page kills the worker
// if it takes too long. Only rows of strings go back to the page — never parsed objects.

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  self.postMessage(readWorkbook(event.data));
};
