// The end of an S9/S10 filing (issue 17 item 6): the consent to use protected data, confirmed by
// an SMS code (004 cl.4: "by EDS or through a mobile device"; without it the service is refused,
// ground 5, so the request is not sent without it), the check page, and the filing itself —
// the case opened by the engine with its due date, the documents into the object's inventory
// file, and the first-stage invoice (004 L1 r.8), after which the draft shows the case.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { type CadastreObject, registerAddress } from '../../../domain/cases/cadastre-object.ts';
import type { CaseFacts } from '../../../domain/cases/case.ts';
import { maskIin } from '../../../domain/iin.ts';
import { pickerCities } from '../../../services/addresses.ts';
import { dateInAstana } from '../../../domain/dates.ts';
import { isAppError } from '../../../errors.ts';
import { filePortalCase, uploadsOf } from '../../../services/case-documents/portal.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { saveAnswers } from '../../../services/drafts.ts';
import { answersIn, saveDraft, withDraft } from '../flow/draft.ts';
import { consentPages } from '../flow/consent-page.ts';
import { flowPage } from '../flow/question.ts';
import { backOf } from '../flow/steps.ts';
import { button, type FormErrors, form, summaryList } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';
import {
  type Answers,
  type Step,
  asksArea,
  asksLandPlot,
  cadastreFlow,
  isNewObject,
  neededDocuments,
  PATH,
  serviceOf,
  statementsOf,
} from './cadastre-flow.ts';
import { documentTitle } from './cadastre-documents-page.ts';

