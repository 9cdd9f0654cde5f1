// S1's registers in the back office (issue 18 item 1; 002 R1 App1 st.3–13): the unit's incoming
// registers, the ҚАІІб's form to register the waiting cases of one urgency, and a register's page
// with its cases and the step the unit does for all of them (at АӨО РМК with each document's
// number). The service moves every case through the engine; its coded refusals are shown here.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { URGENCIES } from '../../../domain/public-services/definition.ts';
import { AppError, isAppError } from '../../../errors.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { Actor } from '../../../services/actor.ts';
import type { ServiceContext } from '../../../services/context.ts';
import {
  formRegister,
  heldRegisters,
  moveRegister,
  PRODUCTION_STEP,
  readRegister,
  type RegisterView,
} from '../../../services/identity-documents/registers.ts';
import {
  backLink,
  button,
  errorOf,
  errorSummary,
  type FieldError,
  form,
  notice,
  select,
  summaryList,
  table,
  textField,
} from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, render, translator } from '../shared/render.ts';
import { roleLabel, stepLabel, type Translate } from './format.ts';
import { staffOf } from './staff.ts';

const BASE = '/backoffice/registers';

function actorOf(c: Context<PageEnv>): Actor {
  const staff = staffOf(c);
  return { kind: 'operator', iin: staff.iin, role: staff.role, office: staff.office };
}

const urgencyLabel = (t: Translate, urgency: string) => t(`identity-document.urgency.${urgency}` as MessageKey);

export function registerPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();

  app.get('/', async (c) => listPage(c, ctx, []));

  app.post('/', async (c) => {
    const fields = await formFields(c);
    const urgency = fields['urgency'] ?? '';
    if (!(URGENCIES as readonly string[]).includes(urgency))
      return listPage(c, ctx, [{ field: 'urgency', key: 'identity-document.urgency.missing' }]);
    try {
      const register = await formRegister(ctx, actorOf(c), urgency as (typeof URGENCIES)[number]);
      return c.redirect(`${BASE}/${register.id}?done=1`, 303);
    } catch (error) {
      if (!isAppError(error) || (!error.code.startsWith('identity-document.') && !error.code.startsWith('case.')))
        throw error;
      return listPage(c, ctx, [{ field: 'urgency', key: error.code, params: error.params }], 409);
    }
  });

  app.get('/:id', async (c) => registerPage(c, ctx, await readRegister(ctx, c.req.param('id')), []));

  app.post('/:id', async (c) => {
    const fields = await formFields(c);
    const version = Number(fields['version']);
    const step = fields['step'];
    if (!step || !Number.isSafeInteger(version)) throw new AppError('backoffice.bad-form');
    const id = c.req.param('id');
    const documentNumbers = Object.fromEntries(
      Object.entries(fields)
        .filter(([k]) => k.startsWith('number-'))
        .map(([k, v]) => [k.slice('number-'.length), v]),
    );
    try {
      await moveRegister(ctx, actorOf(c), { registerId: id, step, documentNumbers, expectedVersion: version });
    } catch (error) {
      if (!isAppError(error) || !(error.code.startsWith('case.') || error.code.startsWith('identity-document.')))
        throw error;
      const path = error.path?.split('/').pop();
      const field = error.code === 'case.output-invalid' && path ? `number-${path}` : 'actions';
      const key = (
        error.code === 'case.output-invalid' ? 'identity-document.number-invalid' : error.code
      ) as MessageKey;
      return registerPage(c, ctx, await readRegister(ctx, id), [{ field, key, params: error.params }], fields, 409);
    }
    return c.redirect(`${BASE}/${id}?done=1`, 303);
  });
  return app;
}

