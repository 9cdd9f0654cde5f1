// A hall application after filing, as the operator completes it with the applicant at the desk
// (P2, P7): a refusal with its reason (P2.2, P2.3, …) to explain; the arrival coupon; the
// applicant's signature made in the hall; the confirmation. Each action is safe to repeat: an
// action the application's state no longer allows leads back to the state it is in.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import {
  ARRIVAL_REASONS,
  type ArrivalCoupon,
  EDUCATION_LEVELS,
  FAMILY_STATUSES,
  OCCUPATIONS,
} from '../../domain/arrival-coupon.ts';
import { textProblem } from '../../domain/text.ts';
import { parseIsoDate } from '../../domain/dates.ts';
import { isAppError } from '../../errors.ts';
import { displayAstanaDateTime, displayDate } from '../../i18n/display-dates.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { fillCoupon } from '../../services/applications/coupon.ts';
import { readApplication } from '../../services/applications/queries.ts';
import type { ApplicationRecord } from '../../services/applications/record.ts';
import { signApplication } from '../../services/applications/sign.ts';
import type { ServiceContext } from '../../services/context.ts';
import { applicationMessage } from '../../services/privacy/disclosure.ts';
import {
  backLink,
  button,
  errorOf,
  errorSummary,
  type FieldError,
  type FormErrors,
  form,
  notice,
  panel,
  select,
  summaryList,
  textField,
} from './components.ts';
import { COUNTRIES } from './apply-coupon.ts';
import { HALL_ROLES, operatorActor } from './console-actor.ts';
import { previousAddressText } from './console-hall-print.ts';
import { addressOf, stateTag } from './console-format.ts';
import type { PageEnv } from './env.ts';
import { formFields, render, translator } from './render.ts';
import { requireOperator } from './session.ts';

const BASE = '/console/hall/applications';

/** The hall's own refusals (P2.3, P2.2) by name; any other reason is told by its message. */
function refusalTitle(reason: string | null): MessageKey {
  if (reason === 'hall-not-applicable') return 'console.reason.hall-not-applicable';
  if (reason === 'representative-not-authorised') return 'console.reason.representative-not-authorised';
  return 'console.reason.other';
}

/** The coupon form's fields as posted (the address flattened); see domain/arrival-coupon.ts. */
type CouponField =
  | 'country'
  | 'countryCode'
  | 'region'
  | 'locality'
  | 'street'
  | 'arrivalDate'
  | 'arrivalReason'
  | 'education'
  | 'occupation'
  | 'familyStatus';
type CouponForm = Partial<Record<CouponField, string>>;

/** The country select's value for a country not in the list; its code is typed next to it. */
const OTHER = 'other';

const CODE_LISTS = {
  arrivalReason: ARRIVAL_REASONS,
  education: EDUCATION_LEVELS,
  occupation: OCCUPATIONS,
  familyStatus: FAMILY_STATUSES,
} as const;

/** The posted coupon checked field by field, so each problem shows next to its field. */
function readCoupon(values: CouponForm): { coupon: ArrivalCoupon | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  // A country of the list, or "other" with its ISO 3166 code typed (issue 22, finding 8).
  const chosen = values.country ?? 'KZ';
  const code = (values.countryCode ?? '').replace(/\s+/g, '').toUpperCase();
  const country = chosen === OTHER ? code : chosen;
  if (chosen !== OTHER && !(COUNTRIES as readonly string[]).includes(chosen))
    errors.push({ field: 'country', key: 'page.choose-one' });
  else if (chosen === OTHER && !/^[A-Z]{2}$/.test(country))
    errors.push({ field: 'countryCode', key: 'console.error.country' });
  const locality = values.locality ?? '';
  if (locality === '' || locality.length > 120) errors.push({ field: 'locality', key: 'console.error.locality' });
  if ((values.region ?? '').length > 120) errors.push({ field: 'region', key: 'console.error.too-long' });
  if ((values.street ?? '').length > 200) errors.push({ field: 'street', key: 'console.error.too-long' });
  for (const field of ['region', 'locality', 'street'] as const) {
    // Invisible or bidi characters (issue 14): the owner would read a different address.
    if (textProblem(values[field] ?? '', { plain: true }) !== null) errors.push({ field, key: 'text.invisible' });
  }
  const arrivalDate = parseIsoDate(values.arrivalDate ?? '');
  if (arrivalDate === null) {
    errors.push({ field: 'arrivalDate', key: 'console.error.arrival-date' });
  }
  for (const [field, codes] of Object.entries(CODE_LISTS)) {
    const value = values[field as keyof typeof CODE_LISTS] ?? '';
    if (!(codes as readonly string[]).includes(value)) errors.push({ field, key: 'page.choose-one' });
  }
  if (errors.length > 0 || arrivalDate === null) return { coupon: null, errors };
  return {
    coupon: {
      previousAddress: {
        country,
        ...(values.region ? { region: values.region } : {}),
        locality,
        ...(values.street ? { street: values.street } : {}),
      },
      arrivalDate,
      arrivalReason: values.arrivalReason as ArrivalCoupon['arrivalReason'],
      education: values.education as ArrivalCoupon['education'],
      occupation: values.occupation as ArrivalCoupon['occupation'],
      familyStatus: values.familyStatus as ArrivalCoupon['familyStatus'],
    },
    errors,
  };
}

