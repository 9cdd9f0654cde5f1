// "Who looked at my data" (issue 13), linked from the cabinet: every reading of my data by ЦОН
// staff and every state database asked about me for an application, newest first, twenty to a
// page. Who is named by role and office (access-view.ts explains why), never by IIN or name.
import { Hono } from 'hono';
import { html } from 'hono/html';
import { displayAstanaDateTime } from '../../../i18n/display-dates.ts';
import { myAccessLog } from '../../../services/privacy/access-log.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { accessDatabase, accessWho, accessWhy } from '../../api/access-view.ts';
import { backLink, table } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';

const PAGE_SIZE = 20;

export function cabinetAccessPage(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();

  app.get('/access', requireLogin, async (c) => {
    const t = translator(c);
    const lang = c.get('lang');
    const requested = Number.parseInt(c.req.query('page') ?? '1', 10);
    const page = Number.isSafeInteger(requested) && requested > 0 ? requested : 1;
    const found = await myAccessLog(ctx, c.get('principal').iin, { page, size: PAGE_SIZE });
    const application = (e: (typeof found.items)[number]) => {
      const parts = [
        e.applicationId && e.applicationNumber
          ? html`<a href="/applications/${e.applicationId}">${e.applicationNumber}</a>`
          : '',
        e.certificateNumber ? t('access.certificate', { number: e.certificateNumber }) : '',
      ].filter((p) => p !== '');
      return parts.length === 0 ? t('access.none') : html`${parts.map((p, i) => html`${i > 0 ? ', ' : ''}${p}`)}`;
    };
    const pager = [
      page > 1 ? html`<a href="/cabinet/access?page=${page - 1}" rel="prev">${t('access.newer')}</a>` : '',
      found.more ? html`<a href="/cabinet/access?page=${page + 1}" rel="next">${t('access.older')}</a>` : '',
    ].filter((p) => p !== '');
    return render(c, {
      title: t('access.title'),
      body: html`${backLink(lang, '/cabinet')}
        <h1>${t('access.title')}</h1>
        <p>${t('access.lead')}</p>
        ${
          found.items.length === 0
            ? html`<p>${page > 1 ? t('access.page', { page }) : t('access.empty')}</p>`
            : table(
                [
                  t('access.col.when'),
                  t('access.col.who'),
                  t('access.col.why'),
                  t('access.col.database'),
                  t('access.col.application'),
                ],
                found.items.map((e) => [
                  displayAstanaDateTime(e.at),
                  accessWho(e)[lang],
                  accessWhy(e)[lang],
                  accessDatabase(e)[lang],
                  application(e),
                ]),
                t('access.title'),
              )
        }
        ${pager.length > 0 ? html`<nav class="pager" aria-label="${t('access.page', { page })}">${pager.map((p) => html`<p>${p}</p>`)}</nav>` : ''}`,
    });
  });
  return app;
}
