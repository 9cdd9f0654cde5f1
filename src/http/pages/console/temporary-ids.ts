// S2 temporary identity cards at the ЦОН (issue 18 item 2; 002 R2 App1, cl.6: the ЦОН only): the
// employee accepts a request by the applicant's IIN after checking the documents, and issues the
// temporary ID once the ҚАІІб has drawn it up (cl.10).
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { isAppError } from '../../../errors.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { acceptS2, issueS2, waitingS2 } from '../../../services/identity-documents/temporary-id.ts';
import {
  backLink,
  button,
  errorOf,
  errorSummary,
  type FieldError,
  form,
  notice,
  table,
  textField,
} from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, render, translator } from '../shared/render.ts';
import { requireOperator } from '../shared/session.ts';
import { operatorActor, TEMPORARY_ID_ROLES } from './actor.ts';

const BASE = '/console/temporary-ids';

export function consoleTemporaryIds(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('*', requireOperator(TEMPORARY_ID_ROLES));

  app.get('/', (c) => page(c, ctx, []));

  app.post('/', async (c) => {
    const fields = await formFields(c);
    const applicant = (fields['applicant'] ?? '').trim();
    if (!/^\d{12}$/.test(applicant))
      return page(c, ctx, [{ field: 'applicant', key: 'identity-document.field.iin-invalid' }], fields);
    try {
      await acceptS2(ctx, operatorActor(c), {
        caseId: /^[0-9a-f-]{36}$/.test(fields['caseId'] ?? '') ? fields['caseId']! : randomUUID(),
        applicant,
        filedAt: ctx.clock.now().toISOString(),
      });
    } catch (error) {
      if (!isAppError(error) || !error.code.startsWith('identity-document.')) throw error;
      return page(c, ctx, [{ field: 'applicant', key: error.code }], fields);
    }
    return c.redirect(`${BASE}?done=accepted`, 303);
  });

  app.post('/:id/issue', async (c) => {
    await issueS2(ctx, operatorActor(c), c.req.param('id'));
    return c.redirect(`${BASE}?done=issued`, 303);
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
  const waiting = await waitingS2(ctx, operatorActor(c), 'issue');
  const done = c.req.query('done');
  const rows = waiting.map((w) => [
    w.number,
    form(`${BASE}/${w.id}/issue`, [button(t('temporary-id.issue'), { kind: 'secondary' })]),
  ]);
  return render(c, {
    title: t('temporary-id.title'),
    status: errors.length > 0 ? 400 : 200,
    hasErrors: errors.length > 0,
    body: html`${backLink(lang, '/console')} ${errorSummary(lang, errors)}
      ${done === 'accepted' || done === 'issued' ? notice('ok', t(`temporary-id.done-${done}`)) : ''}
      <h1>${t('temporary-id.title')}</h1>
      <h2>${t('temporary-id.accept-title')}</h2>
      <p class="hint">${t('temporary-id.accept-hint')}</p>
      ${form(BASE, [
        html`<input type="hidden" name="caseId" value="${randomUUID()}" />`,
        textField(lang, {
          name: 'applicant',
          label: t('identity-document.field.applicant'),
          value: posted['applicant'],
          error: errorOf(errors, 'applicant'),
          inputmode: 'numeric',
          maxlength: 12,
        }),
        button(t('temporary-id.accept')),
      ])}
      <h2>${t('temporary-id.issue-title')}</h2>
      ${
        rows.length === 0
          ? html`<p>${t('temporary-id.none')}</p>`
          : table([t('identity-document.register.case'), ''], rows, t('temporary-id.issue-title'))
      }`,
  });
}