export function consoleHallCase(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  const only = requireOperator(HALL_ROLES);

  const casePage = async (
    c: Context<PageEnv>,
    record: ApplicationRecord,
    coupon: CouponForm = {},
    errors: FormErrors = [],
  ) => {
    const t = translator(c);
    const lang = c.get('lang');
    const message = applicationMessage(record, 'staff')?.[lang] ?? null;
    const summary = summaryList(lang, [
      { key: t('console.field.number'), value: record.number },
      { key: t('console.field.state'), value: stateTag(t, record.state) },
      { key: t('console.field.applicant'), value: record.applicant },
      { key: t('console.field.address'), value: addressOf(record) },
      { key: t('console.field.service'), value: t(`service.${record.service}`) },
    ]);
    const trace = html`<p><a href="/console/applications/${record.id}">${t('console.case.trace')}</a></p>`;
    let body;
    switch (record.state) {
      case 'refused':
        body = html`<h1>${t('console.case.refused-title')}</h1>
          ${notice('bad', t(refusalTitle(record.reason)), message ?? '')}
          <p class="small">${t('console.case.reason-code', { reason: record.reason ?? '' })}</p>
          ${summary} ${trace}
          <p><a href="/console/hall">${t('console.case.new')}</a></p>`;
        break;
      case 'coupon-pending':
        body = html`${errorSummary(lang, errors)}
          <h1>${t('console.coupon.title')}</h1>
          ${message ? notice('ok', t('console.case.accepted'), message) : ''} ${summary}
          <p>${t('console.coupon.lead')}</p>
          ${form(`${BASE}/${record.id}/coupon`, [couponFields(c, coupon, errors), button(t('console.coupon.save'))])}
          ${trace}`;
        break;
      case 'signature-pending':
        body = html`<h1>${t('console.sign.title')}</h1>
          ${summary}
          ${
            record.coupon
              ? summaryList(lang, [
                  {
                    key: t('console.coupon.arrival-date'),
                    value: displayDate(record.coupon.arrivalDate),
                  },
                  {
                    key: t('console.coupon.previous-address'),
                    value: previousAddressText(t, record.coupon),
                  },
                ])
              : ''
          }
          <p>${t('console.sign.lead')}</p>
          <p><a href="${BASE}/${record.id}/print" id="print-link">${t('console.print.link')}</a></p>
          ${form(`${BASE}/${record.id}/sign`, [button(t('console.sign.record'))])} ${trace}`;
        break;
      case 'registered':
        body = html`${panel(t('console.case.registered'), t('console.case.number', { number: record.number }))}
          <p>${t('console.case.registered-body')}</p>
          ${summary} ${trace}
          <p><a href="/console/hall">${t('console.case.new')}</a></p>
          <p><a href="/console/queue">${t('console.home.queue')}</a></p>`;
        break;
      case 'consent-pending':
        body = html`<h1>${t('console.case.title')}</h1>
          ${notice(
            'info',
            t('state.consent-pending'),
            t('console.case.consent-body', {
              due: record.consentDue ? displayAstanaDateTime(record.consentDue) : '—',
            }),
          )}
          ${summary} ${trace}`;
        break;
      case 'checks':
        body = html`<h1>${t('console.case.title')}</h1>
          ${notice('info', t('state.checks'), t('console.case.checks-body'))} ${summary}
          <p><a href="${BASE}/${record.id}">${t('console.case.reload')}</a></p>
          ${trace}`;
        break;
      default:
        body = html`<h1>${t('console.case.title')}</h1>
          ${message ? html`<p>${message}</p>` : ''} ${summary} ${trace}`;
    }
    return render(c, {
      title: t('console.case.title'),
      hasErrors: errors.length > 0,
      body: html`${backLink(lang, '/console')} ${body}`,
    });
  };

  app.get(`${BASE}/:id`, only, async (c) => {
    const record = await readApplication(ctx, operatorActor(c), c.req.param('id'));
    return casePage(c, record);
  });

  app.post(`${BASE}/:id/coupon`, only, async (c) => {
    const id = c.req.param('id');
    const actor = operatorActor(c);
    const values = (await formFields(c)) as CouponForm;
    const { coupon, errors } = readCoupon(values);
    if (!coupon) return casePage(c, await readApplication(ctx, actor, id), values, errors);
    try {
      await fillCoupon(ctx, actor, id, coupon);
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.code === 'invalid-transition') return c.redirect(`${BASE}/${id}`, 303);
      // F4: arrival after the application date is a typing error of the date.
      if (error.code !== 'arrival-in-future') throw error;
      const record = await readApplication(ctx, actor, id);
      return casePage(c, record, values, [{ field: 'arrivalDate', key: 'arrival-in-future' }]);
    }
    return c.redirect(`${BASE}/${id}`, 303);
  });

  app.post(`${BASE}/:id/sign`, only, async (c) => {
    const id = c.req.param('id');
    try {
      // The applicant signed the printed application before the operator (P2, P7).
      await signApplication(ctx, operatorActor(c), id, { method: 'hall' });
    } catch (error) {
      if (!isAppError(error) || (error.code !== 'invalid-transition' && error.code !== 'application-changed')) {
        throw error;
      }
    }
    return c.redirect(`${BASE}/${id}`, 303);
  });
  return app;
}

