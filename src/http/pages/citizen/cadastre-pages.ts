// The S9/S10 filing's question pages (issue 17 item 6): what the person needs, the object's kind
// and area, its cadastral code or address, and whether there is a land-plot document. One
// question per page (GOV.UK), each posting back to itself; the flow (cadastre-flow.ts) decides
// what comes next. The uploads, consent and check pages are in cadastre-file-pages.ts.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { dateInAstana } from '../../../domain/dates.ts';
import { isRka } from '../../../domain/rka.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { newFilingId } from '../../../services/case-documents/portal.ts';
import { answersIn, freshDraft, onward, saveDraft, withDraft } from '../flow/draft.ts';
import { questionPage } from '../flow/question.ts';
import { backOf } from '../flow/steps.ts';
import { errorOf, type FormErrors, radios, textField } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';
import {
  type Answers,
  cadastreFlow,
  isNewObject,
  isObjectKind,
  isVariant,
  OBJECT_KINDS,
  PATH,
  type Step,
  VARIANTS,
} from './cadastre-flow.ts';

export function cadastrePages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('/new', requireLogin);
  app.use('/new/*', requireLogin);
  const me = (c: Context<PageEnv>) => c.get('principal').iin;
  const flow = (_c?: Context<PageEnv>) => cadastreFlow(me, dateInAstana(ctx.clock.now()));

  const ask = (
    c: Context<PageEnv>,
    step: Step,
    a: Partial<Answers>,
    title: string,
    fields: Parameters<typeof questionPage>[1]['fields'],
    errors: FormErrors,
  ) =>
    questionPage(c, {
      title,
      back: backOf(flow(), a, step),
      caption: translator(c)('cadastre.caption'),
      errors,
      action: PATH(step),
      fields,
    });

  const variantPage = (c: Context<PageEnv>, a: Partial<Answers>, errors: FormErrors) => {
    const t = translator(c);
    return ask(
      c,
      'variant',
      a,
      t('cadastre.variant-title'),
      radios(c.get('lang'), {
        name: 'variant',
        legend: t('cadastre.variant-title'),
        asHeading: true,
        value: a.variant,
        error: errorOf(errors, 'variant'),
        options: VARIANTS.map((v) => ({
          value: v,
          label: t(`cadastre.variant-${v}`),
          hint: t(`cadastre.variant-${v}-hint`),
        })),
      }),
      errors,
    );
  };

  // The first question starts a new filing once the last one was filed (withDraft would show it).
  app.get('/new', async (c) => variantPage(c, (await freshDraft(ctx, c, flow()))?.answers ?? {}, []));

  app.post('/new', async (c) => {
    const { variant = '' } = await formFields(c);
    const a = (await freshDraft(ctx, c, flow()))?.answers ?? {};
    if (!isVariant(variant)) return variantPage(c, a, [{ field: 'variant', key: 'cadastre.variant-choose' }]);
    // Another service asks for other documents: they are confirmed again on the documents page.
    const changed = a.variant !== variant;
    const saved = await saveDraft(ctx, c, flow(), {
      variant,
      caseId: a.caseId ?? newFilingId(),
      ...(changed ? { documentsDone: null, landPlot: null } : {}),
    });
    return onward(c, flow(), saved.answers);
  });

  app.get('/new/object', withDraft(ctx, flow, 'object'), (c) => objectPage(c, answersIn(c, flow()), []));
  const objectPage = (c: Context<PageEnv>, a: Partial<Answers>, errors: FormErrors) => {
    const t = translator(c);
    return ask(
      c,
      'object',
      a,
      t('cadastre.object-title'),
      radios(c.get('lang'), {
        name: 'object',
        legend: t('cadastre.object-title'),
        asHeading: true,
        value: a.object ?? undefined,
        error: errorOf(errors, 'object'),
        options: OBJECT_KINDS.map((k) => ({ value: k, label: t(`cadastre.object-${k}`) })),
      }),
      errors,
    );
  };
  app.post('/new/object', withDraft(ctx, flow, 'object'), async (c) => {
    const { object = '' } = await formFields(c);
    if (!isObjectKind(object))
      return objectPage(c, answersIn(c, flow()), [{ field: 'object', key: 'cadastre.object-choose' }]);
    return onward(c, flow(), (await saveDraft(ctx, c, flow(), { object })).answers);
  });

  const areaPage = (c: Context<PageEnv>, a: Partial<Answers>, value: string | undefined, errors: FormErrors) => {
    const t = translator(c);
    return ask(
      c,
      'area',
      a,
      t('cadastre.area-title'),
      textField(c.get('lang'), {
        name: 'area',
        label: t('cadastre.area-title'),
        // S9a: the area measured for the commissioning act; for the others the term depends on it.
        hint: t(isNewObject(a) ? 'cadastre.new-area-hint' : 'cadastre.area-hint'),
        asHeading: true,
        value,
        error: errorOf(errors, 'area'),
        inputmode: 'text',
        width: 'short',
        maxlength: 12,
      }),
      errors,
    );
  };
  app.get('/new/area', withDraft(ctx, flow, 'area'), (c) => {
    const a = answersIn(c, flow());
    return areaPage(c, a, a.areaM2 == null ? undefined : String(a.areaM2), []);
  });
  app.post('/new/area', withDraft(ctx, flow, 'area'), async (c) => {
    const typed = (await formFields(c))['area'] ?? '';
    // A decimal comma is how kk and ru write 86,5.
    const text = typed.replace(/\s+/g, '').replace(',', '.');
    const area = /^\d{1,7}(\.\d{1,2})?$/.test(text) ? Number(text) : NaN;
    if (!(area > 0)) return areaPage(c, answersIn(c, flow()), typed, [{ field: 'area', key: 'cadastre.area-invalid' }]);
    return onward(c, flow(), (await saveDraft(ctx, c, flow(), { areaM2: area })).answers);
  });

  const wherePage = (
    c: Context<PageEnv>,
    a: Partial<Answers>,
    value: { rka?: string | undefined; address?: string | undefined },
    errors: FormErrors,
  ) => {
    const t = translator(c);
    const lang = c.get('lang');
    return questionPage(c, {
      title: t('cadastre.where-title'),
      back: backOf(flow(), a, 'where'),
      caption: t('cadastre.caption'),
      errors,
      action: PATH('where'),
      before: html`<h1>${t('cadastre.where-title')}</h1>
        <p class="hint">${t('cadastre.where-hint')}</p>`,
      fields: [
        textField(lang, {
          name: 'rka',
          label: t('cadastre.rka-label'),
          hint: t('cadastre.rka-hint'),
          value: value.rka,
          error: errorOf(errors, 'rka'),
          inputmode: 'numeric',
          width: 'medium',
          maxlength: 20,
        }),
        textField(lang, {
          name: 'address',
          label: t('cadastre.address-label'),
          hint: t('cadastre.address-hint'),
          value: value.address,
          error: errorOf(errors, 'address'),
          width: 'long',
          maxlength: 300,
        }),
      ],
    });
  };
  app.get('/new/where', withDraft(ctx, flow, 'where'), (c) => {
    const a = answersIn(c, flow());
    return wherePage(c, a, { rka: a.rka ?? undefined, address: a.address ?? undefined }, []);
  });
  app.post('/new/where', withDraft(ctx, flow, 'where'), async (c) => {
    const fields = await formFields(c);
    const rka = (fields['rka'] ?? '').replace(/\s+/g, '');
    const address = fields['address'] ?? '';
    const a = answersIn(c, flow());
    if (rka === '' && address === '')
      return wherePage(c, a, { rka, address }, [{ field: 'rka', key: 'cadastre.where-empty' }]);
    if (rka !== '' && !isRka(rka))
      return wherePage(c, a, { rka: fields['rka'], address }, [{ field: 'rka', key: 'cadastre.rka-invalid' }]);
    const saved = await saveDraft(ctx, c, flow(), { rka: rka || null, address: rka ? null : address });
    return onward(c, flow(), saved.answers);
  });

  const landPage = (c: Context<PageEnv>, a: Partial<Answers>, errors: FormErrors) => {
    const t = translator(c);
    return ask(
      c,
      'land',
      a,
      t('cadastre.land-title'),
      radios(c.get('lang'), {
        name: 'landPlot',
        legend: t('cadastre.land-title'),
        hint: t('cadastre.land-hint'),
        asHeading: true,
        value: a.landPlot ?? undefined,
        error: errorOf(errors, 'landPlot'),
        options: [
          { value: 'yes', label: t('cadastre.yes') },
          { value: 'no', label: t('cadastre.no') },
        ],
      }),
      errors,
    );
  };
  app.get('/new/land', withDraft(ctx, flow, 'land'), (c) => landPage(c, answersIn(c, flow()), []));
  app.post('/new/land', withDraft(ctx, flow, 'land'), async (c) => {
    const { landPlot = '' } = await formFields(c);
    const a = answersIn(c, flow());
    if (landPlot !== 'yes' && landPlot !== 'no')
      return landPage(c, a, [{ field: 'landPlot', key: 'cadastre.land-choose' }]);
    // A new answer may ask for one more document: the documents page is confirmed again.
    const saved = await saveDraft(ctx, c, flow(), {
      landPlot,
      ...(a.landPlot !== landPlot ? { documentsDone: null } : {}),
    });
    return onward(c, flow(), saved.answers);
  });
  return app;
}
