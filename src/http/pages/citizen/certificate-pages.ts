// Address certificates in the cabinet (issue 22): the start page with the certificates I
// obtained, the confirmation of one with its download and the way others check it (QR code and
// the public check, C8), and the PDF itself. Ordering one is certificate-order-pages.ts.
import { Hono } from 'hono';
import { html } from 'hono/html';
import QRCode from 'qrcode';
import { displayAstanaDateTime } from '../../../i18n/display-dates.ts';
import type { Language } from '../../../i18n/messages.ts';
import { renderCertificatePdf } from '../../../services/certificates/certificate-pdf.ts';
import { certificatesOf, readCertificate } from '../../../services/certificates/queries.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { backLink, panel, summaryList, table } from '../shared/components.ts';
import { certificateOrderPages } from './certificate-order-pages.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';

export const kindKey = (kind: 'current' | 'history') =>
  kind === 'current' ? ('certificates.kind-current' as const) : ('certificates.kind-history' as const);

/** The public check of a certificate on this site, in the reader's language. */
const checkPath = (lang: Language, verifyUrl: string) => {
  const url = new URL(verifyUrl);
  url.searchParams.set('lang', lang);
  return `${url.pathname}${url.search}`;
};

export function certificatePages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('*', requireLogin);
  const citizen = (iin: string) => ({ kind: 'citizen' as const, iin });

  app.get('/', async (c) => {
    const t = translator(c);
    const lang = c.get('lang');
    const mine = await certificatesOf(ctx, c.get('principal').iin);
    return render(c, {
      title: t('certificates.title'),
      body: html`${backLink(lang, '/cabinet')}
        <h1>${t('certificates.title')}</h1>
        <p>${t('certificates.lead')}</p>
        <p><a class="button" href="/certificates/new">${t('certificates.start')}</a></p>
        <h2 id="issued">${t('certificates.issued')}</h2>
        ${
          mine.length === 0
            ? html`<p>${t('certificates.none')}</p>`
            : table(
                [
                  t('certificates.col-number'),
                  t('certificates.col-kind'),
                  t('certificates.col-about'),
                  t('certificates.col-issued'),
                  t('certificates.col-file'),
                ],
                mine.map((m) => [
                  html`<a href="/certificates/${m.number}">${m.number}</a>`,
                  t(kindKey(m.kind)),
                  m.subjectName,
                  displayAstanaDateTime(new Date(m.issuedAt)),
                  html`<a href="/certificates/${m.number}/pdf" download
                    >${t('certificates.download-short')}<span class="visually-hidden"> ${m.number}</span></a
                  >`,
                ]),
                t('certificates.issued'),
              )
        }`,
    });
  });

  app.route('/', certificateOrderPages(ctx));

  app.get('/:number', async (c) => {
    const t = translator(c);
    const lang = c.get('lang');
    const stored = await readCertificate(ctx, citizen(c.get('principal').iin), c.req.param('number'));
    const { content } = stored;
    const qr = await QRCode.toDataURL(stored.verifyUrl, { errorCorrectionLevel: 'M', margin: 2, width: 200 });
    return render(c, {
      title: t('certificates.ready-title'),
      body: html`${panel(t('certificates.ready-title'), html`${t('certificates.ready-number')}<br /><strong>${stored.number}</strong>`)}
        ${summaryList(lang, [
          { key: t('certificates.check-kind'), value: t(kindKey(content.kind)) },
          { key: t('certificates.check-about'), value: content.subject.name },
          { key: t('certificates.ready-issued'), value: displayAstanaDateTime(new Date(content.issuedAt)) },
        ])}
        <p>
          <a class="button" href="/certificates/${stored.number}/pdf" download>${t('certificates.ready-download')}</a>
        </p>
        <h2>${t('certificates.ready-check-title')}</h2>
        <p>${t('certificates.ready-check-body')}</p>
        <p>
          <img src="${qr}" width="200" height="200" alt="${t('certificates.ready-qr', { number: stored.number })}" />
        </p>
        <p><a href="${checkPath(lang, stored.verifyUrl)}">${t('certificates.ready-check-link')}</a></p>
        <p><a href="/certificates">${t('certificates.ready-all')}</a></p>
        <p><a href="/certificates/new">${t('certificates.ready-another')}</a></p>`,
    });
  });

  app.get('/:number/pdf', async (c) => {
    const stored = await readCertificate(ctx, citizen(c.get('principal').iin), c.req.param('number'));
    const pdf = await renderCertificatePdf(stored);
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${stored.number}.pdf"`,
      'cache-control': 'private, no-store',
    });
  });
  return app;
}
