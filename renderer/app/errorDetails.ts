import { APP_VERSION } from './appVersion';
import type { AddressProblem } from './route';

/** What an error page is about: a page that failed to render, or an address that leads nowhere. */
export type PageFailure =
  | { kind: 'render'; error: unknown; componentStack?: string }
  | { kind: 'address'; problem: AddressProblem };

/** A hostile address can be megabytes long; the report keeps its start and says how long it was. */
const MAX_ADDRESS_CHARACTERS = 2_000;

export function shortenAddress(address: string, limit: number = MAX_ADDRESS_CHARACTERS): string {
  return address.length <= limit ? address : `${address.slice(0, limit)}… (${address.length} characters)`;
}

function describeError(error: unknown): string[] {
  if (error instanceof Error) return [`Error: ${error.name}: ${error.message}`, 'Stack:', error.stack ?? '(none)'];
  return [`Error: ${String(error)}`];
}

/**
 * The text "Copy details" puts on the clipboard, in English whatever the interface language:
 * it is read by whoever supports Trama. It holds the error, the address and the version only.
 */
export function errorDetails(failure: PageFailure, href: string, now: Date = new Date()): string {
  const lines = [`Trama ${APP_VERSION}`, `Address: ${shortenAddress(href)}`, `Time: ${now.toISOString()}`];
  if (failure.kind === 'address') {
    lines.push(`Problem: the address cannot be opened (${failure.problem.reason})`);
  } else {
    lines.push(...describeError(failure.error));
    if (failure.componentStack) lines.push('Component stack:', failure.componentStack.trim());
  }
  return lines.join('\n');
}

/** Puts text on the clipboard; false when there is no clipboard or the system refused. */
export async function copyToClipboard(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
