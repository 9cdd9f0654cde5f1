// The applicant's signature (P7, F5): the page shows exactly what is signed — the application
// and its arrival coupon — then signs it with an SMS code (or an EDS file). Registration and
// deregistration alike. A second press after the signature (a double click, a resent form) finds
// the application no longer waiting and shows where it is, never an error.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { isAppError } from '../../../errors.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import { readApplication } from '../../../services/applications/queries.ts';
import type { ApplicationRecord } from '../../../services/applications/record.ts';
import { signApplication } from '../../../services/applications/sign.ts';
import { signingDocument } from '../../../services/applications/signing-document.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { canonicalJson } from '../../../services/signatures/canonical-json.ts';
import { addressOf, actsForIt } from './application-page.ts';
import { citizenOf } from './apply-frame.ts';
import { backLink, errorSummary, type FormErrors, type SummaryRow, summaryList } from '../shared/components.ts';
import { countryName } from '../shared/country-name.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, render, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';
import { optionOf } from '../shared/relation-options.ts';
import { type CodeSent, signingForm, signingStep } from '../shared/signing.ts';

const RETRY = new Set(['invalid-transition', 'application-changed']);

export function applySignPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();

  const signPage = async (
    c: Context<PageEnv>,
    record: ApplicationRecord,
    sent: CodeSent | undefined,
    errors: FormErrors,
  ) => {
    const t = translator(c);
    const lang = c.get('lang');
    const p = record.payload;
    const k = record.coupon;
    const rows: SummaryRow[] = [
      { key: t('wizard.status.number'), value: record.number },
      { key: t('wizard.status.service'), value: t(`service.${record.service}`) },
      { key: t('wizard.sign.applicant'), value: record.applicant },
      {
        key: t('wizard.status.address'),
        value: html`${await addressOf(ctx, record)}<br /><span class="small"
            >${t('wizard.dwelling.result-hint', { rka: record.rka ?? '' })}</span
          >`,
      },
      ...(p.person ? [{ key: t('wizard.status.person'), value: p.person }] : []),
      ...(record.owner && record.owner !== record.applicant
        ? [{ key: t('wizard.check.owner'), value: t('wizard.check.owner-other', { iin: record.owner }) }]
        : []),
      ...(p.relation
        ? [
            {
              key: t('wizard.check.relation'),
              value: t(`wizard.relation.${optionOf(p.relation)}` as MessageKey),
            },
          ]
        : []),
      ...(p.periodMonths
        ? [{ key: t('wizard.check.period'), value: t('wizard.check.months', { months: p.periodMonths }) }]
        : []),
      ...(record.decision
        ? [
            {
              key: t('wizard.sign.decision'),
              // Plain words for the citizen; the ruleset and its version are in the console's trace.
              value: t('wizard.sign.eligible'),
            },
          ]
        : []),
    ];
    const coupon: SummaryRow[] = k
      ? [
          {
            key: t('wizard.check.previous'),
            value: [
              k.previousAddress.street,
              k.previousAddress.locality,
              k.previousAddress.region,
              countryName(lang, k.previousAddress.country),
            ]
              .filter(Boolean)
              .join(', '),
          },
          { key: t('wizard.check.arrival'), value: displayDate(k.arrivalDate) },
          { key: t('wizard.check.reason'), value: t(`wizard.reason.${k.arrivalReason}`) },
          { key: t('wizard.check.education'), value: t(`wizard.education.${k.education}`) },
          { key: t('wizard.check.occupation'), value: t(`wizard.occupation.${k.occupation}`) },
          { key: t('wizard.check.family'), value: t(`wizard.family.${k.familyStatus}`) },
        ]
      : [];
    return render(c, {
      title: t('sign.title'),
      hasErrors: errors.length > 0,
      body: html`${backLink(lang, `/applications/${record.id}`)} ${errorSummary(lang, errors)}
        <h1>${t('sign.title')}</h1>
        <p>${t('wizard.sign.lead')}</p>
        ${summaryList(lang, rows)}
        ${
          k
            ? html`<h2>${t('wizard.sign.coupon')}</h2>
                ${summaryList(lang, coupon)}`
            : ''
        }
        ${signingForm(lang, {
          action: `/applications/${record.id}/sign`,
          sent,
          errors,
          eds: canonicalJson(signingDocument(record)),
        })}`,
    });
  };

  app.get('/:id/sign', requireLogin, async (c) => {
    const actor = citizenOf(c);
    const record = await readApplication(ctx, actor, c.req.param('id'));
    if (record.state !== 'signature-pending' || !actsForIt(record, actor.iin))
      return c.redirect(`/applications/${record.id}`, 303);
    return signPage(c, record, undefined, []);
  });

  app.post('/:id/sign', requireLogin, async (c) => {
    const actor = citizenOf(c);
    const record = await readApplication(ctx, actor, c.req.param('id'));
    const done = () => c.redirect(`/applications/${record.id}`, 303);
    if (record.state !== 'signature-pending' || !actsForIt(record, actor.iin)) return done();
    const fields = await formFields(c);
    try {
      const step = await signingStep(ctx, actor, record.id, fields, (proof) =>
        signApplication(ctx, actor, record.id, proof),
      );
      if (step.kind === 'signed') return done();
      if (step.kind === 'code-sent') return signPage(c, record, step.sent, []);
      // A code refused because the other press already used it: the application moved on.
      const now = await readApplication(ctx, actor, record.id);
      if (now.state !== 'signature-pending') return done();
      return signPage(c, now, step.sent, step.errors);
    } catch (error) {
      if (!isAppError(error) || !RETRY.has(error.code)) throw error;
      return done();
    }
  });

  return app;
}
