// The consent step of a service flow (issue 17 item 5, issue 19): the consent to use protected
// personal data, confirmed by an SMS code to the applicant's БМГ phone (004 cl.4: "by EDS or
// through a mobile device"; without it the service is refused on its ground, so the request is
// not sent without it). The cadastre (S9/S10) and licence (S6/S8) filings mount it with their
// flow and texts; the challenge confirmed is kept in the draft as `consent`.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { isAppError } from '../../../errors.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import { confirmConsent, requestConsentCode } from '../../../services/case-documents/portal.ts';
import type { ServiceContext } from '../../../services/context.ts';
import type { FormErrors } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';
import { CODE_ERRORS, type CodeSent, signingForm } from '../shared/signing.ts';
import { answersIn, type DraftFlow, onward, saveDraft, withDraft } from './draft.ts';
import { flowPage } from './question.ts';
import { backOf } from './steps.ts';

/** What a flow keeps that this step reads and writes. */
export interface ConsentAnswers extends Record<string, unknown> {
  /** The id the case will have: the consent is given for it. */
  caseId: string;
  /** The SMS-code challenge the applicant confirmed as consent. */
  consent: string | null;
}

export interface ConsentStep<A extends ConsentAnswers, S extends string> {
  /** The flow's own path of the step, e.g. `/cadastre/new/consent` (the form posts there). */
  readonly action: string;
  readonly step: S;
  readonly flow: () => DraftFlow<A, S>;
  /** Where a person without a filing under way is sent (the flow's first question). */
  readonly start: string;
  readonly texts: {
    readonly caption: MessageKey;
    readonly title: MessageKey;
    readonly body: MessageKey;
    readonly code: MessageKey;
  };
}

/** The step's pages, relative to where the flow's pages are mounted (`/new/consent`). */
export function consentPages<A extends ConsentAnswers, S extends string>(ctx: ServiceContext, s: ConsentStep<A, S>) {
  const app = new Hono<PageEnv>();
  const local = s.action.replace(/^\/[^/]+/, '');
  app.use(local, requireLogin);
  const me = (c: Context<PageEnv>) => c.get('principal').iin;

  const page = (c: Context<PageEnv>, a: Partial<A>, sent: CodeSent | undefined, errors: FormErrors) => {
    const t = translator(c);
    return flowPage(c, {
      title: t(s.texts.title),
      back: backOf(s.flow(), a, s.step),
      caption: t(s.texts.caption),
      errors,
      body: html`<h1>${t(s.texts.title)}</h1>
        <p>${t(s.texts.body)}</p>
        <p>${t(s.texts.code)}</p>
        ${signingForm(c.get('lang'), { action: s.action, sent, errors })}`,
    });
  };

  app.get(local, withDraft(ctx, s.flow, s.step), (c) => page(c, answersIn(c, s.flow()), undefined, []));

  app.post(local, withDraft(ctx, s.flow, s.step), async (c) => {
    const a = answersIn(c, s.flow());
    const fields = await formFields(c);
    const challengeId = fields['challengeId'] ?? '';
    const sent = fields['step'] === 'sign' ? { challengeId, phone: fields['phone'] ?? '' } : undefined;
    if (!a.caseId) return c.redirect(s.start, 303);
    try {
      if (fields['step'] !== 'sign') {
        const issued = await requestConsentCode(ctx, me(c), a.caseId);
        return page(c, a, { challengeId: issued.challengeId, phone: issued.phoneMasked }, []);
      }
      const code = fields['code'] ?? '';
      if (!/^[0-9]{6}$/.test(code)) return page(c, a, sent, [{ field: 'code', key: 'login.code-format' }]);
      const given = await confirmConsent(ctx, me(c), a.caseId, { challengeId, code });
      const saved = await saveDraft(ctx, c, s.flow(), { consent: given.challengeId } as Partial<A>);
      return onward(c, s.flow(), saved.answers);
    } catch (error) {
      if (!isAppError(error) || !CODE_ERRORS.has(error.code)) throw error;
      return page(c, a, sent, [{ field: 'code', key: error.code, params: error.params }]);
    }
  });
  return app;
}