function couponFields(c: Context<PageEnv>, values: CouponForm, errors: FormErrors) {
  const t = translator(c);
  const lang = c.get('lang');
  const text = (name: 'region' | 'locality' | 'street', width: 'short' | 'medium' | 'long') =>
    textField(lang, {
      name,
      label: t(`console.coupon.${name}` as MessageKey),
      value: values[name] ?? '',
      error: errorOf(errors, name),
      width,
      maxlength: name === 'street' ? 200 : 120,
    });
  const country = html`${select(lang, {
    name: 'country',
    label: t('console.coupon.country-select'),
    options: [
      ...COUNTRIES.map((code) => ({ value: code, label: t(`wizard.country.${code}`) })),
      { value: OTHER, label: t('console.coupon.country-other') },
    ],
    value: values.country || 'KZ',
    error: errorOf(errors, 'country'),
  })}
  ${textField(lang, {
    name: 'countryCode',
    label: t('console.coupon.country-code'),
    hint: t('console.coupon.country-code-hint'),
    value: values.countryCode ?? '',
    error: errorOf(errors, 'countryCode'),
    width: 'short',
  })}`;
  const codes = (name: keyof typeof CODE_LISTS) =>
    select(lang, {
      name,
      label: t(`console.coupon.${name}` as MessageKey),
      options: CODE_LISTS[name].map((code) => ({
        value: code,
        label: t(`console.coupon.${name}.${code}` as MessageKey),
      })),
      value: values[name],
      error: errorOf(errors, name),
    });
  return html`<fieldset>
      <legend>${t('console.coupon.previous-address')}</legend>
      ${country} ${text('region', 'long')} ${text('locality', 'long')} ${text('street', 'long')}
    </fieldset>
    ${textField(lang, {
      name: 'arrivalDate',
      label: t('console.coupon.arrival-date'),
      hint: t('console.coupon.arrival-date-hint'),
      value: values.arrivalDate,
      error: errorOf(errors, 'arrivalDate'),
      type: 'date',
      width: 'medium',
    })}
    ${codes('arrivalReason')} ${codes('education')} ${codes('occupation')} ${codes('familyStatus')}`;
}
