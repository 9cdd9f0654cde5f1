// S1 passports and identity cards at the ЦОН (issue 18 item 1; 002 R1 App1 st.1–2, 14; 003 ¶B5:
// any ЦОН accepts): the intake — the person's IIN, the document, the reason and urgency and the
// photo taken at the counter (one multipart form), then the e-formular signed in the browser with
// the employee's EDS file, answered by the registration coupon; the documents that came back for
// hand-over, each handed against a receipt the employee signs; and for supervisors the overdue
// steps of the region's cases by unit and the wanted-persons alerts (overdue.ts).
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { S1_DOCUMENT_KINDS, S1_EXTRA_CHECKS, S1_REASONS } from '../../../domain/identity-documents/s1.ts';
import { URGENCIES } from '../../../domain/public-services/definition.ts';
import { isAppError } from '../../../errors.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { awaitingHandOver, handOverS1, s1Receipt } from '../../../services/identity-documents/handover.ts';
import { signS1, stagedFormular, stageS1 } from '../../../services/identity-documents/intake.ts';
import { canonicalJson } from '../../../services/signatures/canonical-json.ts';
import {
  backLink,
  button,
  errorOf,
  errorSummary,
  type FieldError,
  notice,
  radios,
  select,
  summaryList,
  table,
  textField,
} from '../shared/components.ts';
import { dateOf } from '../backoffice/format.ts';
import { edsForm } from '../shared/eds.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, render, translator } from '../shared/render.ts';
import { requireOperator } from '../shared/session.ts';
import { operatorActor, PASSPORT_ROLES } from './actor.ts';
import { supervisorSection } from './passports-overdue.ts';

const BASE = '/console/passports';
const IIN = /^\d{12}$/;

/** 003 ¶B5: the employee's coded answer — no extra check, or which one. */
const EXTRA_CHECK_CHOICES = ['none', ...S1_EXTRA_CHECKS] as const;

