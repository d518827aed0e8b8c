// The result envelope every IPC call and file operation returns: a value, a cancel, or a user-fit error.

export type ErrorCode =
  'invalid-request' | 'forbidden-sender' | 'too-large' | 'not-found' | 'no-space' | 'no-permission' | 'io' | 'internal';

export interface UserError {
  code: ErrorCode;
  /** A message fit for a user: no stack, no path of the machine. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: UserError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** A dialog the user closed without choosing: told apart from a failure. */
export interface Canceled {
  canceled: true;
}
export const canceled: Canceled = { canceled: true };
