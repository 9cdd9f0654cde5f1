// Check your answers, then submit: the application is filed exactly once under the id its draft
// fixed (fileOnce), the registries are asked (P1–P6), and when they allow it the arrival coupon
// goes with it (P7). A double click, or "back" and submit again, meets the same application.
import { Hono } from 'hono';
import { html } from 'hono/html';
import { arrivalDelay } from '../../../domain/arrival-coupon.ts';
import { dateInAstana } from '../../../domain/dates.ts';
import { isAppError } from '../../../errors.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import { fillCoupon } from '../../../services/applications/coupon.ts';
import { fileOnce } from '../../../services/applications/file-once.ts';
import { nullIfNotFound, readApplication } from '../../../services/applications/queries.ts';
import type { ApplicationRecord } from '../../../services/applications/record.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { discardDraft } from '../../../services/drafts.ts';
import type { Actor } from '../../../services/actor.ts';
import type { ArrivalCoupon } from '../../../domain/arrival-coupon.ts';
import { citizenOf, draftOf, guard, kindOf } from './apply-frame.ts';
import { couponOf, flowOf, type Given, nextStep, stepPath } from './apply-steps.ts';
import { claimOf, isRelationOption } from '../shared/relation-options.ts';
import { backLink, button, form, notice, type SummaryRow, summaryList } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, render, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';
import { isUuid } from '../../../domain/uuid.ts';

// Any word matches; kindOf answers "not found" for anything but the two services.
const KIND = ':kind';

export function applyCheckPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();

  app.get(`/${KIND}/check`, requireLogin, async (c) => {
    const kind = kindOf(c);
    const draft = await draftOf(ctx, c, kind);
    if (!draft) return c.redirect(`/apply/${kind}`, 303);
    const a = draft.answers;
    const redirect = guard(c, kind, a, 'check');
    if (redirect) return redirect;
    const t = translator(c);
    const lang = c.get('lang');
    const coupon = couponOf(a)!;
    const change = (step: Parameters<typeof stepPath>[1]) => stepPath(kind, step);
    const previous = [
      coupon.previousAddress.street,
      coupon.previousAddress.locality,
      coupon.previousAddress.region,
      t(`wizard.country.${coupon.previousAddress.country}` as Parameters<typeof t>[0]),
    ].filter(Boolean);
    const rows: SummaryRow[] = [
      { key: t('wizard.check.service'), value: t(`service.${flowOf(kind)}`) },
      ...(kind === 'temporary'
        ? [
            {
              key: t('wizard.check.period'),
              value: t('wizard.check.months', { months: a.periodMonths ?? 0 }),
              change: change('period'),
            },
          ]
        : []),
      {
        key: t('wizard.check.dwelling'),
        value: html`${a.address ?? ''}<br /><span class="small"
            >${t('wizard.dwelling.result-hint', { rka: a.rka ?? '' })}</span
          >`,
        change: change('dwelling'),
      },
      {
        key: t('wizard.check.owner'),
        value:
          a.ownerChoice === 'me' ? t('wizard.check.owner-me') : t('wizard.check.owner-other', { iin: a.owner ?? '' }),
        change: change('owner'),
      },
      ...(a.relationAsked && a.relation
        ? [
            {
              key: t('wizard.check.relation'),
              value: t(`wizard.relation.${a.relation}` as Parameters<typeof t>[0]),
              change: change('relation'),
            },
          ]
        : []),
      { key: t('wizard.check.previous'), value: previous.join(', '), change: change('previous-address') },
      { key: t('wizard.check.arrival'), value: displayDate(coupon.arrivalDate), change: change('arrival') },
      { key: t('wizard.check.reason'), value: t(`wizard.reason.${coupon.arrivalReason}`), change: change('arrival') },
      {
        key: t('wizard.check.education'),
        value: t(`wizard.education.${coupon.education}`),
        change: change('about-you'),
      },
      {
        key: t('wizard.check.occupation'),
        value: t(`wizard.occupation.${coupon.occupation}`),
        change: change('about-you'),
      },
      { key: t('wizard.check.family'), value: t(`wizard.family.${coupon.familyStatus}`), change: change('about-you') },
    ];
    // F4: late is reported, never refused.
    const delay = arrivalDelay(coupon, dateInAstana(ctx.clock.now()));
    return render(c, {
      title: t('wizard.check.title'),
      body: html`${backLink(lang, stepPath(kind, 'about-you'))}
        <h1>${t('wizard.check.title')}</h1>
        ${summaryList(lang, rows)} ${delay.late ? notice('info', t('wizard.check.late', { days: delay.days })) : ''}
        <p>${t('wizard.check.declaration')}</p>
        ${form(`/apply/${kind}/check`, [
          html`<input type="hidden" name="applicationId" value="${draft.applicationId}" />`,
          button(t('wizard.check.submit')),
        ])}`,
    });
  });

  app.post(`/${KIND}/check`, requireLogin, async (c) => {
    const kind = kindOf(c);
    const actor = citizenOf(c);
    const { applicationId = '' } = await formFields(c);
    const draft = await draftOf(ctx, c, kind);
    // The form of a draft already filed (back, then submit again): show that application.
    if (!draft || (isUuid(applicationId) && applicationId !== draft.applicationId)) {
      const filed = isUuid(applicationId)
        ? await readApplication(ctx, actor, applicationId).catch(nullIfNotFound)
        : null;
      return c.redirect(filed ? `/applications/${filed.id}` : `/apply/${kind}`, 303);
    }
    const a = draft.answers;
    const coupon = couponOf(a);
    if (nextStep(kind, a) !== 'check' || !coupon) return c.redirect(stepPath(kind, nextStep(kind, a)), 303);
    let record = await fileOnce(ctx, actor, {
      id: draft.applicationId,
      service: flowOf(kind),
      applicant: actor.iin,
      rka: a.rka!,
      owner: ownerOf(a, actor.iin),
      relation: a.relationAsked && isRelationOption(a.relation) ? claimOf(a.relation) : undefined,
      periodMonths: kind === 'temporary' ? (a.periodMonths ?? undefined) : undefined,
    });
    record = await sendCoupon(ctx, actor, record, coupon);
    // Still asking the registries: the draft keeps the coupon until the checks let it go.
    if (record.state !== 'checks') await discardDraft(ctx, actor.iin, flowOf(kind));
    return c.redirect(`/applications/${record.id}`, 303);
  });

  return app;
}

function ownerOf(a: Given, applicant: string): string {
  return a.ownerChoice === 'other' && a.owner ? a.owner : applicant;
}

/** The coupon when the checks passed; a concurrent submit that sent it first is not an error. */
export async function sendCoupon(
  ctx: ServiceContext,
  actor: Actor,
  record: ApplicationRecord,
  coupon: ArrivalCoupon,
): Promise<ApplicationRecord> {
  if (record.state !== 'coupon-pending') return record;
  try {
    return await fillCoupon(ctx, actor, record.id, coupon);
  } catch (error) {
    if (!isAppError(error) || !['invalid-transition', 'application-changed'].includes(error.code)) throw error;
    return readApplication(ctx, actor, record.id);
  }
}
