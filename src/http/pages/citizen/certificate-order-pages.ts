// Ordering an address certificate on the pages (issue 22; C1–C6 of docs/address-certificates.md):
// whose (myself, my child, my husband or wife), the other person's IIN — checked at once, so a
// person who may not have it stops there, told only "you are not entitled to a certificate about
// this person" and what they can do instead (issue 13: nothing about the other person) — which
// certificate, check answers, issue. Answers live in a draft (services/drafts.ts); once issued the
// draft keeps the number, so a second press or the back button shows that certificate instead of
// issuing another.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { isValidIin } from '../../../domain/iin.ts';
import { isAppError } from '../../../errors.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import { issueCertificate } from '../../../services/certificates/issue.ts';
import { checkOnlineEntitlement, ENTITLEMENT_REFUSALS } from '../../../services/certificates/online-check.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { saveAnswers } from '../../../services/drafts.ts';
import { answersIn, type DraftFlow, freshDraft, onward, saveDraft, withDraft } from '../flow/draft.ts';
import { backOf } from '../flow/steps.ts';
import {
  backLink,
  button,
  errorOf,
  errorSummary,
  type FormErrors,
  form,
  radios,
  summaryList,
  textField,
} from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, render, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';

const FLOW = 'address-certificate';
const WHOSE = ['self', 'child', 'spouse'] as const;
const KINDS = ['current', 'history'] as const;
type Whose = (typeof WHOSE)[number];
type Kind = (typeof KINDS)[number];

interface Answers extends Record<string, unknown> {
  whose: Whose;
  /** The other person's IIN; the requester's own for "myself". Null clears it. */
  subject: string | null;
  kind: Kind;
  /** The certificate issued from these answers. */
  issued: string;
}

/** Content refusals (C6) are answered next to the choice of certificate. */
const CONTENT_REFUSALS: Record<string, MessageKey> = {
  'certificate.no-current-registration': 'certificates.no-current',
  'certificate.no-registration-history': 'certificates.no-history',
  'certificate.address-unknown': 'certificates.address-unknown',
};

type Step = 'whose' | 'person' | 'kind';

/**
 * The order as a flow (flow/steps.ts): the other person's IIN only when the certificate is not
 * about oneself; no question may be skipped; once issued, every page of the order shows the
 * certificate instead (a second press, the back button) until a new order starts at /new.
 */
const ORDER: DraftFlow<Answers, Step> = {
  name: FLOW,
  holder: (c) => c.get('principal').iin,
  start: '/certificates',
  path: (step) => (step === 'whose' ? '/certificates/new' : `/certificates/new/${step}`),
  strict: true,
  leave: (draft) => (draft.answers.issued ? `/certificates/${draft.answers.issued}` : null),
  steps: [
    { id: 'whose', answered: (a) => a.whose !== undefined },
    { id: 'person', applies: (a) => a.whose !== 'self', answered: (a) => !!a.subject },
    { id: 'kind', answered: (a) => a.kind !== undefined },
  ],
};

const isWhose = (v: string): v is Whose => (WHOSE as readonly string[]).includes(v);
const isKind = (v: string): v is Kind => (KINDS as readonly string[]).includes(v);

