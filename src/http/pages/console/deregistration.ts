// S4 deregistration at the ЦОН (issue 18 item 3; 002 R4 cl.4, App1): the employee records the
// person, the dwelling, the ground of cl.4 (gone abroad for permanent residence, imprisonment, a
// court decision on the owner's claim) and what proves it; the ҚАІІб deregisters and issues the
// departure sheet (/backoffice/deregistrations); the sheets issued here are listed as signed PDFs.
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { DEPARTURE_GROUNDS, isDepartureGround } from '../../../domain/identity-documents/departure.ts';
import { isAppError } from '../../../errors.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { ServiceContext } from '../../../services/context.ts';
import {
  acceptDeregistration,
  counterDeregistrations,
  departureSheetPdf,
} from '../../../services/identity-documents/departure.ts';
import {
  backLink,
  button,
  errorOf,
  errorSummary,
  type FieldError,
  form,
  notice,
  radios,
  table,
  textField,
} from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, render, translator } from '../shared/render.ts';
import { requireOperator } from '../shared/session.ts';
import { operatorActor, TEMPORARY_ID_ROLES } from './actor.ts';

const BASE = '/console/deregistration';

export function consoleDeregistration(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('*', requireOperator(TEMPORARY_ID_ROLES));

  app.get('/', (c) => page(c, ctx, []));

  app.post('/', async (c) => {
    const f = await formFields(c);
    const errors: FieldError[] = [];
    if (!/^\d{12}$/.test(f['person'] ?? ''))
      errors.push({ field: 'person', key: 'identity-document.field.iin-invalid' });
    if (!/^\d{16}$/.test(f['rka'] ?? '')) errors.push({ field: 'rka', key: 'departure.rka-invalid' });
    if (!isDepartureGround(f['ground'])) errors.push({ field: 'ground', key: 'departure.ground-missing' });
    if (!(f['reference'] ?? '').trim()) errors.push({ field: 'reference', key: 'departure.reference-missing' });
    if (errors.length > 0 || !isDepartureGround(f['ground'])) return page(c, ctx, errors, f);
    try {
      await acceptDeregistration(ctx, operatorActor(c), {
        caseId: /^[0-9a-f-]{36}$/.test(f['caseId'] ?? '') ? f['caseId']! : randomUUID(),
        person: f['person']!,
        rka: f['rka']!,
        ground: f['ground'],
        reference: f['reference'] ?? '',
        filedAt: ctx.clock.now().toISOString(),
      });
    } catch (error) {
      if (!isAppError(error) || !(error.code.startsWith('departure.') || error.code === 'invalid-iin-input'))
        throw error;
      return page(c, ctx, [{ field: error.path?.slice(1) ?? 'person', key: error.code }], f);
    }
    return c.redirect(`${BASE}?done=1`, 303);
  });

  app.get('/:id/sheet.pdf', async (c) => {
    const pdf = await departureSheetPdf(ctx, operatorActor(c), c.req.param('id'));
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-disposition': 'inline; filename="departure-sheet.pdf"',
    });
  });
  return app;
}

async function page(
  c: Context<PageEnv>,
  ctx: ServiceContext,
  errors: FieldError[],
  posted: Readonly<Record<string, string>> = {},
) {
  const t = translator(c);
  const lang = c.get('lang');
  const issued = await counterDeregistrations(ctx, operatorActor(c), 'issued');
  return render(c, {
    title: t('departure.title'),
    status: errors.length > 0 ? 400 : 200,
    hasErrors: errors.length > 0,
    body: html`${backLink(lang, '/console')} ${errorSummary(lang, errors)}
      ${c.req.query('done') === '1' ? notice('ok', t('departure.accepted')) : ''}
      <h1>${t('departure.title')}</h1>
      ${form(BASE, [
        html`<input type="hidden" name="caseId" value="${randomUUID()}" />`,
        textField(lang, {
          name: 'person',
          label: t('departure.person'),
          value: posted['person'],
          error: errorOf(errors, 'person'),
          inputmode: 'numeric',
          maxlength: 12,
        }),
        textField(lang, {
          name: 'rka',
          label: t('departure.rka'),
          value: posted['rka'],
          error: errorOf(errors, 'rka'),
          inputmode: 'numeric',
          maxlength: 16,
        }),
        radios(lang, {
          name: 'ground',
          legend: t('departure.ground'),
          options: DEPARTURE_GROUNDS.map((g) => ({ value: g, label: t(`departure.ground.${g}` as MessageKey) })),
          value: posted['ground'],
          error: errorOf(errors, 'ground'),
        }),
        textField(lang, {
          name: 'reference',
          label: t('departure.reference'),
          hint: t('departure.reference-hint'),
          value: posted['reference'],
          error: errorOf(errors, 'reference'),
          width: 'long',
          maxlength: 200,
        }),
        button(t('departure.accept')),
      ])}
      <h2>${t('departure.issued')}</h2>
      ${
        issued.length === 0
          ? html`<p>${t('departure.none')}</p>`
          : table(
              [t('identity-document.register.case'), t('departure.ground'), ''],
              issued.map((d) => [
                d.number,
                t(`departure.ground.${d.ground}` as MessageKey),
                html`<a href="${BASE}/${d.id}/sheet.pdf">${t('departure.sheet')}</a>`,
              ]),
              t('departure.issued'),
            )
      }`,
  });
}