export function consolePassports(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('*', requireOperator(PASSPORT_ROLES));

  app.get('/', async (c) => {
    const t = translator(c);
    const actor = operatorActor(c);
    if (actor.role === 'supervisor') return supervisorSection(c, ctx, actor);
    const waiting = await awaitingHandOver(ctx, actor);
    const rows = waiting.map((w) => [
      w.number,
      t(`identity-document.kind.${w.documentKind}` as MessageKey),
      html`<a href="${BASE}/${w.id}/hand-over">${t('identity-document.hand-over.link')}</a>`,
    ]);
    return render(c, {
      title: t('identity-document.console.title'),
      body: html`${backLink(c.get('lang'), '/console')}
        <h1>${t('identity-document.console.title')}</h1>
        <p><a class="button primary" href="${BASE}/new">${t('identity-document.intake.start')}</a></p>
        <h2>${t('identity-document.hand-over.title')}</h2>
        ${
          rows.length === 0
            ? html`<p>${t('identity-document.hand-over.none')}</p>`
            : table(
                [t('identity-document.register.case'), t('identity-document.field.kind'), ''],
                rows,
                t('identity-document.hand-over.title'),
              )
        }`,
    });
  });

  app.get('/new', (c) => intakePage(c, randomUUID(), {}, []));

  app.post('/new', async (c) => {
    const body = await c.req.parseBody();
    const text = (name: string) => {
      const value = body[name];
      return typeof value === 'string' ? value.trim() : '';
    };
    const posted = Object.fromEntries(
      ['caseId', 'applicant', 'documentKind', 'reason', 'urgency', 'extraCheck'].map((n) => [n, text(n)]),
    );
    const caseId = /^[0-9a-f-]{36}$/.test(posted['caseId'] ?? '') ? posted['caseId']! : randomUUID();
    const errors: FieldError[] = [];
    if (!IIN.test(posted['applicant'] ?? ''))
      errors.push({ field: 'applicant', key: 'identity-document.field.iin-invalid' });
    for (const [name, values] of [
      ['documentKind', S1_DOCUMENT_KINDS],
      ['reason', S1_REASONS],
      ['urgency', URGENCIES],
      ['extraCheck', EXTRA_CHECK_CHOICES],
    ] as const)
      if (!(values as readonly string[]).includes(posted[name] ?? ''))
        errors.push({ field: name, key: `identity-document.field.${name}-missing` as MessageKey });
    const file = body['photo'];
    const photo = typeof file === 'string' || file === undefined ? null : new Uint8Array(await file.arrayBuffer());
    if (!photo || photo.length === 0) errors.push({ field: 'photo', key: 'identity-document.photo-invalid' });
    if (errors.length > 0 || !photo) return intakePage(c, caseId, posted, errors);
    try {
      await stageS1(ctx, operatorActor(c), {
        caseId,
        applicant: posted['applicant']!,
        documentKind: posted['documentKind'] as (typeof S1_DOCUMENT_KINDS)[number],
        reason: posted['reason'] as (typeof S1_REASONS)[number],
        urgency: posted['urgency'] as (typeof URGENCIES)[number],
        extraCheck: posted['extraCheck'] === 'none' ? null : (posted['extraCheck'] as (typeof S1_EXTRA_CHECKS)[number]),
        filedAt: ctx.clock.now().toISOString(),
        photo,
      });
    } catch (error) {
      if (!isAppError(error) || !error.code.startsWith('identity-document.')) throw error;
      const field = error.path?.slice(1) ?? 'applicant';
      return intakePage(c, caseId, posted, [{ field, key: error.code, params: error.params }]);
    }
    return c.redirect(`${BASE}/new/${caseId}/sign`, 303);
  });

  app.get('/new/:id/sign', async (c) => signPage(c, ctx, c.req.param('id')));

  app.post('/new/:id/sign', async (c) => {
    const t = translator(c);
    const id = c.req.param('id');
    const fields = await formFields(c);
    let intake: Awaited<ReturnType<typeof signS1>>;
    try {
      intake = await signS1(ctx, operatorActor(c), { caseId: id, formularCms: fields['cms'] ?? '' });
    } catch (error) {
      if (!isAppError(error) || error.code === 'case.not-found') throw error;
      return signPage(c, ctx, id, { field: 'p12', key: error.code, params: error.params });
    }
    return render(c, {
      title: t('identity-document.coupon.title'),
      body: html`${notice('ok', t('identity-document.coupon.title'))}
        <h1 class="coupon">${t('identity-document.coupon.number', { number: intake.coupon })}</h1>
        <p class="issue-place">
          ${t('identity-document.coupon.issue', {
            office: intake.formular.issueOffice,
            date: dateOf(intake.readyOn),
          })}
        </p>
        <p>${t('identity-document.coupon.hint')}</p>
        <p><a href="${BASE}">${t('identity-document.console.title')}</a></p>`,
    });
  });

  app.get('/:id/hand-over', async (c) => handOverPage(c, ctx, c.req.param('id')));

  app.post('/:id/hand-over', async (c) => {
    const t = translator(c);
    const id = c.req.param('id');
    const fields = await formFields(c);
    try {
      await handOverS1(ctx, operatorActor(c), { caseId: id, receiptCms: fields['cms'] ?? '' });
    } catch (error) {
      if (!isAppError(error) || error.code === 'case.not-found') throw error;
      return handOverPage(c, ctx, id, { field: 'p12', key: error.code, params: error.params });
    }
    return render(c, {
      title: t('identity-document.hand-over.done'),
      body: html`${notice('ok', t('identity-document.hand-over.done'))}
        <p><a href="${BASE}">${t('identity-document.console.title')}</a></p>`,
    });
  });
  return app;
}

