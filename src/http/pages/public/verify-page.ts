// C8: the public verification page. Anyone — a landlord, a bank, a school — enters a certificate
// number or scans its QR code (which opens /v/<number>?s=<signature>) and learns whether it is
// genuine, whether the QR belongs to it, and whether the registration it states still holds.
// It shows the address and whether it still holds, and names the holder by surname and initial
// only: no IIN, no birth date, no patronymic (issue 13; domain/certificates/public-view.ts).
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { isAppError } from '../../../errors.ts';
import { displayAstanaDateTime, displayDate } from '../../../i18n/display-dates.ts';
import { type Language, type MessageKey, translate } from '../../../i18n/messages.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { type Verification, verifyCertificate } from '../../../services/certificates/verify.ts';
import { pageLanguage } from '../shared/language.ts';
import { page } from '../shared/layout.ts';

// Answers to a wrong or unknown number are shown next to the field; other failures (a registry
// or the database down) go to the application's error boundary.
const FIELD_ERRORS = new Set<string>(['certificate-number-invalid', 'certificate-not-found']);

export function verifyPages(ctx: ServiceContext) {
  const app = new Hono();
  app.get('/verify', (c) => {
    const number = c.req.query('number');
    return respond(c, ctx, number === undefined ? undefined : number.trim(), undefined);
  });
  app.get('/v/:number', (c) => respond(c, ctx, c.req.param('number'), c.req.query('s')));
  return app;
}

async function respond(c: Context, ctx: ServiceContext, number: string | undefined, signature: string | undefined) {
  const lang = pageLanguage(c);
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const url = new URL(c.req.url);
  c.header('cache-control', 'no-store');
  c.header('x-robots-tag', 'noindex');
  if (number === undefined) return c.html(page({ lang, title: t('verify.title'), url, body: form(lang, '', null) }));
  if (number === '') {
    return c.html(page({ lang, title: t('verify.title'), url, body: form(lang, '', 'verify.number-missing') }), 400);
  }
  try {
    const result = await verifyCertificate(ctx, { number, ...(signature ? { signature } : {}) });
    return c.html(page({ lang, title: t('verify.title'), url, body: outcome(lang, result) }));
  } catch (error) {
    if (!isAppError(error) || !FIELD_ERRORS.has(error.code)) throw error;
    const status = error.code === 'certificate-not-found' ? 404 : 400;
    return c.html(page({ lang, title: t('verify.title'), url, body: form(lang, number, error.code) }), status);
  }
}

function form(lang: Language, value: string, error: MessageKey | null) {
  const t = (key: MessageKey) => translate(lang, key);
  return html`
    ${
      error
        ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
            <h2 id="error-summary-title">${t('verify.error-summary')}</h2>
            <ul>
              <li><a href="#number">${t(error)}</a></li>
            </ul>
          </div>`
        : ''
    }
    <h1>${t('verify.title')}</h1>
    <p>${t('verify.intro')}</p>
    <form method="get" action="/verify" novalidate>
      <input type="hidden" name="lang" value="${lang}" />
      <div class="${error ? 'field field-error' : 'field'}">
        <label for="number">${t('verify.number-label')}</label>
        <p class="hint" id="number-hint">${t('verify.number-hint')}</p>
        ${error ? html`<p class="error-message" id="number-error">${t(error)}</p>` : ''}
        <input
          type="text"
          id="number"
          name="number"
          value="${value}"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          aria-describedby="${error ? 'number-hint number-error' : 'number-hint'}"
          ${error ? html`aria-invalid="true"` : ''}
        />
      </div>
      <button type="submit">${t('verify.submit')}</button>
    </form>
  `;
}

function outcome(lang: Language, result: Verification) {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const { certificate } = result;
  const trusted = result.genuine && result.qr !== 'mismatch';
  const rows = certificate.registrations.map(
    (r) =>
      html`<tr>
        <td data-label="${t('verify.table.kind')}">${t(`verify.registration.${r.kind}`)}</td>
        <td data-label="${t('verify.table.address')}">${r.address}</td>
        <td data-label="${t('verify.table.from')}">${displayDate(r.from)}</td>
        <td data-label="${t('verify.table.to')}">${r.to ? displayDate(r.to) : t('verify.open-ended')}</td>
      </tr>`,
  );
  return html`
    <h1>${t('verify.title')}</h1>
    <div class="verdict ${trusted ? 'ok' : 'bad'}" role="status">
      <p class="title">${t(trusted ? 'verify.genuine' : 'verify.not-genuine')}</p>
      ${result.genuine ? '' : html`<p>${t(result.seal.ok ? 'verify.not-genuine' : result.seal.code)}</p>`}
      ${result.qr === 'absent' ? '' : html`<p>${t(result.qr === 'match' ? 'verify.qr-match' : 'verify.qr-mismatch')}</p>`}
      ${trusted ? html`<p>${t(`verify.status.${result.status}`)}</p>` : ''}
    </div>
    <dl class="summary">
      <dt>${t('verify.field.number')}</dt>
      <dd>${certificate.number}</dd>
      <dt>${t('verify.field.kind')}</dt>
      <dd>${t(`verify.kind.${certificate.kind}`)}</dd>
      <dt>${t('verify.field.issued')}</dt>
      <dd>${displayAstanaDateTime(new Date(certificate.issuedAt))}</dd>
      <dt>${t('verify.field.as-of')}</dt>
      <dd>${displayDate(certificate.asOf)}</dd>
      <dt>${t('verify.field.holder')}</dt>
      <dd>${certificate.holder}</dd>
    </dl>
    <table>
      <thead>
        <tr>
          <th scope="col">${t('verify.table.kind')}</th>
          <th scope="col">${t('verify.table.address')}</th>
          <th scope="col">${t('verify.table.from')}</th>
          <th scope="col">${t('verify.table.to')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
    <p class="small">${t('verify.privacy-note')}</p>
    <p class="small">${t('verify.checked-at', { time: displayAstanaDateTime(new Date(result.checkedAt)) })}</p>
    <p><a href="/verify?lang=${lang}">${t('verify.check-another')}</a></p>
  `;
}
