// S4 at the ҚАІІб (issue 18 item 3; 002 R4 App1): the counter deregistrations the ЦОН accepted,
// each entered into the register with the departure sheet issued (signed with the service seal)
// at one press; the sheet opens as a PDF.
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { ServiceContext } from '../../../services/context.ts';
import {
  counterDeregistrations,
  departureSheetPdf,
  deregisterAndIssue,
} from '../../../services/identity-documents/departure.ts';
import { backLink, button, form, notice, table } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';
import { staffOf } from './staff.ts';

const BASE = '/backoffice/deregistrations';

export function deregistrationPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  const actorOf = (c: Parameters<typeof staffOf>[0]) => {
    const s = staffOf(c);
    return { kind: 'operator', iin: s.iin, role: s.role, office: s.office } as const;
  };

  app.get('/', async (c) => {
    const t = translator(c);
    const waiting = await counterDeregistrations(ctx, actorOf(c), 'waiting');
    const done = c.req.query('done');
    return render(c, {
      title: t('departure.backoffice-title'),
      body: html`${backLink(c.get('lang'), '/backoffice')}
        ${done ? notice('ok', t('departure.issued-now'), html`<a href="${BASE}/${done}/sheet.pdf">${t('departure.sheet')}</a>`) : ''}
        <h1>${t('departure.backoffice-title')}</h1>
        ${
          waiting.length === 0
            ? html`<p>${t('departure.none')}</p>`
            : table(
                [t('identity-document.register.case'), t('departure.ground'), ''],
                waiting.map((w) => [
                  w.number,
                  t(`departure.ground.${w.ground}` as MessageKey),
                  form(`${BASE}/${w.id}`, [button(t('departure.deregister'))]),
                ]),
                t('departure.backoffice-title'),
              )
        }`,
    });
  });

  app.post('/:id', async (c) => {
    const id = c.req.param('id');
    await deregisterAndIssue(ctx, actorOf(c), id);
    return c.redirect(`${BASE}?done=${id}`, 303);
  });

  app.get('/:id/sheet.pdf', async (c) => {
    const pdf = await departureSheetPdf(ctx, actorOf(c), c.req.param('id'));
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-disposition': 'inline; filename="departure-sheet.pdf"',
    });
  });
  return app;
}