function intakePage(
  c: Context<PageEnv>,
  caseId: string,
  posted: Readonly<Record<string, string>>,
  errors: FieldError[],
) {
  const t = translator(c);
  const lang = c.get('lang');
  const options = (prefix: string, values: readonly string[]) =>
    values.map((v) => ({ value: v, label: t(`identity-document.${prefix}.${v}` as MessageKey) }));
  return render(c, {
    title: t('identity-document.intake.title'),
    status: errors.length > 0 ? 400 : 200,
    hasErrors: errors.length > 0,
    body: html`${backLink(lang, BASE)} ${errorSummary(lang, errors)}
      <h1>${t('identity-document.intake.title')}</h1>
      <p class="hint">${t('identity-document.intake.hint')}</p>
      <form method="post" action="${BASE}/new" enctype="multipart/form-data" novalidate>
        <input type="hidden" name="caseId" value="${caseId}" />
        ${textField(lang, {
          name: 'applicant',
          label: t('identity-document.field.applicant'),
          value: posted['applicant'],
          error: errorOf(errors, 'applicant'),
          inputmode: 'numeric',
          width: 'medium',
          maxlength: 12,
        })}
        ${radios(lang, {
          name: 'documentKind',
          legend: t('identity-document.field.kind'),
          options: options('kind', S1_DOCUMENT_KINDS),
          value: posted['documentKind'],
          error: errorOf(errors, 'documentKind'),
        })}
        ${select(lang, {
          name: 'reason',
          label: t('identity-document.field.reason'),
          options: options('reason', S1_REASONS),
          value: posted['reason'],
          error: errorOf(errors, 'reason'),
        })}
        ${radios(lang, {
          name: 'urgency',
          legend: t('identity-document.field.urgency'),
          options: options('urgency', URGENCIES),
          value: posted['urgency'],
          error: errorOf(errors, 'urgency'),
        })}
        ${select(lang, {
          name: 'extraCheck',
          label: t('identity-document.field.extraCheck'),
          options: options('extra-check', EXTRA_CHECK_CHOICES),
          value: posted['extraCheck'] ?? 'none',
          error: errorOf(errors, 'extraCheck'),
        })}
        <div class="field${errorOf(errors, 'photo') ? ' field-error' : ''}">
          <label for="photo">${t('identity-document.field.photo')}</label>
          <input type="file" id="photo" name="photo" accept="image/jpeg,image/png" />
        </div>
        ${button(t('page.continue'))}
      </form>`,
  });
}

async function signPage(c: Context<PageEnv>, ctx: ServiceContext, id: string, error?: FieldError) {
  const t = translator(c);
  const lang = c.get('lang');
  const formular = await stagedFormular(ctx, operatorActor(c), id);
  return render(c, {
    title: t('identity-document.sign.title'),
    status: error ? 422 : 200,
    hasErrors: !!error,
    body: html`${backLink(lang, `${BASE}/new`)} ${errorSummary(lang, error ? [error] : [])}
      <h1>${t('identity-document.sign.title')}</h1>
      ${summaryList(lang, [
        { key: t('identity-document.field.applicant'), value: formular.applicant },
        {
          key: t('identity-document.field.kind'),
          value: t(`identity-document.kind.${formular.documentKind}` as MessageKey),
        },
        {
          key: t('identity-document.field.reason'),
          value: t(`identity-document.reason.${formular.reason}` as MessageKey),
        },
        {
          key: t('identity-document.field.urgency'),
          value: t(`identity-document.urgency.${formular.urgency}` as MessageKey),
        },
        {
          key: t('identity-document.field.extraCheck'),
          value: t(`identity-document.extra-check.${formular.extraCheck ?? 'none'}` as MessageKey),
        },
        { key: t('identity-document.field.issueOffice'), value: formular.issueOffice },
      ])}
      ${edsForm(lang, {
        action: `${BASE}/new/${id}/sign`,
        content: canonicalJson(formular),
        hidden: {},
        submit: t('identity-document.sign.button'),
        error,
      })}`,
  });
}

async function handOverPage(c: Context<PageEnv>, ctx: ServiceContext, id: string, error?: FieldError) {
  const t = translator(c);
  const lang = c.get('lang');
  const receipt = await s1Receipt(ctx, operatorActor(c), id);
  return render(c, {
    title: t('identity-document.hand-over.title'),
    status: error ? 422 : 200,
    hasErrors: !!error,
    body: html`${backLink(lang, BASE)} ${errorSummary(lang, error ? [error] : [])}
      <h1>${t('identity-document.hand-over.title')}</h1>
      ${summaryList(lang, [
        { key: t('identity-document.register.case'), value: receipt.coupon },
        {
          key: t('identity-document.field.kind'),
          value: t(`identity-document.kind.${receipt.documentKind}` as MessageKey),
        },
        { key: t('identity-document.field.number'), value: receipt.documentNumber },
      ])}
      <p>${t('identity-document.hand-over.hint')}</p>
      ${edsForm(lang, {
        action: `${BASE}/${id}/hand-over`,
        content: canonicalJson(receipt),
        hidden: {},
        submit: t('identity-document.hand-over.button'),
        error,
      })}`,
  });
}