export function certificateOrderPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('/new', requireLogin);
  app.use('/new/*', requireLogin);
  const me = (c: Context<PageEnv>) => c.get('principal').iin;

  const whosePage = (c: Context<PageEnv>, value: string | undefined, errors: FormErrors) => {
    const t = translator(c);
    const lang = c.get('lang');
    return render(c, {
      title: t('certificates.whose-title'),
      hasErrors: errors.length > 0,
      body: html`${backLink(lang, '/certificates')} ${errorSummary(lang, errors)}
      ${form('/certificates/new', [
        radios(lang, {
          name: 'whose',
          legend: t('certificates.whose-title'),
          hint: t('certificates.whose-hint'),
          asHeading: true,
          value,
          error: errorOf(errors, 'whose'),
          options: [
            { value: 'self', label: t('certificates.whose-self') },
            { value: 'child', label: t('certificates.whose-child'), hint: t('certificates.whose-child-hint') },
            { value: 'spouse', label: t('certificates.whose-spouse'), hint: t('certificates.whose-spouse-hint') },
          ],
        }),
        button(t('page.continue')),
      ])}`,
    });
  };

  const personPage = (c: Context<PageEnv>, whose: Whose, value: string | undefined, errors: FormErrors) => {
    const t = translator(c);
    const lang = c.get('lang');
    const label = t(whose === 'spouse' ? 'certificates.person-spouse' : 'certificates.person-child');
    return render(c, {
      title: label,
      hasErrors: errors.length > 0,
      body: html`${backLink(lang, '/certificates/new')} ${errorSummary(lang, errors)}
      ${form('/certificates/new/person', [
        textField(lang, {
          name: 'iin',
          label,
          hint: t('certificates.person-hint'),
          asHeading: true,
          value,
          error: errorOf(errors, 'iin'),
          inputmode: 'numeric',
          width: 'short',
        }),
        button(t('page.continue')),
      ])}`,
    });
  };

  /** GOV.UK "you cannot use this service" for this person: the same words whatever the reason. */
  const refusedPage = (c: Context<PageEnv>) => {
    const t = translator(c);
    const lang = c.get('lang');
    return render(c, {
      title: t('certificates.refused-title'),
      body: html`${backLink(lang, '/certificates/new/person')}
        <h1>${t('certificates.refused-title')}</h1>
        <p>${t('certificates.refused-body')}</p>
        <p>${t('certificates.refused-check')}</p>
        <p>${t('certificates.refused-rules')}</p>
        <p>${t('certificates.refused-desk')}</p>
        <ul>
          <li><a href="/certificates/new/person">${t('certificates.refused-again')}</a></li>
          <li><a href="/certificates">${t('certificates.back-to-list')}</a></li>
        </ul>`,
    });
  };

  const kindPage = (c: Context<PageEnv>, value: string | undefined, errors: FormErrors, back: string) => {
    const t = translator(c);
    const lang = c.get('lang');
    return render(c, {
      title: t('certificates.kind-title'),
      hasErrors: errors.length > 0,
      body: html`${backLink(lang, back)} ${errorSummary(lang, errors)}
      ${form('/certificates/new/kind', [
        radios(lang, {
          name: 'kind',
          legend: t('certificates.kind-title'),
          asHeading: true,
          value,
          error: errorOf(errors, 'kind'),
          options: KINDS.map((k) => ({
            value: k,
            label: t(`certificates.kind-${k}`),
            hint: t(`certificates.kind-${k}-hint`),
          })),
        }),
        button(t('page.continue')),
      ])}`,
    });
  };
  const kindBack = (a: Partial<Answers>) => backOf(ORDER, a, 'kind');

  const checkPage = async (c: Context<PageEnv>, a: Partial<Answers>, errors: FormErrors) => {
    const t = translator(c);
    const lang = c.get('lang');
    if (!a.subject || !a.kind) return c.redirect('/certificates/new', 303);
    const entitled = await checkOnlineEntitlement(ctx, { kind: 'citizen', iin: me(c) }, a.subject);
    if (!entitled.ok) return refusedPage(c);
    const about =
      entitled.basis === 'parent'
        ? t('certificates.about-parent', { name: entitled.subjectName })
        : entitled.basis === 'spouse'
          ? t('certificates.about-spouse', { name: entitled.subjectName })
          : t('certificates.about-self', { name: entitled.subjectName });
    return render(c, {
      title: t('certificates.check-title'),
      hasErrors: errors.length > 0,
      body: html`${backLink(lang, backOf(ORDER, a, 'check'))} ${errorSummary(lang, errors)}
        <h1>${t('certificates.check-title')}</h1>
        ${summaryList(lang, [
          { key: t('certificates.check-about'), value: about, change: '/certificates/new' },
          {
            key: t('certificates.check-kind'),
            value: html`${t(`certificates.kind-${a.kind}`)}${
              errorOf(errors, 'kind')
                ? html`<p class="error-message" id="kind">${t(errorOf(errors, 'kind')!.key)}</p>`
                : ''
            }`,
            change: '/certificates/new/kind',
          },
        ])}
        <p>${t('certificates.check-sealed')}</p>
        ${entitled.basis === 'self' ? '' : html`<p>${t('certificates.check-told')}</p>`}
        ${form('/certificates/new/check', [button(t('certificates.check-submit'))])}`,
    });
  };

  // The first question opens a new order once the last one was issued (freshDraft).
  app.get('/new', async (c) => whosePage(c, (await freshDraft(ctx, c, ORDER))?.answers.whose, []));

  app.post('/new', async (c) => {
    const { whose = '' } = await formFields(c);
    if (!isWhose(whose)) return whosePage(c, undefined, [{ field: 'whose', key: 'certificates.whose-choose' }]);
    const draft = await freshDraft(ctx, c, ORDER);
    // Choosing again keeps the other person's IIN only while the answer stays the same.
    const keep = draft && draft.answers.whose === whose && whose !== 'self';
    const saved = await saveAnswers<Answers>(ctx, me(c), FLOW, {
      whose,
      subject: whose === 'self' ? me(c) : keep ? (draft.answers.subject ?? null) : null,
    });
    // Whose certificate starts the order over: the questions after it are asked again in turn,
    // with their earlier answers filled in, rather than skipped to the check page.
    return c.redirect(ORDER.path(saved.answers.whose === 'self' ? 'kind' : 'person'), 303);
  });

  app.get('/new/person', withDraft(ctx, ORDER, 'person'), (c) => {
    const a = answersIn(c, ORDER);
    return personPage(c, a.whose === 'spouse' ? 'spouse' : 'child', a.subject ?? undefined, []);
  });

  app.post('/new/person', withDraft(ctx, ORDER, 'person'), async (c) => {
    const a = answersIn(c, ORDER);
    const whose = a.whose === 'spouse' ? 'spouse' : 'child';
    const typed = (await formFields(c))['iin'] ?? '';
    // Spaces are not part of an IIN: a pasted " 0001 2060 0001 " is read as its digits.
    const iin = typed.replace(/\s+/g, '');
    const problem: MessageKey | null =
      iin === ''
        ? 'certificates.person-empty'
        : !isValidIin(iin)
          ? 'invalid-iin-input'
          : iin === me(c)
            ? 'certificates.person-own'
            : null;
    if (problem) return personPage(c, whose, typed, [{ field: 'iin', key: problem }]);
    const entitled = await checkOnlineEntitlement(ctx, { kind: 'citizen', iin: me(c) }, iin);
    // The draft never holds a person the requester may not have a certificate about.
    if (!entitled.ok) return refusedPage(c);
    return onward(c, ORDER, (await saveDraft(ctx, c, ORDER, { subject: iin })).answers);
  });

  app.get('/new/kind', withDraft(ctx, ORDER, 'kind'), (c) => {
    const a = answersIn(c, ORDER);
    return kindPage(c, a.kind, [], kindBack(a));
  });

  app.post('/new/kind', withDraft(ctx, ORDER, 'kind'), async (c) => {
    const a = answersIn(c, ORDER);
    const { kind = '' } = await formFields(c);
    if (!isKind(kind)) return kindPage(c, undefined, [{ field: 'kind', key: 'certificates.kind-choose' }], kindBack(a));
    return onward(c, ORDER, (await saveDraft(ctx, c, ORDER, { kind })).answers);
  });

  app.get('/new/check', withDraft(ctx, ORDER, 'check'), (c) => checkPage(c, answersIn(c, ORDER), []));

  // Issued already (a second press, the back button): withDraft shows that certificate.
  app.post('/new/check', withDraft(ctx, ORDER, 'check'), async (c) => {
    const a = answersIn(c, ORDER);
    if (!a.subject || !a.kind) return c.redirect('/certificates/new', 303);
    try {
      const issued = await issueCertificate(ctx, { kind: 'citizen', iin: me(c) }, { kind: a.kind, subject: a.subject });
      await saveAnswers<Answers>(ctx, me(c), FLOW, { issued: issued.number });
      return c.redirect(`/certificates/${issued.number}`, 303);
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (ENTITLEMENT_REFUSALS.has(error.code)) return refusedPage(c);
      const key = CONTENT_REFUSALS[error.code];
      if (!key) throw error;
      return checkPage(c, a, [{ field: 'kind', key }]);
    }
  });
  return app;
}
