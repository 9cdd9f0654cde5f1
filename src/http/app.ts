// The HTTP application. Handlers stay thin; every error becomes one JSON shape at one boundary
// (onError), with a stable code and kk/ru/en messages, never a stack trace.
import { Hono } from 'hono';
import { html } from 'hono/html';
import { HTTPException } from 'hono/http-exception';
import type { Database } from '../db/database.ts';
import { AppError, toAppError } from '../errors.ts';
import { isLanguage, LANGUAGES, languageFromAcceptLanguage, translate } from '../i18n/messages.ts';
import type { Logger } from '../log.ts';
import type { ServiceContext } from '../services/context.ts';
import { accessLog, requestIds, routeOf } from './access-log.ts';
import { createApiRoot } from './api/index.ts';
import { bodyLimits } from './body-limits.ts';
import { contentTypes } from './content-types.ts';
import { cookiePolicy } from './cookies.ts';
import { fromHttpException } from './http-errors.ts';
import { jsonBodies } from './json-body.ts';
import { noStoreByDefault } from './cache-control.ts';
import { proxyPolicy } from './client-address.ts';
import { publicOriginPolicy } from './same-origin.ts';
import { securityHeaders } from './security-headers.ts';
import { parseTrustProxy, type ProxyTrust } from '../trust-proxy.ts';
import { errorPage } from './pages/shared/error-page.ts';
import { type Lifecycle, readinessHandler } from './readiness.ts';
import { pageRoutes } from './pages/index.ts';

export interface AppDeps {
  database: Database;
  logger: Logger;
  /**
   * The e-service; without it only health and the front page are served (migrate-only tools).
   * devSms mounts the SMS sink's /dev pages; production never does, and marks cookies Secure.
   */
  service?: { ctx: ServiceContext; devSms: boolean; production?: boolean };
  /** Proxies whose X-Forwarded-For/-Proto are believed (TIRKEU_TRUST_PROXY); default: none. */
  trustProxy?: ProxyTrust;
  /** Issue 16: `draining` turns /readyz to 503 during a graceful shutdown. */
  lifecycle?: Lifecycle;
}

type Status = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

// One table from error code to HTTP status; codes not listed are 400 (the client's input).
const STATUS: Partial<Record<string, Status>> = {
  'not-found': 404,
  'application-not-found': 404,
  'database-unreachable': 503,
  'registry-unavailable': 503,
  'database-unavailable': 503,
  // Issue 19: a registry answered with data that fails its checks — not the caller's fault.
  'registry-answer-invalid': 503,
  // The service's CRL is past its nextUpdate (issue 14): not the caller's fault; retry later.
  'crl-expired': 503,
  'target-not-empty': 409,
  'civil-record.act-exists': 409,
  // S7 intake (issue 18): a document not handed in, no MRP for the filing year.
  'civil-record.document-missing': 422,
  'civil-record.mrp-unknown': 422,
  // The wanted-persons database answered what cannot be read: its fault, not the caller's.
  'wanted.answer-invalid': 503,
  unauthenticated: 401,
  'login-challenge-invalid': 401,
  'login-person-unknown': 401,
  'otp-invalid': 401,
  'otp-expired': 401,
  'otp-wrong-code': 401,
  'otp-attempts-exceeded': 401,
  forbidden: 403,
  'cross-origin-request': 403,
  'operator-only': 403,
  'invalid-transition': 409,
  'application-changed': 409,
  'idempotency-in-progress': 409,
  'idempotency-key-reused': 422,
  'otp-rate-limited': 429,
  'rate-limited': 429,
  'too-many-applications': 429,
  'certificate-not-found': 404,
  'certificate.subject-unknown': 404,
  'certificate.not-entitled': 403,
  'certificate.birth-act-too-early': 403,
  'certificate.marriage-too-early': 403,
  'certificate.marriage-dissolved': 403,
  'certificate.desk-not-representative': 403,
  'certificate.desk-own-case': 403,
  'certificate.no-current-registration': 422,
  'certificate.no-registration-history': 422,
  'certificate.address-unknown': 422,
  'address.not-found': 404,
  // Payments (issue 17, docs/payments.md): a callback the gateway did not sign, or signed long ago.
  'payment.signature-invalid': 401,
  'payment.callback-stale': 401,
  'payment.invoice-not-found': 404,
  'payment.invoice-mismatch': 409,
  'payment.amount-mismatch': 409,
  'payment.invoice-closed': 409,
  'payment.earlier-stage-unpaid': 409,
  'payment.not-paid': 409,
  'payment.case-mismatch': 409,
  'payment.no-fee': 422,
  'payments-unavailable': 503,
  'payment.gateway-unavailable': 503,
  'payment.gateway-bad-answer': 503,
  'payment.price-not-configured': 503,
  // Issue 17: case moves (services/cases/); a case code not listed (unknown variant, ground) is 400.
  'case.not-found': 404,
  'case.changed': 409,
  // Issue 18: S1 intake, registers and hand-over (services/identity-documents/).
  'identity-document.photo-invalid': 422,
  'identity-document.person-unknown': 422,
  'identity-document.register-empty': 409,
  'identity-document.register-not-found': 404,
  'identity-document.not-holder': 403,
  'identity-document.no-registration': 422,
  'identity-document.issue-elsewhere': 409,
  'departure.reference-missing': 422,
  'departure.not-registered': 422,
  'case.invalid-event': 409,
  'case.step-out-of-order': 409,
  'case.wrong-actor': 403,
  'case.wrong-role': 403,
  'case.wrong-office': 403,
  'case.not-applicant': 403,
  'case.hearing-notice-late': 422,
  'case.objection-late': 422,
  'case.objection-period-open': 409,
  'case.extension-not-allowed': 422,
  'case.extension-not-later': 422,
  'case.extension-not-working-day': 422,
  'case.extension-over-cap': 422,
  'case.object-invalid': 422,
  'case.object-missing': 422,
  'case.act-missing': 422,
  'case.object-exists': 409,
  'case.output-invalid': 422,
  'case.result-incomplete': 409,
  'case.no-passport-to-copy': 409,
  'case.result-unsigned': 503,
  // Case documents (issue 17 item 5, docs/service-engine.md "Filing and documents").
  'case-document.empty': 422,
  'case-document.too-large': 422,
  'case-document.wrong-type': 422,
  'case-document.not-needed': 422,
  'case-document.missing': 422,
  'case-document.no-consent': 422,
  'case-document.object-invalid': 422,
  'case-document.not-found': 404,
  'case-document.filed': 409,
  // Input at the boundary (issue 14).
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'csrf-rejected': 403,
};

