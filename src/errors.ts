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
