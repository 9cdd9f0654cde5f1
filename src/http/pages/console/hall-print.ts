// The hall application as printed for the applicant to check and sign in front of the operator
// (P2, P7; issue 22, finding 8): the document alone — the print stylesheet drops the header, the
// language switch, the back link and this page's own instructions (.no-print).
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { ArrivalCoupon } from '../../../domain/arrival-coupon.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import { readApplication } from '../../../services/applications/queries.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { COUNTRIES } from '../citizen/apply-coupon.ts';
import { backLink, summaryList } from '../shared/components.ts';
import { HALL_ROLES, operatorActor } from './actor.ts';
import { addressOf } from './format.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';
import { requireOperator } from '../shared/session.ts';

const BASE = '/console/hall/applications';

type T = ReturnType<typeof translator>;

/** A country of the list by its name in the page's language; any other by its ISO code. */
export function countryName(t: T, code: string): string {
  return (COUNTRIES as readonly string[]).includes(code) ? t(`wizard.country.${code}` as MessageKey) : code;
}

/** The previous address as one line, the country named. */
export function previousAddressText(t: T, coupon: ArrivalCoupon): string {
  const a = coupon.previousAddress;
  return [a.street, a.locality, a.region, countryName(t, a.country)].filter(Boolean).join(', ');
}

export function consoleHallPrint(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.get('/:id/print', requireOperator(HALL_ROLES), async (c: Context<PageEnv>) => {
    const t = translator(c);
    const lang = c.get('lang');
    const record = await readApplication(ctx, operatorActor(c), c.req.param('id') ?? '');
    const coupon = record.coupon;
    const rows = [
      { key: t('console.field.number'), value: record.number },
      { key: t('console.field.service'), value: t(`service.${record.service}`) },
      { key: t('console.print.filed'), value: displayDate(record.applicationDate) },
      { key: t('console.field.applicant'), value: record.applicant },
      { key: t('console.field.address'), value: addressOf(record) },
      ...(record.owner ? [{ key: t('console.field.owner'), value: record.owner }] : []),
      ...(record.representative ? [{ key: t('console.field.representative'), value: record.representative }] : []),
    ];
    const couponRows = coupon
      ? [
          { key: t('console.coupon.previous-address'), value: previousAddressText(t, coupon) },
          { key: t('console.coupon.arrival-date'), value: displayDate(coupon.arrivalDate) },
          {
            key: t('console.coupon.arrivalReason'),
            value: t(`console.coupon.arrivalReason.${coupon.arrivalReason}` as MessageKey),
          },
          {
            key: t('console.coupon.education'),
            value: t(`console.coupon.education.${coupon.education}` as MessageKey),
          },
          {
            key: t('console.coupon.occupation'),
            value: t(`console.coupon.occupation.${coupon.occupation}` as MessageKey),
          },
          {
            key: t('console.coupon.familyStatus'),
            value: t(`console.coupon.familyStatus.${coupon.familyStatus}` as MessageKey),
          },
        ]
      : [];
    const signature = (label: MessageKey) =>
      html`<div class="signature-line">
        <p>${t(label)}</p>
        <p class="small">${t('console.print.date-line')}</p>
      </div>`;
    return render(c, {
      title: t('console.print.title', { number: record.number }),
      body: html`<div class="no-print">
          ${backLink(lang, `${BASE}/${record.id}`)}
          <p class="hint">${t('console.print.print')}</p>
        </div>
        <article id="printed-application">
          <h1>${t('console.print.title', { number: record.number })}</h1>
          <p>${t('console.print.lead')}</p>
          ${summaryList(lang, rows)}
          ${
            coupon
              ? html`<h2>${t('console.print.coupon')}</h2>
                  ${summaryList(lang, couponRows)}`
              : ''
          }
          ${signature('console.print.signature-applicant')} ${signature('console.print.signature-operator')}
        </article>
        <p class="no-print"><a href="${BASE}/${record.id}">${t('console.print.back')}</a></p>`,
    });
  });
  return app;
}
