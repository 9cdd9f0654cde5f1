// One request as the back office sees it: its service, stage and due dates (DD.MM.YYYY) with the
// deadline in words and colour, the chain of steps with where it stands, what happened, and the
// forms of the acts this employee may take now (case-forms.ts). Opening it is a read of the
// applicant's data and is access-logged by the service (readCase); the applicant's IIN is not shown.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { displayAstanaDateTime } from '../../../i18n/display-dates.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import { backOfficeCase, type BackOfficeStaff, variantName } from '../../../services/cases/back-office.ts';
import type { CaseEventView } from '../../../services/cases/read.ts';
import { caseNumber } from '../../../services/cases/record.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { backLink, errorSummary, type FormErrors, notice, summaryList, table } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';
import { custodySection } from './case-custody.ts';
import { documentsSection } from './case-documents.ts';
import { caseForms } from './case-forms.ts';
import { restorationRows } from './restoration-rows.ts';
import { dateOf, nameIn, roleLabel, slaTag, stateLabel, stepLabel, type Translate } from './format.ts';
import { staffOf } from './staff.ts';

export interface CasePageOptions {
  readonly errors?: FormErrors;
  /** What the employee typed, shown again with the errors. */
  readonly posted?: Readonly<Record<string, string>>;
  readonly status?: 200 | 400 | 403 | 409 | 422;
}

export function casePage(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.get('/:id', async (c) => renderCase(c, ctx, staffOf(c), c.req.param('id'), {}));
  return app;
}

export async function renderCase(
  c: Context<PageEnv>,
  ctx: ServiceContext,
  staff: BackOfficeStaff,
  id: string,
  options: CasePageOptions,
) {
  const t = translator(c);
  const lang = c.get('lang');
  const seen = await backOfficeCase(ctx, staff, id);
  const { view } = seen;
  const kase = view.case;
  const number = caseNumber(view.number);
  const hearing = kase.procedure.hearing;
  const facts = [
    { key: t('backoffice.field.service'), value: nameIn(lang, variantName(kase.service, kase.variant), kase.variant) },
    { key: t('backoffice.field.state'), value: stateLabel(t, kase.state) },
    { key: t('backoffice.field.step'), value: stepLabel(t, kase.currentStep) },
    { key: t('backoffice.field.accepted'), value: dateOf(kase.acceptedOn) },
    {
      key: t('backoffice.field.service-due'),
      value: html`${dateOf(view.sla.service.dueOn)} ${slaTag(t, view.sla.service.band)}`,
    },
    ...(kase.currentStep
      ? [
          {
            key: t('backoffice.field.step-due'),
            value: html`${dateOf(view.sla.step.dueOn)} ${slaTag(t, view.sla.step.band)}`,
          },
        ]
      : []),
    // D3, S7 (003 ¶B2): each extension by days with the last day the applicant is to be told.
    ...kase.procedure.extensions
      .filter((e) => e.days !== null)
      .map((e) => ({
        key: t('backoffice.field.extension'),
        value: t('backoffice.extension.days', {
          days: e.days ?? 0,
          decided: dateOf(e.decidedOn),
          to: dateOf(e.toDueOn),
          noticeBy: dateOf(e.noticeBy),
        }),
      })),
    ...restorationRows(t, kase.facts),
    ...(hearing && (kase.state === 'refusal-intended' || kase.state === 'objection-received')
      ? [{ key: t('backoffice.field.hearing'), value: dateOf(hearing.objectionBy) }]
      : []),
  ];
  const errors = options.errors ?? [];
  const done = c.req.query('done') === '1' && errors.length === 0;
  const documents = await documentsSection(ctx, t, staff, kase.id);
  const custody = await custodySection(ctx, t, staff, kase.id);
  return render(c, {
    title: t('backoffice.case.title', { number }),
    status: options.status ?? (errors.length > 0 ? 400 : 200),
    hasErrors: errors.length > 0,
    body: html`${backLink(lang, '/backoffice')} ${errorSummary(lang, errors)}
      ${done ? notice('ok', t('backoffice.done', { state: stateLabel(t, kase.state) })) : ''}
      <h1>${t('backoffice.case.title', { number })}</h1>
      ${summaryList(lang, facts)}
      <p class="hint">${t('backoffice.case.basis', { source: seen.basis })}</p>
      <h2>${t('backoffice.case.steps')}</h2>
      <ol class="case-steps">
        ${seen.chain.map(
          (s) =>
            html`<li class="case-step case-step-${s.status}" ${s.status === 'current' ? html`aria-current="step"` : ''}>
              ${stepLabel(t, s.id)} (${roleLabel(t, s.role)}) —
              <strong>${t(`backoffice.step-status.${s.status}`)}</strong>
            </li>`,
        )}
      </ol>
      ${documents} ${custody}
      <h2 id="actions">${t('backoffice.case.actions')}</h2>
      ${
        seen.actions.length === 0
          ? html`<p>${t('backoffice.case.no-actions')}</p>`
          : caseForms(lang, t, seen, errors, options.posted ?? {})
      }
      <h2>${t('backoffice.case.events')}</h2>
      ${eventTable(t, view.events)}`,
  });
}

function eventTable(t: Translate, events: readonly CaseEventView[]) {
  const headings = [
    t('backoffice.field.when'),
    t('backoffice.case.events'),
    t('backoffice.field.step'),
    t('backoffice.field.state'),
  ];
  // Newest first: what the employee needs is what just happened.
  const rows = [...events]
    .reverse()
    .map((e) => [
      displayAstanaDateTime(e.at),
      html`${t(`backoffice.event.${e.event}` as MessageKey)}<br /><span class="hint">${actorOf(t, e)}</span>${outputOf(
          t,
          e,
        )}`,
      stepLabel(t, e.step),
      stateLabel(t, e.to),
    ]);
  return table(headings, rows, t('backoffice.case.events'));
}

function actorOf(t: Translate, e: CaseEventView): string {
  if (e.actorKind === 'staff' && e.actorRole) return t('backoffice.actor.staff', { role: roleLabel(t, e.actorRole) });
  return t(e.actorKind === 'applicant' ? 'backoffice.actor.applicant' : 'backoffice.actor.system');
}

/** What a step recorded (the inspection's measurements), so whoever signs sees what was measured. */
function outputOf(t: Translate, e: CaseEventView) {
  const input = e.details['input'];
  const output = input !== null && typeof input === 'object' ? (input as { output?: unknown }).output : undefined;
  if (output === null || typeof output !== 'object') return '';
  const rows = Object.entries(output as Record<string, unknown>).map(([field, value]) => {
    const shown = typeof value === 'number' ? numberIn(t, value) : String(value);
    return html`<li>${`${t(`backoffice.output.${field}` as MessageKey)}: ${shown}`}</li>`;
  });
  return html`<ul class="case-output">
    ${rows}
  </ul>`;
}

/** A measurement as the page's language writes numbers (a decimal comma in kk and ru). */
function numberIn(t: Translate, value: number): string {
  return t('backoffice.number', { value });
}
