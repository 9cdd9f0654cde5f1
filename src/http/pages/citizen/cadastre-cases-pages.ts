// The applicant's cadastral requests (issue 17 item 6): "My requests" with each one's state in
// plain words and its due date (DD.MM.YYYY), and one request's page — after filing, the
// "accepted" page (004 cl.4: the status "accepted" with the place and date of the result) with
// the first-stage payment link of the payment gateway while it is unpaid, the link to pay the rest
// while the result waits for it (004 L1 r.8), and the signed result as PDF once issued (004 cl.6).
// An S7 request accepted at a ЦОН (issue 18) is listed and followed here too, named and placed as S7's.
import { Hono } from 'hono';
import { html } from 'hono/html';
import { displayDate } from '../../../i18n/display-dates.ts';
import type { CaseState } from '../../../domain/cases/case.ts';
import { type MyCase, myCases, myDocument, uploadsOf } from '../../../services/case-documents/portal.ts';
import { myCaseWithResults, myResult } from '../../../services/case-results/my-results.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import { dateInAstana } from '../../../domain/dates.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { panel, summaryList, table, tag } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';
import { documentTitle } from './cadastre-documents-page.ts';

const TONES: Record<CaseState, Parameters<typeof tag>[1]> = {
  accepted: 'blue',
  'in-progress': 'blue',
  'refusal-intended': 'yellow',
  'objection-received': 'yellow',
  'result-ready': 'yellow',
  issued: 'green',
  refused: 'red',
  withdrawn: 'grey',
};

const tenge = (tiyn: number) => (tiyn / 100).toLocaleString('ru-RU').replace(/\u00a0/g, ' ');

