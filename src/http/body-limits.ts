// Request body limits (issue 14, finding 1), applied before anything reads a body: a declared
// Content-Length over the limit is refused at once, a chunked body is counted as it streams and
// refused when it passes the limit (hono/body-limit), so no more than the limit is ever held.
// The one route that uploads files is the S9 filing's documents page (a document of at most
// MAX_DOCUMENT_BYTES, docs/service-engine.md "Filing and documents"); otherwise the largest
// bodies are detached CMS signatures (at most 65,536 base64 characters, schemas.ts).
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_DOCUMENT_BYTES } from '../domain/case-documents/upload-check.ts';
import { AppError } from '../errors.ts';

const KIB = 1024;
/** Every JSON body and form: a coupon, an application, a code — a few hundred bytes. */
export const DEFAULT_LIMIT = 64 * KIB;
/** Routes that carry a CMS signature (JSON, or url-encoded in a form, which grows base64 by ~1.3×). */
export const SIGNATURE_LIMIT = 256 * KIB;

/** The payment gateway's callback (docs/payments.md): a few hundred bytes of ids and an amount. */
export const PAYMENT_CALLBACK_LIMIT = 8 * KIB;
const PAYMENT_CALLBACK = /^\/api\/v1\/payments\/callback$/;

const SIGNATURE_ROUTES = [
  /^\/api\/v1\/auth\/certificate$/,
  /^\/api\/v1\/applications\/[^/]+\/sign$/,
  /^\/api\/v1\/consents\/[^/]+\/approve$/,
  /^\/api\/v1\/operator\/applications\/[^/]+\/sign$/,
  /^\/login\/certificate$/,
  /^\/applications\/[^/]+\/sign$/,
  /^\/consents\/[^/]+$/,
  /^\/console\/hall\/applications\/[^/]+\/sign$/,
  /^\/console\/passports\/new\/[^/]+\/sign$/,
  /^\/console\/passports\/[^/]+\/hand-over$/,
];

/**
 * Issue 17 item 5: one e-copy and the multipart framing around it. A file a little over the
 * document limit still arrives, so the page can say so next to its field; far larger is 413.
 */
export const DOCUMENT_UPLOAD_LIMIT = MAX_DOCUMENT_BYTES + 64 * KIB;
// Issue 18: the S1 intake's photo (at most 2 MiB) travels the same way.
const DOCUMENT_UPLOAD = /^\/((cadastre|licences)\/new\/documents|console\/passports\/new)$/;

export function limitFor(path: string): number {
  if (PAYMENT_CALLBACK.test(path)) return PAYMENT_CALLBACK_LIMIT;
  if (DOCUMENT_UPLOAD.test(path)) return DOCUMENT_UPLOAD_LIMIT;
  return SIGNATURE_ROUTES.some((r) => r.test(path)) ? SIGNATURE_LIMIT : DEFAULT_LIMIT;
}

const limiters = new Map(
  [DEFAULT_LIMIT, SIGNATURE_LIMIT, PAYMENT_CALLBACK_LIMIT, DOCUMENT_UPLOAD_LIMIT].map((maxSize) => [
    maxSize,
    bodyLimit({
      maxSize,
      onError: () => {
        throw new AppError('payload-too-large', { limit: maxSize / KIB });
      },
    }),
  ]),
);

/** The limit of the route asked for; requests without a body pass untouched. */
export function bodyLimits(): MiddlewareHandler {
  return (c, next) => limiters.get(limitFor(c.req.path))!(c, next);
}