export function createApp({ database, logger, service, trustProxy, lifecycle }: AppDeps) {
  const app = new Hono();
  const production = service?.production === true;
  // Issue 14, before any route or the idempotency store reads a body: who the client is,
  // request id and access log, security headers and no-store on every answer, then
  // body limits (413), media types (415), JSON and text (400).
  app.use('*', proxyPolicy(trustProxy ?? parseTrustProxy(undefined)));
  app.use('*', publicOriginPolicy(service?.ctx.settings.publicUrl));
  app.use('*', requestIds());
  app.use('*', accessLog(logger));
  app.use('*', securityHeaders(production));
  app.use('*', noStoreByDefault());
  app.use('*', bodyLimits());
  app.use('*', contentTypes());
  app.use('*', jsonBodies());
  app.use('*', cookiePolicy(production));
  if (service) {
    const devSms = service.devSms && !production;
    app.route('/', createApiRoot(service.ctx, { devSms }));
    app.route('/', pageRoutes(service.ctx, { devSms }));
  }

  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  app.get('/readyz', readinessHandler(database, lifecycle, service?.ctx));

  app.get('/', (c) => {
    const asked = c.req.query('lang');
    const lang = isLanguage(asked) ? asked : languageFromAcceptLanguage(c.req.header('accept-language'));
    const links = LANGUAGES.map((l) => html`<a href="/?lang=${l}" lang="${l}">${l.toUpperCase()}</a>`);
    return c.html(
      html`<!doctype html>
        <html lang="${lang}">
          <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>Tirkeu</title>
            <style nonce="${c.get('secureHeadersNonce') ?? ''}">
              body {
                font-family: 'DejaVu Sans', 'Noto Sans', sans-serif;
                max-width: 40rem;
                margin: 2rem auto;
                padding: 0 1rem;
              }
            </style>
          </head>
          <body>
            <nav>${links}</nav>
            <h1>Tirkeu</h1>
            <p>${translate(lang, 'service-status')}</p>
          </body>
        </html>`,
    );
  });

  app.notFound(() => {
    throw new AppError('not-found');
  });

  app.onError((error, c) => {
    const appError = error instanceof HTTPException ? fromHttpException(error, c) : toAppError(error);
    const internal =
      appError.code === 'internal-error' ||
      appError.code === 'database-error' ||
      appError.code === 'database-unavailable';
    if (internal) {
      // The cause's message may hold personal data: log its kind and reference only. The
      // client's own errors are not errors of the service: the access log has them.
      logger.error(
        {
          reqId: c.get('requestId'),
          method: c.req.method,
          route: routeOf(c),
          code: appError.code,
          params: appError.params,
          kind: (appError.cause as Error | undefined)?.name,
        },
        'request failed',
      );
    }
    const status = STATUS[appError.code] ?? (internal ? 500 : 400);
    // Issue 14: a refusal by a throttle says when to come back (RFC 9110 Retry-After, seconds).
    if (status === 429 && typeof appError.params['seconds'] === 'number') {
      c.header('Retry-After', String(appError.params['seconds']));
    }
    // A person's browser gets a page in their language; programs get the JSON body.
    if (!c.req.path.startsWith('/api/') && (c.req.header('accept') ?? '').includes('text/html')) {
      return c.html(errorPage(c, appError), status);
    }
    return c.json({ error: appError.toJSON() }, status);
  });

  return app;
}