export function cadastreCasesPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('/cases', requireLogin);
  app.use('/cases/*', requireLogin);

  app.get('/cases', async (c) => {
    const t = translator(c);
    // The licences (S6, S8) have their own list (licence-cases-pages.ts); S7 is followed here (issue 18).
    const cases = (await myCases(ctx, c.get('principal').iin)).filter((k) => k.service !== 'S6' && k.service !== 'S8');
    return render(c, {
      title: t('cadastre.my-cases-title'),
      body: html`<h1>${t('cadastre.my-cases-title')}</h1>
        ${
          cases.length
            ? table(
                [t('cadastre.col-number'), t('cadastre.col-service'), t('cadastre.col-state'), t('cadastre.col-due')],
                cases.map((k) => [
                  html`<a href="/cadastre/cases/${k.id}">${k.number}</a>`,
                  serviceLabel(t, k),
                  tag(t(`cadastre.state-${k.state}`), TONES[k.state]),
                  k.dueOn ? displayDate(k.dueOn) : '',
                ]),
                t('cadastre.my-cases-title'),
              )
            : html`<p>${t('cadastre.my-cases-none')}</p>`
        }
        <p><a class="button" href="/cadastre/new">${t('cadastre.start-link')}</a></p>`,
    });
  });

  app.get('/cases/:id', async (c) => {
    const t = translator(c);
    const lang = c.get('lang');
    const k = await myCaseWithResults(ctx, c.get('principal').iin, c.req.param('id'));
    const documents = await uploadsOf(ctx, c.get('principal').iin, k.id);
    const first = k.invoices.find((i) => i.stage === 'on-filing');
    const pay = !first
      ? ''
      : first.state === 'paid'
        ? html`<p>${tag(t('cadastre.paid'), 'green')}</p>`
        : first.state === 'issued'
          ? html`<h2>${t('cadastre.pay-title')}</h2>
              <p>${t('cadastre.pay-body', { amount: tenge(first.amount) })}</p>
              <p>
                <a class="button" href="${first.paymentUrl}"
                  >${t('cadastre.pay-link', { amount: tenge(first.amount) })}</a
                >
              </p>`
          : '';
    const rest = k.rest
      ? html`<h2>${t('cadastre.rest-title')}</h2>
          <p>${t('cadastre.rest-body', { amount: tenge(k.rest.amount) })}</p>
          <p>
            <a class="button" href="${k.rest.paymentUrl}"
              >${t('cadastre.rest-link', { amount: tenge(k.rest.amount) })}</a
            >
          </p>`
      : '';
    const results = k.results.length
      ? html`<h2>${t('cadastre.results-title')}</h2>
          <p>${t('cadastre.results-body')}</p>
          <ul>
            ${k.results.map(
              (r) =>
                html`<li>
                  <a href="/cadastre/cases/${k.id}/results/${r.id}"
                    >${t('cadastre.result-download', {
                      title: t(`cadastre.result-kind.${r.kind}` as MessageKey),
                    })}</a
                  >
                  — ${t('cadastre.result-signed-on', { date: displayDate(dateInAstana(r.signedAt)) })}
                </li>`,
            )}
          </ul>`
      : '';
    return render(c, {
      title: t('cadastre.accepted-title'),
      body: html`${
          k.state === 'accepted'
            ? panel(t('cadastre.accepted-title'), t('cadastre.accepted-number', { number: k.number }))
            : html`<h1>${t('cadastre.accepted-number', { number: k.number })}</h1>`
        }
        ${summaryList(lang, [
          { key: t('cadastre.check-service'), value: serviceLabel(t, k) },
          { key: t('cadastre.state'), value: tag(t(`cadastre.state-${k.state}`), TONES[k.state]) },
          { key: t('cadastre.accepted-when'), value: k.dueOn ? displayDate(k.dueOn) : '' },
          // S7 (003 ¶B2) is filed and issued at a ЦОН, restored by ЗАГС; S9, S10 in the cabinet.
          ...(k.service === 'S7'
            ? [
                { key: t('cadastre.accepted-where'), value: t('restoration.cabinet.where') },
                { key: t('cadastre.accepted-office'), value: t('restoration.cabinet.office') },
              ]
            : [
                { key: t('cadastre.accepted-where'), value: t('cadastre.accepted-where-value') },
                { key: t('cadastre.accepted-office'), value: t('cadastre.accepted-office-value') },
              ]),
        ])}
        ${results} ${rest} ${k.results.length ? '' : pay}
        ${
          documents.length
            ? html`<h2>${t('cadastre.check-documents')}</h2>
                <ul>
                  ${documents.map(
                    (d) =>
                      html`<li>
                        <a href="/cadastre/documents/${d.id}">${documentTitle(lang, { id: d.kind, title: d.kind })}</a>
                      </li>`,
                  )}
                </ul>`
            : ''
        }
        <p><a href="/cadastre/cases">${t('cadastre.my-cases-title')}</a></p>`,
    });
  });
  // 004 cl.6: a signed result of the applicant's own issued case; anyone else's is not found (404).
  app.get('/cases/:id/results/:doc', async (c) => {
    const { document, content } = await myResult(ctx, c.get('principal').iin, c.req.param('id'), c.req.param('doc'));
    return c.body(Buffer.from(content), 200, {
      'content-type': document.mediaType,
      'content-disposition': `attachment; filename="${document.kind}.pdf"`,
    });
  });
  // The applicant's own e-copy, as uploaded (its type as detected, never as the browser said).
  app.use('/documents/*', requireLogin);
  app.get('/documents/:id', async (c) => {
    const { document, content } = await myDocument(ctx, c.get('principal').iin, c.req.param('id'));
    const extension = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' }[document.mediaType];
    return c.body(Buffer.from(content), 200, {
      'content-type': document.mediaType,
      'content-disposition': `attachment; filename="${document.kind}.${extension}"`,
    });
  });
  return app;
}

/** The service as the pages name it: S7 (issue 18), or the cadastral variant. */
function serviceLabel(t: ReturnType<typeof translator>, k: MyCase): string {
  return k.service === 'S7' ? t('restoration.cabinet.service') : t(`cadastre.variant-${variantKey(k)}`);
}

/** The variant as the pages name it (S9a–S9c, S10; the correction the system opened, 004 cl.7). */
function variantKey(k: MyCase): 'S9a' | 'S9b' | 'S9c' | 'S9-correction' | 'S10' {
  return k.variant === 'S9a' || k.variant === 'S9b' || k.variant === 'S9c' || k.variant === 'S9-correction'
    ? k.variant
    : 'S10';
}