async function listPage(c: Context<PageEnv>, ctx: ServiceContext, errors: FieldError[], status: 200 | 409 = 200) {
  const t = translator(c);
  const lang = c.get('lang');
  const staff = staffOf(c);
  const registers = await heldRegisters(ctx, actorOf(c));
  const rows = registers.map((r) => [
    html`<a href="${BASE}/${r.id}">${r.number}</a>`,
    urgencyLabel(t, r.urgency),
    stepLabel(t, r.step),
    String(r.cases.filter((x) => x.removed === null).length),
  ]);
  const headings = ['number', 'urgency', 'step', 'count'].map((f) =>
    t(`identity-document.register.${f}` as MessageKey),
  );
  const formPart =
    staff.role === 'qaiib'
      ? html`<h2>${t('identity-document.register.form-title')}</h2>
          ${form(BASE, [
            select(lang, {
              name: 'urgency',
              label: t('identity-document.register.urgency'),
              options: URGENCIES.map((u) => ({ value: u, label: urgencyLabel(t, u) })),
              error: errorOf(errors, 'urgency'),
            }),
            button(t('identity-document.register.form-button')),
          ])}`
      : '';
  return render(c, {
    title: t('identity-document.registers.title'),
    status: errors.length > 0 ? (status === 200 ? 400 : status) : 200,
    hasErrors: errors.length > 0,
    body: html`${backLink(lang, '/backoffice')} ${errorSummary(lang, errors)}
      <h1>${t('identity-document.registers.title')}</h1>
      <p>${t('backoffice.who', { role: roleLabel(t, staff.role), office: staff.office })}</p>
      ${
        rows.length === 0
          ? html`<p>${t('identity-document.registers.empty')}</p>`
          : table(headings, rows, t('identity-document.registers.title'))
      }
      ${formPart}`,
  });
}

async function registerPage(
  c: Context<PageEnv>,
  ctx: ServiceContext,
  register: RegisterView,
  errors: FieldError[],
  posted: Readonly<Record<string, string>> = {},
  status: 200 | 409 = 200,
) {
  const t = translator(c);
  const lang = c.get('lang');
  const staff = staffOf(c);
  const holds = register.holderRole === staff.role && register.holderOffice === staff.office && register.step !== null;
  const active = register.cases.filter((x) => x.removed === null);
  const facts = [
    { key: t('identity-document.register.urgency'), value: urgencyLabel(t, register.urgency) },
    { key: t('identity-document.register.step'), value: stepLabel(t, register.step) },
    {
      key: t('identity-document.register.holder'),
      value: register.holderRole ? `${roleLabel(t, register.holderRole)}, ${register.holderOffice ?? ''}` : '—',
    },
  ];
  const rows = register.cases.map((x) => [
    x.number,
    x.removed === null ? t('identity-document.register.in') : t('identity-document.register.stopped'),
  ]);
  const production = register.step === PRODUCTION_STEP;
  const action = holds
    ? form(`${BASE}/${register.id}`, [
        html`<input type="hidden" name="step" value="${register.step ?? ''}" />`,
        html`<input type="hidden" name="version" value="${register.version}" />`,
        ...(production
          ? active.map((x) =>
              textField(lang, {
                name: `number-${x.id}`,
                label: t('identity-document.register.document-number', { number: x.number }),
                value: posted[`number-${x.id}`],
                error: errorOf(errors, `number-${x.id}`),
                width: 'short',
                maxlength: 12,
              }),
            )
          : []),
        button(t('identity-document.register.complete', { step: stepLabel(t, register.step) })),
      ])
    : '';
  const done = c.req.query('done') === '1' && errors.length === 0;
  return render(c, {
    title: t('identity-document.register.title', { number: register.number }),
    status: errors.length > 0 ? (status === 200 ? 400 : status) : 200,
    hasErrors: errors.length > 0,
    body: html`${backLink(lang, BASE)} ${errorSummary(lang, errors)}
      ${done ? notice('ok', t('identity-document.register.done')) : ''}
      <h1>${t('identity-document.register.title', { number: register.number })}</h1>
      ${summaryList(lang, facts)}
      ${table([t('identity-document.register.case'), t('identity-document.register.status')], rows)} ${action}`,
  });
}
