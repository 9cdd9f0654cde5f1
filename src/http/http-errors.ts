// Hono's own middleware (csrf, validators, body-limit) throws HTTPException; the one error
// boundary turns it into a coded AppError so it is answered in kk/ru/en with its own status —
// a forged form's 403 or a malformed body's 400 — never as an internal error (issue 14, finding 4).
import type { Context } from 'hono';
import type { HTTPException } from 'hono/http-exception';
import { AppError } from '../errors.ts';
import { limitFor } from './body-limits.ts';

export function fromHttpException(error: HTTPException, c: Context): AppError {
  switch (error.status) {
    case 400:
      // The JSON validator's "Malformed JSON in request body" (a body json-body.ts did not see).
      return /json/i.test(error.message)
        ? new AppError('invalid-json-body')
        : new AppError('invalid-request', { detail: 'malformed request' });
    case 401:
      return new AppError('unauthenticated');
    case 403:
      // hono/csrf: a form posted from another origin.
      return new AppError('csrf-rejected');
    case 404:
      return new AppError('not-found');
    case 413:
      return new AppError('payload-too-large', { limit: limitFor(c.req.path) / 1024 });
    case 415:
      return new AppError('unsupported-media-type', { expected: 'application/json' });
    default:
      return error.status >= 500
        ? new AppError('internal-error', { reference: crypto.randomUUID().slice(0, 8) }, { cause: error })
        : new AppError('invalid-request', { detail: 'malformed request' });
  }
}
