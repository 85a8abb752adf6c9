import { APP_VERSION } from './appVersion';
import type { AddressProblem } from './route';

/** What an error page is about: a page that failed to render, or an address that leads nowhere. */
export type PageFailure =
  { kind: 'render'; error: unknown; componentStack?: string } | { kind: 'address'; problem: AddressProblem };

/** A hostile address can be megabytes long; the report keeps its start and says how long it was. */
const MAX_ADDRESS_CHARACTERS = 2_000;
/** An error message or stack can be huge too. */
const MAX_ERROR_CHARACTERS = 8_000;
const UNSHOWABLE = '(a value that cannot be shown)';

export function shortenAddress(address: string, limit: number = MAX_ADDRESS_CHARACTERS): string {
  return address.length <= limit ? address : `${address.slice(0, limit)}… (${address.length} characters)`;
}

/** Reads something off a thrown value, which may be anything, even a proxy that throws. */
function safely<Value>(read: () => Value, fallback: Value): Value {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** What was thrown, in lines for the report; never throws, whatever was thrown. */
export function describeThrown(error: unknown): string[] {
  if (safely(() => error instanceof Error, false)) {
    const { name, message, stack } = safely(
      () => {
        const thrown = error as Error;
        return {
          name: String(thrown.name),
          message: String(thrown.message),
          stack: typeof thrown.stack === 'string' ? thrown.stack : undefined,
        };
      },
      { name: 'Error', message: UNSHOWABLE, stack: undefined },
    );
    return [
      `Error: ${shortenAddress(`${name}: ${message}`, MAX_ERROR_CHARACTERS)}`,
      'Stack:',
      stack === undefined ? '(none)' : shortenAddress(stack, MAX_ERROR_CHARACTERS),
    ];
  }
  return [
    `Error: ${shortenAddress(
      safely(() => String(error), UNSHOWABLE),
      MAX_ERROR_CHARACTERS,
    )}`,
  ];
}

function lengthOfValue(value: string): number {
  return safely(() => decodeURIComponent(value.replace(/\+/g, ' ')).length, value.length);
}

/** A query (after "?") with each value replaced by its length: what was typed in a search stays on this machine. */
function redactQuery(part: string): string {
  const start = part.indexOf('?');
  if (start < 0) return part;
  const query = part
    .slice(start + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      return equals < 0 ? pair : `${pair.slice(0, equals)}=(length ${lengthOfValue(pair.slice(equals + 1))})`;
    });
  return `${part.slice(0, start)}?${query.join('&')}`;
}

/** The address with every query value, before and after "#", replaced by its length. */
export function withoutQueryValues(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? redactQuery(href) : `${redactQuery(href.slice(0, hash))}#${redactQuery(href.slice(hash + 1))}`;
}

/**
 * The text "Copy details" puts on the clipboard, in English whatever the interface language:
 * it is read by whoever supports Trama. It holds the error, the address (with what was typed
 * in searches replaced by its length) and the version only.
 */
export function errorDetails(failure: PageFailure, href: string, now: Date = new Date()): string {
  const lines = [
    `Trama ${APP_VERSION}`,
    `Address: ${shortenAddress(withoutQueryValues(href))}`,
    `Time: ${now.toISOString()}`,
  ];
  if (failure.kind === 'address') {
    lines.push(`Problem: the address cannot be opened (${failure.problem.reason})`);
  } else {
    lines.push(...describeThrown(failure.error));
    if (failure.componentStack)
      lines.push('Component stack:', shortenAddress(failure.componentStack.trim(), MAX_ERROR_CHARACTERS));
  }
  return lines.join('\n');
}

/** Puts text on the clipboard; false when there is no clipboard or the system refused. */
export async function copyToClipboard(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
