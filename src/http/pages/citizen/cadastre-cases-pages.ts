// The applicant's cadastral requests (issue 17 item 6): "My requests" with each one's state in
// plain words and its due date (DD.MM.YYYY), and one request's page — after filing, the
// "accepted" page (004 cl.4: the status "accepted" with the place and date of the result) with
// the first-stage payment link of the payment gateway while it is unpaid.
import { Hono } from 'hono';
import { html } from 'hono/html';
import { displayDate } from '../../../i18n/display-dates.ts';
import type { CaseState } from '../../../domain/cases/case.ts';
import { type MyCase, myCase, myCases, myDocument, uploadsOf } from '../../../services/case-documents/portal.ts';
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
    const cases = await myCases(ctx, c.get('principal').iin);
    return render(c, {
      title: t('cadastre.my-cases-title'),
      body: html`<h1>${t('cadastre.my-cases-title')}</h1>
        ${
          cases.length
            ? table(
                [t('cadastre.col-number'), t('cadastre.col-service'), t('cadastre.col-state'), t('cadastre.col-due')],
                cases.map((k) => [
                  html`<a href="/cadastre/cases/${k.id}">${k.number}</a>`,
                  t(`cadastre.variant-${variantKey(k)}`),
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
    const k = await myCase(ctx, c.get('principal').iin, c.req.param('id'));
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
    return render(c, {
      title: t('cadastre.accepted-title'),
      body: html`${
          k.state === 'accepted'
            ? panel(t('cadastre.accepted-title'), t('cadastre.accepted-number', { number: k.number }))
            : html`<h1>${t('cadastre.accepted-number', { number: k.number })}</h1>`
        }
        ${summaryList(lang, [
          { key: t('cadastre.check-service'), value: t(`cadastre.variant-${variantKey(k)}`) },
          { key: t('cadastre.state'), value: tag(t(`cadastre.state-${k.state}`), TONES[k.state]) },
          { key: t('cadastre.accepted-when'), value: k.dueOn ? displayDate(k.dueOn) : '' },
          { key: t('cadastre.accepted-where'), value: t('cadastre.accepted-where-value') },
          { key: t('cadastre.accepted-office'), value: t('cadastre.accepted-office-value') },
        ])}
        ${pay}
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

/** The variant as the pages name it (S9a–S9c, S10; the correction the system opened, 004 cl.7). */
function variantKey(k: MyCase): 'S9a' | 'S9b' | 'S9c' | 'S9-correction' | 'S10' {
  return k.variant === 'S9a' || k.variant === 'S9b' || k.variant === 'S9c' || k.variant === 'S9-correction'
    ? k.variant
    : 'S10';
}
