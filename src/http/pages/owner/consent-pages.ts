// The owner's consent (P7, I4) on the pages: the inbox of requests to register in the owner's
// dwellings, one request in full, "agree and sign" with an SMS code (F5), and "decline" after an
// "are you sure" page. Every answer ends on a confirmation panel. A request already answered —
// a second press, the back button, another device — shows its answer instead of an error.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { displayDate, displayLastDay } from '../../../i18n/display-dates.ts';
import { type Language, type MessageKey, translate } from '../../../i18n/messages.ts';
import { AppError, isAppError } from '../../../errors.ts';
import type { Actor } from '../../../services/actor.ts';
import { canRead } from '../../../services/applications/access.ts';
import { declineConsent, giveConsent } from '../../../services/applications/consent.ts';
import { type ConsentRequest, consentInbox, noteApplicationRead } from '../../../services/applications/queries.ts';
import { acceptedMembers } from '../../../services/applications/record.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { applicationMessage } from '../../../services/privacy/disclosure.ts';
import {
  backLink,
  button,
  errorSummary,
  type FormErrors,
  form,
  notice,
  panel,
  type SummaryRow,
  summaryList,
  tag,
  table,
} from '../shared/components.ts';
import { countryName } from '../shared/country-name.ts';
import type { PageEnv } from '../shared/env.ts';
import { maskIin } from '../../../domain/iin.ts';
import { addressesOf, addressText, namesOf, relationText } from './owner-view.ts';
import { formFields, render, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';
import { type CodeSent, signingForm, signingStep } from '../shared/signing.ts';
import { canonicalJson } from '../../../services/signatures/canonical-json.ts';
import { signingDocument } from '../../../services/applications/signing-document.ts';

type ConsentState = 'pending' | 'given' | 'declined' | 'expired' | 'withdrawn';

const ANSWER_TONES: Record<ConsentState, 'yellow' | 'green' | 'red' | 'grey'> = {
  pending: 'yellow',
  given: 'green',
  declined: 'red',
  expired: 'grey',
  withdrawn: 'grey',
};

function answerTag(lang: Language, state: string) {
  const s = (state in ANSWER_TONES ? state : 'withdrawn') as ConsentState;
  return tag(translate(lang, `consents.state.${s}`), ANSWER_TONES[s]);
}

function citizen(c: Context<PageEnv>): Actor & { kind: 'citizen' } {
  return { kind: 'citizen', iin: c.get('principal').iin };
}

/** The requests addressed to the person that they may read, as the API lists them. */
async function inboxOf(ctx: ServiceContext, actor: Actor & { kind: 'citizen' }): Promise<ConsentRequest[]> {
  const rows = await consentInbox(ctx, actor.iin);
  return rows.filter((r) => canRead(r.application, actor));
}

/** One request to this person; "not found" for anyone else's, so ids reveal nothing. */
async function requestOf(ctx: ServiceContext, actor: Actor & { kind: 'citizen' }, id: string) {
  const found = (await inboxOf(ctx, actor)).find((r) => r.application.id === id);
  if (!found) throw new AppError('application-not-found');
  return found;
}

const isOpen = (r: ConsentRequest) => r.state === 'pending' && r.application.state === 'consent-pending';

export function consentPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('*', requireLogin);

  app.get('/', async (c) => {
    const t = translator(c);
    const lang = c.get('lang');
    const requests = await inboxOf(ctx, citizen(c));
    const name = await namesOf(
      ctx,
      requests.map((r) => r.application.applicant),
    );
    const address = await addressesOf(
      ctx,
      requests.map((r) => r.application.rka),
    );
    const pending = requests.filter(isOpen);
    const answered = requests.filter((r) => !isOpen(r));
    const who = (r: ConsentRequest) =>
      html`<a href="/consents/${r.application.id}"
        >${name(r.application.applicant)}<span class="visually-hidden">
          — ${t('consents.open', { name: name(r.application.applicant) })}</span
        ></a
      >`;
    return render(c, {
      title: t('consents.title'),
      body: html`<h1>${t('consents.title')}</h1>
        <p>${t('consents.lead')}</p>
        <h2>${t('consents.pending')}</h2>
        ${
          pending.length === 0
            ? html`<p>${t('consents.pending-none')}</p>`
            : table(
                [
                  t('consents.applicant'),
                  t('consents.dwelling'),
                  t('consents.relation'),
                  t('consents.service'),
                  t('consents.due'),
                ],
                pending.map((r) => [
                  who(r),
                  addressText(lang, r.application.rka, address(r.application.rka)),
                  relationText(lang, r.application.payload.relation),
                  t(`service.${r.application.service}`),
                  r.application.consentDue ? displayLastDay(r.application.consentDue) : '',
                ]),
                t('consents.pending'),
              )
        }
        <h2>${t('consents.answered')}</h2>
        ${
          answered.length === 0
            ? html`<p>${t('consents.answered-none')}</p>`
            : table(
                [t('consents.applicant'), t('consents.dwelling'), t('consents.service'), t('consents.answer')],
                answered.map((r) => [
                  who(r),
                  addressText(lang, r.application.rka, address(r.application.rka)),
                  t(`service.${r.application.service}`),
                  answerTag(lang, r.state),
                ]),
                t('consents.answered'),
              )
        }`,
    });
  });

  /** The request in full; while it is open, with the two answers. */
  const detailPage = async (
    c: Context<PageEnv>,
    request: ConsentRequest,
    o: { sent?: CodeSent | undefined; errors?: FormErrors } = {},
  ) => {
    const t = translator(c);
    const lang = c.get('lang');
    const a = request.application;
    const errors = o.errors ?? [];
    const members = acceptedMembers(a);
    const name = await namesOf(ctx, [a.applicant, ...members]);
    const address = await addressesOf(ctx, [a.rka]);
    const rows: SummaryRow[] = [
      { key: t('consents.application'), value: a.number },
      { key: t('consents.applicant'), value: name(a.applicant) },
      { key: t('consents.iin'), value: maskIin(a.applicant) },
      { key: t('consents.dwelling'), value: addressText(lang, a.rka, address(a.rka)) },
      { key: t('consents.relation'), value: relationText(lang, a.payload.relation) },
      { key: t('consents.service'), value: t(`service.${a.service}`) },
    ];
    if (a.payload.periodMonths !== undefined)
      rows.push({ key: t('consents.period'), value: t('consents.period-months', { months: a.payload.periodMonths }) });
    if (members.length > 0) rows.push({ key: t('consents.members'), value: members.map((m) => name(m)).join(', ') });
    if (a.consentDue && isOpen(request)) rows.push({ key: t('consents.due'), value: displayLastDay(a.consentDue) });
    const coupon = a.coupon;
    const couponRows: SummaryRow[] = coupon
      ? [
          {
            key: t('consents.coupon-from'),
            value: [
              coupon.previousAddress.street,
              coupon.previousAddress.locality,
              coupon.previousAddress.region,
              countryName(lang, coupon.previousAddress.country),
            ]
              .filter(Boolean)
              .join(', '),
          },
          { key: t('consents.coupon-date'), value: displayDate(coupon.arrivalDate) },
          { key: t('consents.coupon-reason'), value: t(`consents.reason.${coupon.arrivalReason}` as MessageKey) },
        ]
      : [];
    const explanation = applicationMessage(a, 'consenter')?.[lang] ?? null;
    const action = `/consents/${a.id}`;
    return render(c, {
      title: t('consents.detail-title', { name: name(a.applicant) }),
      hasErrors: errors.length > 0,
      body: html`${backLink(lang, '/consents')} ${errorSummary(lang, errors)}
        <h1>${t('consents.detail-title', { name: name(a.applicant) })}</h1>
        ${
          isOpen(request)
            ? ''
            : notice(
                'info',
                t(`consents.state.${(request.state in ANSWER_TONES ? request.state : 'withdrawn') as ConsentState}`),
              )
        }
        ${summaryList(lang, rows)}
        <h2>${t('consents.coupon')}</h2>
        ${coupon ? summaryList(lang, couponRows) : html`<p>${t('consents.coupon-none')}</p>`}
        ${
          explanation
            ? html`<h2>${t('consents.checks')}</h2>
                <p>${explanation}</p>`
            : ''
        }
        ${
          isOpen(request)
            ? html`<h2>${t('consents.agree-heading')}</h2>
                <p>${t('consents.agree-lead')}</p>
                ${signingForm(lang, {
                  action,
                  sent: o.sent,
                  errors,
                  submitLabel: t('consents.agree-submit'),
                  eds: canonicalJson(signingDocument(a)),
                })}
                <h2>${t('consents.decline-heading')}</h2>
                <p>${t('consents.decline-lead')}</p>
                <p><a href="${action}/decline">${t('consents.decline-link')}</a></p>`
            : html`<p><a href="/consents">${t('consents.back-to-list')}</a></p>`
        }`,
    });
  };

  app.get('/:id', async (c) => {
    const actor = citizen(c);
    const request = await requestOf(ctx, actor, c.req.param('id'));
    // The owner sees the applicant's (and members') data: recorded in their access logs (issue 13).
    await noteApplicationRead(ctx, actor, request.application, 'owner-consent');
    return detailPage(c, request);
  });

  // Agree: "send code", then the code (F5). Whatever the answer already is, the person sees it.
  app.post('/:id', async (c) => {
    const actor = citizen(c);
    const id = c.req.param('id');
    const request = await requestOf(ctx, actor, id);
    const done = c.redirect(`/consents/${id}/done`, 303);
    if (!isOpen(request)) return done;
    const fields = await formFields(c);
    try {
      const step = await signingStep(ctx, actor, id, fields, (proof) => giveConsent(ctx, actor, id, proof));
      if (step.kind === 'signed') return done;
      if (step.kind === 'code-sent') return detailPage(c, request, { sent: step.sent });
      return detailPage(c, request, { sent: step.sent, errors: step.errors });
    } catch (error) {
      // Answered meanwhile (a double submit, another device, the deadline): show the answer.
      if (isAppError(error) && error.code === 'invalid-transition') return done;
      throw error;
    }
  });

  app.get('/:id/decline', async (c) => {
    const t = translator(c);
    const lang = c.get('lang');
    const request = await requestOf(ctx, citizen(c), c.req.param('id'));
    const a = request.application;
    if (!isOpen(request)) return c.redirect(`/consents/${a.id}/done`, 303);
    const name = await namesOf(ctx, [a.applicant]);
    return render(c, {
      title: t('consents.decline-title'),
      body: html`${backLink(lang, `/consents/${a.id}`)}
        <h1>${t('consents.decline-title')}</h1>
        <p>${t('consents.decline-body', { number: a.number, name: name(a.applicant) })}</p>
        ${form(`/consents/${a.id}/decline`, [
          html`<div class="button-group">
            ${button(t('consents.decline-submit'), { kind: 'warning' })}
            <a href="/consents/${a.id}">${t('consents.decline-cancel')}</a>
          </div>`,
        ])}`,
    });
  });

  app.post('/:id/decline', async (c) => {
    const actor = citizen(c);
    const id = c.req.param('id');
    const request = await requestOf(ctx, actor, id);
    if (isOpen(request)) {
      try {
        await declineConsent(ctx, actor, id);
      } catch (error) {
        if (!isAppError(error) || error.code !== 'invalid-transition') throw error;
      }
    }
    return c.redirect(`/consents/${id}/done`, 303);
  });

  app.get('/:id/done', async (c) => {
    const t = translator(c);
    const request = await requestOf(ctx, citizen(c), c.req.param('id'));
    const a = request.application;
    if (isOpen(request)) return c.redirect(`/consents/${a.id}`, 303);
    const name = (await namesOf(ctx, [a.applicant]))(a.applicant);
    const links = html`<p><a href="/consents">${t('consents.back-to-list')}</a></p>
      <p><a href="/consents/${a.id}">${t('consents.detail-title', { name })}</a></p>`;
    if (request.state === 'given' || request.state === 'declined') {
      const body =
        request.state === 'declined'
          ? t('consents.done-declined-body', { number: a.number, name })
          : a.state === 'consent-pending'
            ? t('consents.done-given-others-body', { number: a.number })
            : t('consents.done-given-body', { number: a.number, name });
      const title = t(`consents.state.${request.state}`);
      return render(c, {
        title,
        body: html`${panel(title)}
          <p>${body}</p>
          ${links}`,
      });
    }
    const title = t(`consents.state.${(request.state in ANSWER_TONES ? request.state : 'withdrawn') as ConsentState}`);
    return render(c, {
      title,
      body: html`<h1>${title}</h1>
        ${links}`,
    });
  });
  return app;
}
