import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { invokeContract, type InvokeChannel, type InvokeRequest, type InvokeResponses } from '../shared/ipc/contract';
import { APP_ORIGIN } from './appProtocol';

// Every renderer → main call goes through handle(): the sender must be our window's main
// frame on our own origin, and the payload must match the contract's schema.

export class IpcRejection extends Error {}

export interface IpcRegistrar {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, payload: unknown) => unknown): void;
}

export interface TrustedSender {
  webContents(): WebContents | undefined;
  /** Origins the renderer may be loaded from: app://trama, plus the dev server in development. */
  origins: readonly string[];
}

export function isTrustedSender(event: IpcMainInvokeEvent, trusted: TrustedSender): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  let frameOrigin: string;
  try {
    // Built from scheme and host: Node reports origin "null" for custom schemes like app:.
    const url = new URL(frame.url);
    frameOrigin = `${url.protocol}//${url.host}`;
  } catch {
    return false;
  }
  return trusted.origins.includes(frameOrigin) && event.sender === trusted.webContents();
}

/** The contract's own refusal words (file-too-large…): only those reach the renderer, never the payload. */
const REFUSAL_WORD = /^[a-z]+(?:-[a-z]+)+$/;

export function handle<Channel extends InvokeChannel>(
  ipc: IpcRegistrar,
  trusted: TrustedSender,
  channel: Channel,
  handler: (
    request: InvokeRequest<Channel>,
    sender: WebContents,
  ) => Promise<InvokeResponses[Channel]> | InvokeResponses[Channel],
): void {
  ipc.handle(channel, async (event, payload) => {
    if (!isTrustedSender(event, trusted)) throw new IpcRejection(`Refused ${channel}: unknown sender`);
    const parsed = invokeContract[channel].safeParse(payload);
    if (!parsed.success) {
      const words = [
        ...new Set(parsed.error.issues.map((issue) => issue.message).filter((message) => REFUSAL_WORD.test(message))),
      ];
      throw new IpcRejection(`Refused ${channel}: invalid request${words.length > 0 ? ` (${words.join(', ')})` : ''}`);
    }
    return handler(parsed.data as InvokeRequest<Channel>, event.sender);
  });
}

export { APP_ORIGIN };
