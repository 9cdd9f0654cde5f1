// S9a's description of the new object (004 cl.4, L1 r.8; issue 17 item 5): its address with the
// РКА the address register gave it, and its right holders with their shares. The executor enters
// exactly this into ЕГКН (cases/registry-writes.ts), so it is asked as the commissioning act and
// the address certificate state it; the total area is the flow's own area page.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { MAX_CO_OWNERS, readOwners } from '../../../domain/cases/cadastre-object.ts';
import { dateInAstana } from '../../../domain/dates.ts';
import { isValidIin } from '../../../domain/iin.ts';
import { isRka } from '../../../domain/rka.ts';
import { pickerCities } from '../../../services/addresses.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { answersIn, onward, saveDraft, withDraft } from '../flow/draft.ts';
import { questionPage } from '../flow/question.ts';
import { backOf } from '../flow/steps.ts';
import { errorOf, type FieldError, type FormErrors, select, textField } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';
import { type Answers, cadastreFlow, PATH } from './cadastre-flow.ts';

type Typed = Readonly<Record<string, string | undefined>>;

const NUMBER = /^[0-9]{1,6}$/;

export function cadastreNewObjectPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('/new/describe', requireLogin);
  app.use('/new/owners', requireLogin);
  const me = (c: Context<PageEnv>) => c.get('principal').iin;
  const flow = () => cadastreFlow(me, dateInAstana(ctx.clock.now()));

  const describePage = async (c: Context<PageEnv>, a: Partial<Answers>, typed: Typed, errors: FormErrors) => {
    const t = translator(c);
    const lang = c.get('lang');
    const cities = await pickerCities(ctx);
    const text = (
      name: 'street' | 'house' | 'flat' | 'rka',
      o: { width: 'short' | 'medium' | 'long'; numeric?: boolean; max: number },
    ) =>
      textField(lang, {
        name,
        label: t(`cadastre.new-${name}-label`),
        hint: t(`cadastre.new-${name}-hint`),
        value: typed[name],
        error: errorOf(errors, name),
        width: o.width,
        maxlength: o.max,
        ...(o.numeric ? { inputmode: 'numeric' as const } : {}),
      });
    return questionPage(c, {
      title: t('cadastre.new-describe-title'),
      back: backOf(flow(), a, 'describe'),
      caption: t('cadastre.caption'),
      errors,
      action: PATH('describe'),
      before: html`<h1>${t('cadastre.new-describe-title')}</h1>
        <p class="hint">${t('cadastre.new-describe-hint')}</p>`,
      fields: [
        select(lang, {
          name: 'city',
          label: t('cadastre.new-city-label'),
          value: typed['city'],
          error: errorOf(errors, 'city'),
          options: cities.map((city) => ({ value: city.city, label: city.place || city.city })),
        }),
        text('street', { width: 'long', max: 200 }),
        text('house', { width: 'short', numeric: true, max: 6 }),
        text('flat', { width: 'short', numeric: true, max: 6 }),
        text('rka', { width: 'medium', numeric: true, max: 20 }),
      ],
    });
  };

  app.get('/new/describe', withDraft(ctx, flow, 'describe'), (c) => {
    const a = answersIn(c, flow());
    const typed = { city: a.city, street: a.street, house: a.house, flat: a.flat, rka: a.rka };
    return describePage(c, a, nullsAway(typed), []);
  });
  app.post('/new/describe', withDraft(ctx, flow, 'describe'), async (c) => {
    const typed = await formFields(c);
    const a = answersIn(c, flow());
    const city = typed['city'] ?? '';
    const street = (typed['street'] ?? '').trim().replace(/\s+/g, ' ');
    const house = (typed['house'] ?? '').trim();
    const flat = (typed['flat'] ?? '').trim();
    const rka = (typeof typed['rka'] === 'string' ? typed['rka'] : '').replace(/\s+/g, '');
    const cities = await pickerCities(ctx);
    const errors: FieldError[] = [];
    if (!cities.some((known) => known.city === city)) errors.push({ field: 'city', key: 'cadastre.new-city-choose' });
    // The address register's form: the street, then "N-үй" and "N-пәтер" (address-parts.ts).
    if (street === '' || /[,]/.test(street) || street.length > 200)
      errors.push({ field: 'street', key: 'cadastre.new-street-invalid' });
    if (!NUMBER.test(house) || Number(house) === 0) errors.push({ field: 'house', key: 'cadastre.new-house-invalid' });
    if (flat !== '' && (!NUMBER.test(flat) || Number(flat) === 0))
      errors.push({ field: 'flat', key: 'cadastre.new-flat-invalid' });
    if (!isRka(rka)) errors.push({ field: 'rka', key: 'cadastre.rka-invalid' });
    if (errors.length > 0) return describePage(c, a, typed, errors);
    const saved = await saveDraft(ctx, c, flow(), { city, street, house, flat: flat || null, rka, address: null });
    return onward(c, flow(), saved.answers);
  });

  const ownersPage = (c: Context<PageEnv>, a: Partial<Answers>, typed: Typed, errors: FormErrors) => {
    const t = translator(c);
    const lang = c.get('lang');
    const rows = Array.from({ length: MAX_CO_OWNERS }, (_, i) => i + 1);
    return questionPage(c, {
      title: t('cadastre.new-owners-title'),
      back: backOf(flow(), a, 'owners'),
      caption: t('cadastre.caption'),
      errors,
      action: PATH('owners'),
      before: html`<h1>${t('cadastre.new-owners-title')}</h1>
        <p class="hint">${t('cadastre.new-owners-hint')}</p>`,
      fields: [
        textField(lang, {
          name: 'myShare',
          label: t('cadastre.new-my-share-label'),
          hint: t('cadastre.new-share-hint'),
          value: typed['myShare'] ?? '1/1',
          error: errorOf(errors, 'myShare'),
          width: 'short',
          maxlength: 15,
        }),
        html`<h2>${t('cadastre.new-others-heading')}</h2>
          <p class="hint">${t('cadastre.new-others-hint')}</p>`,
        ...rows.flatMap((n) => [
          textField(lang, {
            name: `iin${n}`,
            label: t('cadastre.new-other-iin-label', { n }),
            value: typed[`iin${n}`],
            error: errorOf(errors, `iin${n}`),
            inputmode: 'numeric',
            width: 'medium',
            maxlength: 12,
          }),
          textField(lang, {
            name: `share${n}`,
            label: t('cadastre.new-other-share-label', { n }),
            value: typed[`share${n}`],
            error: errorOf(errors, `share${n}`),
            width: 'short',
            maxlength: 15,
          }),
        ]),
      ],
    });
  };

  app.get('/new/owners', withDraft(ctx, flow, 'owners'), (c) => {
    const a = answersIn(c, flow());
    const [mine, ...others] = a.owners ?? [];
    const typed: Record<string, string> = mine ? { myShare: mine.share } : {};
    others.forEach((o, i) => {
      typed[`iin${i + 1}`] = o.iin;
      typed[`share${i + 1}`] = o.share;
    });
    return ownersPage(c, a, typed, []);
  });
  app.post('/new/owners', withDraft(ctx, flow, 'owners'), async (c) => {
    const typed = await formFields(c);
    const a = answersIn(c, flow());
    const others = Array.from({ length: MAX_CO_OWNERS }, (_, i) => ({
      iin: typed[`iin${i + 1}`] ?? '',
      share: typed[`share${i + 1}`] ?? '',
    }));
    const read = readOwners(me(c), typed['myShare'] ?? '', others, isValidIin);
    if (!read.ok) return ownersPage(c, a, typed, [{ field: read.field, key: `cadastre.new-owners-${read.problem}` }]);
    const saved = await saveDraft(ctx, c, flow(), { owners: read.owners.map((o) => ({ ...o })) });
    return onward(c, flow(), saved.answers);
  });
  return app;
}

function nullsAway(values: Record<string, string | null | undefined>): Typed {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => typeof v === 'string')) as Typed;
}
