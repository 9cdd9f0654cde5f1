// The person's licence requests (issue 19): the list with each one's stage and due date, one
// request's page — after filing, "accepted" with the due date and where the result will be
// (003 ¶B3: the permit is electronic, in the cabinet; a ЦОН filing's result is collected there) —
// and, once issued, the signed result (services/licences/result.ts).
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { CaseState } from '../../../domain/cases/case.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { myLicenceCase, myLicenceCases } from '../../../services/licences/portal.ts';
import { licenceResult } from '../../../services/licences/result.ts';
import { panel, summaryList, table, tag } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';

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

export function licenceCasesPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('/cases', requireLogin);
  app.use('/cases/*', requireLogin);

  app.get('/cases', async (c) => {
    const t = translator(c);
    const cases = await myLicenceCases(ctx, c.get('principal').iin);
    return render(c, {
      title: t('licence.my-title'),
      body: html`<h1>${t('licence.my-title')}</h1>
        ${
          cases.length
            ? table(
                [t('licence.col-number'), t('licence.col-service'), t('licence.col-state'), t('licence.col-due')],
                cases.map((k) => [
                  html`<a href="/licences/cases/${k.id}">${k.number}</a>`,
                  t(`licence.service-${k.service}`),
                  tag(t(`cadastre.state-${k.state}`), TONES[k.state]),
                  k.dueOn ? displayDate(k.dueOn) : '',
                ]),
                t('licence.my-title'),
              )
            : html`<p>${t('licence.my-none')}</p>`
        }
        <p><a class="button" href="/licences/new">${t('licence.start-link')}</a></p>`,
    });
  });

  app.get('/cases/:id', async (c) => {
    const t = translator(c);
    const k = await myLicenceCase(ctx, c.get('principal').iin, c.req.param('id'));
    return render(c, {
      title: t('licence.accepted-title'),
      body: html`${
          k.state === 'accepted'
            ? panel(t('licence.accepted-title'), t('licence.accepted-number', { number: k.number }))
            : html`<h1>${t('licence.accepted-number', { number: k.number })}</h1>`
        }
        ${summaryList(c.get('lang'), [
          { key: t('licence.check-service'), value: t(`licence.service-${k.service}`) },
          { key: t('licence.check-organisation'), value: k.bin ?? '' },
          { key: t('licence.state'), value: tag(t(`cadastre.state-${k.state}`), TONES[k.state]) },
          { key: t('licence.due'), value: k.dueOn ? displayDate(k.dueOn) : '' },
          {
            key: t('licence.result-where'),
            // 003 ¶B3: the permit is electronic; ¶B1: the guarantee obligation is paper (docs/licences.md).
            value: t(
              k.conOffice
                ? 'licence.result-con'
                : k.service === 'S6'
                  ? 'licence.result-office'
                  : 'licence.result-cabinet',
            ),
          },
        ])}
        ${
          k.state === 'issued'
            ? html`<p><a class="button" href="/licences/cases/${k.id}/result">${t('licence.result-download')}</a></p>`
            : ''
        }
        <p><a href="/licences/cases">${t('licence.my-title')}</a></p>`,
    });
  });

  // The signed result as a PDF (made once, on the first download after the issue).
  app.get('/cases/:id/result', async (c) => {
    const { document, content } = await licenceResult(
      ctx,
      { kind: 'citizen', iin: c.get('principal').iin },
      c.req.param('id'),
    );
    return c.body(Buffer.from(content), 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${document.kind}.pdf"`,
    });
  });
  return app;
}
