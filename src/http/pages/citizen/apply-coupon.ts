// The arrival coupon (статистический талон прибытия, P7) over three pages: the previous address,
// the arrival, and the person. The fields and their codes are the law's schema
// (domain/arrival-coupon.ts); each answer is checked with that schema's own piece of it.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { z } from 'zod';
import {
  ARRIVAL_REASONS,
  arrivalCouponSchema,
  EDUCATION_LEVELS,
  FAMILY_STATUSES,
  OCCUPATIONS,
} from '../../../domain/arrival-coupon.ts';
import { dateInAstana } from '../../../domain/dates.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { answersOf, draftAt, kindOf, onward, questionPage, save } from './apply-frame.ts';
import type { Given, Kind } from './apply-steps.ts';
import { errorOf, type FieldError, radios, select, textField } from '../shared/components.ts';
import { dateErrorIn, dateInput, datePartField } from '../shared/date-input.ts';
import type { PageEnv } from '../shared/env.ts';
import { checkDateParts, dateParts, type DateParts, partsOf } from '../shared/form-checks.ts';
import { formFields, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';

// Any word matches; kindOf answers "not found" for anything but the two services.
const KIND = ':kind';

/** Countries offered for the previous address; ISO 3166 alpha-2, Kazakhstan first (the default). */
export const COUNTRIES = [
  'KZ',
  'RU',
  'UZ',
  'KG',
  'TJ',
  'TM',
  'AZ',
  'BY',
  'UA',
  'CN',
  'MN',
  'TR',
  'DE',
  'KR',
  'US',
] as const;

const shape = arrivalCouponSchema.shape;
const address = shape.previousAddress.shape;

/** One field against its piece of the schema; the catalog key of the problem, if any. */
function problem(schema: z.ZodType, value: unknown, key: MessageKey, params?: Record<string, number>) {
  const result = schema.safeParse(value);
  if (result.success) return null;
  // Invisible or bidi characters (plainText, issue 14): say so, not "too long".
  if (result.error.issues.some((i) => i.message === 'invalid-text')) return { key: 'text.invisible' as const };
  return { key, ...(params ? { params } : {}) };
}

export function applyCouponPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();

  const previousPage = (c: Context<PageEnv>, kind: Kind, a: Given, v: Given, errors: FieldError[]) => {
    const t = translator(c);
    const lang = c.get('lang');
    return questionPage(c, {
      kind,
      step: 'previous-address',
      answers: a,
      title: t('wizard.previous.title'),
      errors,
      before: html`<h1>${t('wizard.previous.title')}</h1>
        <p class="hint">${t('wizard.previous.hint')}</p>`,
      fields: [
        select(lang, {
          name: 'country',
          label: t('wizard.previous.country'),
          options: COUNTRIES.map((code) => ({ value: code, label: t(`wizard.country.${code}`) })),
          value: v.country ?? 'KZ',
          error: errorOf(errors, 'country'),
        }),
        textField(lang, {
          name: 'region',
          label: t('wizard.previous.region'),
          value: v.region ?? '',
          error: errorOf(errors, 'region'),
          width: 'long',
          autocomplete: 'address-level1',
        }),
        textField(lang, {
          name: 'locality',
          label: t('wizard.previous.locality'),
          value: v.locality ?? '',
          error: errorOf(errors, 'locality'),
          width: 'long',
          autocomplete: 'address-level2',
        }),
        textField(lang, {
          name: 'street',
          label: t('wizard.previous.street'),
          value: v.street ?? '',
          error: errorOf(errors, 'street'),
          width: 'long',
          autocomplete: 'street-address',
        }),
      ],
    });
  };
  app.get(`/${KIND}/previous-address`, requireLogin, draftAt(ctx, 'previous-address'), async (c) => {
    const kind = kindOf(c);
    const a = answersOf(c);
    return previousPage(c, kind, a, a, []);
  });
  app.post(`/${KIND}/previous-address`, requireLogin, draftAt(ctx, 'previous-address'), async (c) => {
    const kind = kindOf(c);
    const a = answersOf(c);
    const f = await formFields(c);
    const v: Given = {
      country: f['country'] ?? '',
      region: f['region'] || null,
      locality: f['locality'] ?? '',
      street: f['street'] || null,
    };
    const checks: [string, ReturnType<typeof problem>][] = [
      [
        'country',
        (COUNTRIES as readonly string[]).includes(v.country ?? '')
          ? problem(address.country, v.country, 'wizard.previous.country-invalid')
          : { key: 'wizard.previous.country-invalid' },
      ],
      ['region', v.region ? problem(address.region, v.region, 'wizard.previous.too-long', { max: 120 }) : null],
      [
        'locality',
        v.locality
          ? problem(address.locality, v.locality, 'wizard.previous.too-long', { max: 120 })
          : { key: 'wizard.previous.locality-required' },
      ],
      ['street', v.street ? problem(address.street, v.street, 'wizard.previous.too-long', { max: 200 }) : null],
    ];
    const errors = checks.flatMap(([field, p]) => (p ? [{ field, ...p }] : []));
    if (errors.length > 0) return previousPage(c, kind, a, v, errors);
    return onward(c, kind, (await save(ctx, c, kind, v)).answers);
  });

  const arrivalPage = (
    c: Context<PageEnv>,
    kind: Kind,
    a: Given,
    v: { date: DateParts; arrivalReason: string | null | undefined },
    errors: FieldError[],
    errorPart?: keyof DateParts | 'all',
  ) => {
    const t = translator(c);
    const lang = c.get('lang');
    const year = dateInAstana(ctx.clock.now()).slice(0, 4);
    return questionPage(c, {
      kind,
      step: 'arrival',
      answers: a,
      title: t('wizard.arrival.title'),
      errors,
      before: html`<h1>${t('wizard.arrival.title')}</h1>`,
      fields: [
        dateInput(lang, {
          name: 'arrivalDate',
          legend: t('wizard.arrival.date'),
          hint: `${t('wizard.arrival.date-hint')} ${t('form.arrival-date.hint', { year })}`,
          value: v.date,
          error: dateErrorIn(errors, 'arrivalDate'),
          errorPart,
        }),
        radios(lang, {
          name: 'arrivalReason',
          legend: t('wizard.arrival.reason'),
          options: ARRIVAL_REASONS.map((r) => ({ value: r, label: t(`wizard.reason.${r}`) })),
          value: v.arrivalReason ?? undefined,
          error: errorOf(errors, 'arrivalReason'),
        }),
      ],
    });
  };
  app.get(`/${KIND}/arrival`, requireLogin, draftAt(ctx, 'arrival'), async (c) => {
    const kind = kindOf(c);
    const a = answersOf(c);
    return arrivalPage(c, kind, a, { date: partsOf(a.arrivalDate), arrivalReason: a.arrivalReason }, []);
  });
  app.post(`/${KIND}/arrival`, requireLogin, draftAt(ctx, 'arrival'), async (c) => {
    const kind = kindOf(c);
    const a = answersOf(c);
    const f = await formFields(c);
    const parts = dateParts(f, 'arrivalDate');
    const arrivalReason = f['arrivalReason'] ?? '';
    const errors: FieldError[] = [];
    const checked = checkDateParts(parts);
    let errorPart: keyof DateParts | 'all' | undefined;
    const dateError = (key: MessageKey, part: keyof DateParts | 'all') => {
      errorPart = part;
      errors.push({ field: datePartField('arrivalDate', part), key });
    };
    if (!checked.ok) dateError(`form.arrival-date.${checked.problem}`, checked.part);
    // The application is dated today; an arrival after it is impossible (fillCoupon says the same).
    else if (checked.date > dateInAstana(ctx.clock.now())) dateError('form.arrival-date.future', 'all');
    if (!shape.arrivalReason.safeParse(arrivalReason).success)
      errors.push({ field: 'arrivalReason', key: 'form.arrival.reason-missing' });
    if (errors.length > 0 || !checked.ok)
      return arrivalPage(c, kind, a, { date: parts, arrivalReason }, errors, errorPart);
    return onward(c, kind, (await save(ctx, c, kind, { arrivalDate: checked.date, arrivalReason })).answers);
  });

  const aboutPage = (c: Context<PageEnv>, kind: Kind, a: Given, v: Given, errors: FieldError[]) => {
    const t = translator(c);
    const lang = c.get('lang');
    return questionPage(c, {
      kind,
      step: 'about-you',
      answers: a,
      title: t('wizard.about.title'),
      errors,
      before: html`<h1>${t('wizard.about.title')}</h1>
        <p class="hint">${t('wizard.about.hint')}</p>`,
      fields: [
        select(lang, {
          name: 'education',
          label: t('wizard.about.education'),
          options: EDUCATION_LEVELS.map((e) => ({ value: e, label: t(`wizard.education.${e}`) })),
          value: v.education ?? undefined,
          error: errorOf(errors, 'education'),
        }),
        select(lang, {
          name: 'occupation',
          label: t('wizard.about.occupation'),
          options: OCCUPATIONS.map((o) => ({ value: o, label: t(`wizard.occupation.${o}`) })),
          value: v.occupation ?? undefined,
          error: errorOf(errors, 'occupation'),
        }),
        radios(lang, {
          name: 'familyStatus',
          legend: t('wizard.about.family'),
          options: FAMILY_STATUSES.map((s) => ({ value: s, label: t(`wizard.family.${s}`) })),
          value: v.familyStatus ?? undefined,
          error: errorOf(errors, 'familyStatus'),
        }),
      ],
    });
  };
  app.get(`/${KIND}/about-you`, requireLogin, draftAt(ctx, 'about-you'), async (c) => {
    const kind = kindOf(c);
    const a = answersOf(c);
    return aboutPage(c, kind, a, a, []);
  });
  app.post(`/${KIND}/about-you`, requireLogin, draftAt(ctx, 'about-you'), async (c) => {
    const kind = kindOf(c);
    const a = answersOf(c);
    const f = await formFields(c);
    const v: Given = {
      education: f['education'] ?? '',
      occupation: f['occupation'] ?? '',
      familyStatus: f['familyStatus'] ?? '',
    };
    const errors: FieldError[] = [];
    if (!shape.education.safeParse(v.education).success)
      errors.push({ field: 'education', key: 'form.about.education-missing' });
    if (!shape.occupation.safeParse(v.occupation).success)
      errors.push({ field: 'occupation', key: 'form.about.occupation-missing' });
    if (!shape.familyStatus.safeParse(v.familyStatus).success)
      errors.push({ field: 'familyStatus', key: 'form.about.family-missing' });
    if (errors.length > 0) return aboutPage(c, kind, a, v, errors);
    return onward(c, kind, (await save(ctx, c, kind, v)).answers);
  });

  return app;
}