export function cadastreFilePages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('/new/check', requireLogin);
  const me = (c: Context<PageEnv>) => c.get('principal').iin;
  const today = () => dateInAstana(ctx.clock.now());
  const flow = () => cadastreFlow(me, today());

  // 004 cl.4: the consent to use protected data, by SMS code (flow/consent-page.ts).
  app.route(
    '/',
    consentPages<Answers, Step>(ctx, {
      action: PATH('consent'),
      step: 'consent',
      flow,
      start: PATH('variant'),
      texts: {
        caption: 'cadastre.caption',
        title: 'cadastre.consent-title',
        body: 'cadastre.consent-body',
        code: 'cadastre.consent-code',
      },
    }),
  );

  const checkPage = async (c: Context<PageEnv>, a: Partial<Answers>, errors: FormErrors) => {
    const t = translator(c);
    const lang = c.get('lang');
    if (!a.variant || !a.caseId) return c.redirect(PATH('variant'), 303);
    const uploaded = await uploadsOf(ctx, me(c), a.caseId);
    const docs = neededDocuments(a, today()).filter((d) => uploaded.some((u) => u.kind === d.id));
    const rows = [
      { key: t('cadastre.check-service'), value: t(`cadastre.variant-${a.variant}`), change: PATH('variant') },
      ...(a.object && a.variant !== 'S9a'
        ? [{ key: t('cadastre.check-object'), value: t(`cadastre.object-${a.object}`), change: PATH('object') }]
        : []),
      ...(asksArea(a) && a.areaM2
        ? [{ key: t('cadastre.check-area'), value: t('cadastre.area-value', { area: a.areaM2 }), change: PATH('area') }]
        : []),
      ...(isNewObject(a)
        ? await newObjectRows(c, a)
        : [{ key: t('cadastre.check-where'), value: a.rka ?? a.address ?? '', change: PATH('where') }]),
      ...(asksLandPlot(a, today()) && a.landPlot
        ? [
            {
              key: t('cadastre.check-land'),
              value: t(a.landPlot === 'yes' ? 'cadastre.yes' : 'cadastre.no'),
              change: PATH('land'),
            },
          ]
        : []),
      {
        key: t('cadastre.check-documents'),
        value: docs.length
          ? html`<ul>
              ${docs.map((d) => html`<li>${documentTitle(lang, d)}</li>`)}
            </ul>`
          : '—',
        change: PATH('documents'),
      },
    ];
    return flowPage(c, {
      title: t('cadastre.check-title'),
      back: backOf(flow(), a, 'check'),
      caption: t('cadastre.caption'),
      errors,
      body: html`<h1>${t('cadastre.check-title')}</h1>
        ${summaryList(lang, rows)}
        <p>${t('cadastre.consent-given')}</p>
        <p>${t('cadastre.check-fee')}</p>
        ${form(PATH('check'), [button(t('cadastre.check-submit'))])}`,
    });
  };

  const placeOf = async (city: string | null | undefined) =>
    (await pickerCities(ctx)).find((known) => known.city === city)?.place ?? '';
  const newObjectOf = async (a: Partial<Answers>): Promise<CadastreObject> => ({
    rka: a.rka ?? '',
    city: a.city ?? '',
    address: registerAddress(await placeOf(a.city), a.street ?? '', a.house ?? '', a.flat ?? null),
    areaM2: a.areaM2 ?? 0,
    owners: a.owners ?? [],
  });
  // The other right holders' IINs are masked: the applicant typed them, the page need not show them.
  const newObjectRows = async (c: Context<PageEnv>, a: Partial<Answers>) => {
    const t = translator(c);
    const object = await newObjectOf(a);
    const owners = object.owners.map((o, i) =>
      i === 0 ? t('cadastre.new-owner-you', { share: o.share }) : `${maskIin(o.iin)} — ${o.share}`,
    );
    return [
      { key: t('cadastre.check-new-address'), value: object.address, change: PATH('describe') },
      { key: t('cadastre.new-rka-label'), value: object.rka, change: PATH('describe') },
      { key: t('cadastre.check-area'), value: t('cadastre.area-value', { area: object.areaM2 }), change: PATH('area') },
      {
        key: t('cadastre.check-owners'),
        value: html`<ul>
          ${owners.map((o) => html`<li>${o}</li>`)}
        </ul>`,
        change: PATH('owners'),
      },
    ];
  };

  app.get('/new/check', withDraft(ctx, flow, 'check'), (c) => checkPage(c, answersIn(c, flow()), []));

  // Filed already (a second press, the back button): withDraft shows the case instead.
  app.post('/new/check', withDraft(ctx, flow, 'check'), async (c) => {
    const a = answersIn(c, flow());
    if (!a.variant || !a.caseId || !a.consent) return c.redirect(PATH('variant'), 303);
    // D6: S9a's rule reads no object; the others read its kind, and the area where the rule needs it.
    // S9a: the new object as described, which the executor enters into ЕГКН (004 cl.4).
    const facts: CaseFacts =
      a.variant === 'S9a'
        ? { cadastre: await newObjectOf(a) }
        : { ...(a.object ? { object: a.object } : {}), ...(asksArea(a) && a.areaM2 ? { areaM2: a.areaM2 } : {}) };
    try {
      await filePortalCase(ctx, {
        caseId: a.caseId,
        applicant: me(c),
        service: serviceOf(a.variant),
        variant: a.variant,
        facts,
        object: a.rka ? { kind: 'rka', rka: a.rka } : { kind: 'address', address: a.address ?? '' },
        statements: statementsOf(a),
        consent: { means: 'sms-code', challengeId: a.consent },
      });
    } catch (error) {
      if (!isAppError(error)) throw error;
      // S9a: the РКА is in ЕГКН already, or the description no longer holds: back to it.
      if (error.code === 'case.object-exists' || error.code === 'case.object-invalid')
        return checkPage(c, a, [
          error.code === 'case.object-exists'
            ? { field: 'describe', key: error.code, params: error.params }
            : { field: 'describe', key: 'cadastre.new-object-invalid' },
        ]);
      // A document removed or a consent no longer valid since: back to that question.
      if (error.code === 'case-document.no-consent') {
        await saveDraft(ctx, c, flow(), { consent: null });
        return c.redirect(PATH('consent'), 303);
      }
      if (error.code !== 'case-document.missing') throw error;
      return checkPage(c, a, [{ field: 'documents', key: error.code }]);
    }
    await saveAnswers<Answers>(ctx, me(c), 'cadastre', { filed: a.caseId });
    return c.redirect(`/cadastre/cases/${a.caseId}`, 303);
  });
  return app;
}
