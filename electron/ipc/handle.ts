// The one call of ipcMain.handle: checks the sender frame, parses the payload, wraps the result.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { channelId, channels, type ChannelName, type ChannelResults } from '../../shared/ipc';
import { fail, ok, type ErrorCode, type Result } from '../../shared/result';

/** An error whose message is fit to show the user; anything else is reported generically. */
export class UserFacingError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type Handler<K extends ChannelName> = (
  request: z.output<(typeof channels)[K]>,
  event: IpcMainInvokeEvent,
) => Promise<ChannelResults[K]> | ChannelResults[K];

export type SenderCheck = (frameUrl: string) => boolean;

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** Maps a thrown error to a message without stack or path. */
export function toUserError(error: unknown): Result<never> {
  if (error instanceof UserFacingError) return fail(error.code, error.message);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return fail('no-space', 'The disk is full.');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return fail('no-permission', 'The file or folder cannot be written here.');
  if (code === 'ENOENT') return fail('not-found', 'The file or folder no longer exists.');
  if (typeof code === 'string' && code.startsWith('E')) return fail('io', 'The file could not be read or written.');
  return fail('internal', 'Something went wrong in the application.');
}

/** Builds the listener for one channel; exported so tests call it without Electron. */
export function createListener<K extends ChannelName>(
  name: K,
  handler: Handler<K>,
  isTrustedSender: SenderCheck,
): (event: SenderEvent, payload: unknown) => Promise<Result<ChannelResults[K]>> {
  const schema = channels[name];
  return async (event, payload) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isTrustedSender(frame.url)) {
      return fail('forbidden-sender', 'This request did not come from the application.');
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return fail('invalid-request', 'The request was not valid.');
    try {
      return ok(await handler(parsed.data as z.output<(typeof channels)[K]>, event as IpcMainInvokeEvent));
    } catch (error) {
      return toUserError(error);
    }
  };
}

/** What registers handlers: ipcMain itself, or a recorder in tests. */
export type IpcRegistrar = Pick<IpcMain, 'handle'>;

/** Registers one channel through the wrapper. Every channel of the app goes through here. */
export function handle<K extends ChannelName>(
  ipc: IpcRegistrar,
  name: K,
  handler: Handler<K>,
  isTrustedSender: SenderCheck,
): void {
  ipc.handle(channelId(name), createListener(name, handler, isTrustedSender));
}

/** All handlers at once, keyed by channel: a missing one fails the typecheck. */
export type Handlers = { [K in ChannelName]: Handler<K> };

export function registerAll(ipc: IpcRegistrar, handlers: Handlers, isTrustedSender: SenderCheck): void {
  for (const name of Object.keys(channels) as ChannelName[]) {
    handle(ipc, name, handlers[name] as Handler<typeof name>, isTrustedSender);
  }
}
