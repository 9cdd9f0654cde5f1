// The end of an S6/S8 filing (issue 19): the consent to use protected data confirmed by an SMS
// code (003 ¶B3 asks it in writing at a ЦОН; on the portal a code, docs/licences.md), the check
// page, and the filing — the case opened by the engine with its due date at the committee, after
// which the draft shows the request's page.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { PowerOfAttorney } from '../../../domain/applicants/power-of-attorney.ts';
import { dateInAstana } from '../../../domain/dates.ts';
import { isAppError } from '../../../errors.ts';
import { uploadsOf } from '../../../services/case-documents/portal.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { saveAnswers } from '../../../services/drafts.ts';
import { fileLicenceOnPortal } from '../../../services/licences/portal.ts';
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
  asksAuthority,
  documentKey,
  licenceFlow,
  neededDocuments,
  PATH,
  type Step,
} from './licence-flow.ts';

/** The power of attorney as the representative typed it, signed by the head ГБД ЮЛ names. */
function powerOfAttorney(a: Partial<Answers>, me: string): PowerOfAttorney | null {
  if (!asksAuthority(a) || !a.poaNumber || !a.poaIssuedOn || !a.poaValidUntil || !a.bin || !a.service || !a.headIin)
    return null;
  return {
    number: a.poaNumber,
    issuedOn: a.poaIssuedOn,
    validUntil: a.poaValidUntil,
    issuer: a.headIin as PowerOfAttorney['issuer'],
    notary: a.poaNotary ?? null,
    represented: { kind: 'legal', bin: a.bin as never },
    representative: me as PowerOfAttorney['representative'],
    scope: { kind: 'services', services: [a.service] },
  };
}

export function licenceFilePages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('/new/check', requireLogin);
  const me = (c: Context<PageEnv>) => c.get('principal').iin;
  const today = () => dateInAstana(ctx.clock.now());
  const flow = () => licenceFlow(me);

  // The consent to use protected data, by SMS code (flow/consent-page.ts; docs/licences.md).
  app.route(
    '/',
    consentPages<Answers, Step>(ctx, {
      action: PATH('consent'),
      step: 'consent',
      flow,
      start: PATH('service'),
      texts: {
        caption: 'licence.caption',
        title: 'licence.consent-title',
        body: 'licence.consent-body',
        code: 'licence.consent-code',
      },
    }),
  );

  const checkPage = async (c: Context<PageEnv>, a: Partial<Answers>, errors: FormErrors) => {
    const t = translator(c);
    if (!a.service || !a.caseId) return c.redirect(PATH('service'), 303);
    const uploaded = await uploadsOf(ctx, me(c), a.caseId);
    const docs = neededDocuments(a, today()).filter((d) => uploaded.some((u) => u.kind === d.id));
    const yes = (v: boolean) => t(v ? 'licence.yes' : 'licence.no');
    const rows = [
      { key: t('licence.check-service'), value: t(`licence.service-${a.service}`), change: PATH('service') },
      { key: t('licence.check-organisation'), value: `${a.orgName ?? ''} (${a.bin ?? ''})`, change: PATH('company') },
      {
        key: t('licence.check-basis'),
        value: asksAuthority(a) ? t('licence.basis-poa', { number: a.poaNumber ?? '' }) : t('licence.basis-head'),
        ...(asksAuthority(a) ? { change: PATH('authority') } : {}),
      },
      ...(a.service === 'S8'
        ? [{ key: t('licence.check-purpose'), value: yes(a.purpose === 'repair'), change: PATH('purpose') }]
        : [
            {
              key: t('licence.check-intermediary'),
              value: yes(a.intermediary === 'yes'),
              change: PATH('intermediary'),
            },
          ]),
      {
        key: t('licence.check-documents'),
        value: html`<ul>
          ${docs.map((d) => html`<li>${t(documentKey(d.id))}</li>`)}
        </ul>`,
        change: PATH('documents'),
      },
    ];
    return flowPage(c, {
      title: t('licence.check-title'),
      back: backOf(flow(), a, 'check'),
      caption: t('licence.caption'),
      errors,
      body: html`<h1>${t('licence.check-title')}</h1>
        ${summaryList(c.get('lang'), rows)}
        <p>${t('licence.consent-given')}</p>
        <p>${t('licence.check-free')}</p>
        ${form(PATH('check'), [button(t('licence.check-submit'))])}`,
    });
  };
  app.get('/new/check', withDraft(ctx, flow, 'check'), (c) => checkPage(c, answersIn(c, flow()), []));

  // Filed already (a second press, the back button): withDraft shows the request instead.
  app.post('/new/check', withDraft(ctx, flow, 'check'), async (c) => {
    const a = answersIn(c, flow());
    if (!a.service || !a.caseId || !a.consent || !a.bin) return c.redirect(PATH('service'), 303);
    try {
      await fileLicenceOnPortal(ctx, {
        caseId: a.caseId,
        service: a.service,
        applicant: me(c),
        bin: a.bin,
        powerOfAttorney: powerOfAttorney(a, me(c)),
        consentChallenge: a.consent,
        ...(a.service === 'S8'
          ? { purposeRepair: a.purpose === 'repair' }
          : { intermediary: a.intermediary === 'yes' }),
      });
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.code === 'case-document.no-consent') {
        await saveDraft(ctx, c, flow(), { consent: null });
        return c.redirect(PATH('consent'), 303);
      }
      // A document removed since, or a power of attorney that does not hold on the filing day.
      return checkPage(c, a, [{ field: 'documents', key: error.code, params: error.params }]);
    }
    await saveAnswers<Answers>(ctx, me(c), 'licence', { filed: a.caseId });
    return c.redirect(`/licences/cases/${a.caseId}`, 303);
  });
  return app;
}
