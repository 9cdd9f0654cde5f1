// The one error type that crosses layers. It carries a stable code (a message-catalog key) and
// the parameters of its message; the CLI and HTTP boundaries render it, never a stack trace.
import { type Localized, localize, type MessageKey, type MessageParams } from './i18n/messages.ts';

export class AppError extends Error {
  readonly code: MessageKey;
  readonly params: MessageParams;
  /** JSON pointer into the input the error is about, when there is one. */
  readonly path: string | undefined;

  constructor(code: MessageKey, params: MessageParams = {}, options: { path?: string; cause?: unknown } = {}) {
    super(code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.path = options.path;
  }

  get messages(): Localized {
    return localize(this.code, this.params);
  }

  toJSON(): { code: MessageKey; message: Localized; path?: string } {
    return {
      code: this.code,
      message: this.messages,
      ...(this.path === undefined ? {} : { path: this.path }),
    };
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * A database the service cannot reach just now — no free connection within the pool's wait, a
 * refused or dropped connection, a server shutting down or out of connections (SQLSTATE classes
 * 08 and 57P, 53300) — is the service's outage, not the client's mistake: 503, try again.
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;
const UNREACHABLE_MESSAGE = /^(timeout exceeded when trying to connect|Connection terminated)/;

function unreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  // The other systems' adapters (registries, SMS, payments) wrap their own failures in coded
  // errors; a bare refused connection here is the pool's, so it is the database's.
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || code === 'ECONNREFUSED')) return true;
  return error instanceof Error && UNREACHABLE_MESSAGE.test(error.message);
}

/** Turns any thrown value into an AppError without leaking its message (it may hold data). */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (unreachable(error)) return new AppError('database-unavailable', {}, { cause: error });
  const sqlstate = (error as { code?: unknown } | null)?.code;
  if (typeof sqlstate === 'string' && /^[0-9A-Z]{5}$/.test(sqlstate)) {
    return new AppError('database-error', { sqlstate }, { cause: error });
  }
  // The global Web Crypto, loaded on first use: importing node:crypto would cost every CLI start
  // about 4 MB (issue 20, a lean CLI).
  return new AppError('internal-error', { reference: crypto.randomUUID().slice(0, 8) }, { cause: error });
}
