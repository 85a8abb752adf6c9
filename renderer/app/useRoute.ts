import { useMemo, useSyncExternalStore } from 'react';
import { parseRoute, routeHref, type Route, type SectionName } from './route';

/** Addresses this window went through, newest last: an error page's Back returns to one that works. */
const visitedHashes: string[] = [];
const MAX_REMEMBERED = 50;
/** Addresses that showed an error page: Back never returns to one (two failing pages would send it to and fro). */
const failedHashes = new Set<string>();

/** The error page shown at an address says so: Back passes it by from now on. */
export function rememberFailedAddress(hash: string): void {
  const oldest = failedHashes.values().next();
  if (failedHashes.size >= MAX_REMEMBERED && !oldest.done) failedHashes.delete(oldest.value);
  failedHashes.add(hash);
}

/** Asked to show the page again (its navigation link clicked while it is shown): error boundaries reset. */
let retries = 0;
const retryListeners = new Set<() => void>();

export function retryCurrentPage(): void {
  failedHashes.delete(window.location.hash);
  retries += 1;
  for (const listener of retryListeners) listener();
}

function subscribeToRetries(onRetry: () => void): () => void {
  retryListeners.add(onRetry);
  return () => retryListeners.delete(onRetry);
}

/** How many times the user asked to show the page again; error boundaries reset when it changes. */
export function useRetryCount(): number {
  return useSyncExternalStore(subscribeToRetries, () => retries);
}

function remember(hash: string): void {
  if (visitedHashes.at(-1) === hash) return;
  visitedHashes.push(hash);
  if (visitedHashes.length > MAX_REMEMBERED) visitedHashes.shift();
}

// Registered once, before any component listens, so the list is current when pages render.
if (typeof window !== 'undefined') {
  remember(window.location.hash);
  window.addEventListener('hashchange', () => remember(window.location.hash));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function readHash(): string {
  return window.location.hash;
}

/** The address after `#`, kept current: error boundaries reset when it changes. */
export function useLocationHash(): string {
  return useSyncExternalStore(subscribe, readHash);
}

export function useRoute(fallback: SectionName): Route {
  const hash = useLocationHash();
  return useMemo(() => parseRoute(hash, fallback), [hash, fallback]);
}

/**
 * Leaves an error page for the last address before it that leads to a page and did not
 * fail, or for `fallback`. Not history.back(): a window opened straight at a broken
 * address has no page of the app behind it. The broken address is replaced, so the
 * browser's Back skips it.
 */
export function leaveForLastWorkingAddress(fallback: SectionName): void {
  const current = window.location.hash;
  let target: string = routeHref({ section: fallback });
  for (let index = visitedHashes.length - 1; index >= 0; index -= 1) {
    const hash = visitedHashes[index]!;
    if (hash !== current && !failedHashes.has(hash) && !parseRoute(hash, fallback).addressProblem) {
      target = hash === '' ? routeHref({ section: fallback }) : hash;
      break;
    }
  }
  window.location.replace(target);
}
