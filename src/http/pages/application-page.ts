// One application as its applicant (or an owner, or the person it deregisters) sees it: where it
// stands, what it is waiting for and until when (F2), why it was refused and what to do next,
// its history, and the way to withdraw it while it is not decided. Every service, deregistration
// included. readApplication decides who may see it; to anyone else it does not exist.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { dateInAstana } from '../../domain/dates.ts';
import { isFinal } from '../../domain/lifecycle/states.ts';
import { isAppError } from '../../errors.ts';
import { displayAstanaDateTime, displayDate, displayLastDay } from '../../i18n/display-dates.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { cancelApplication } from '../../services/applications/cancel.ts';
import { lastDayOfPeriod } from '../../services/applications/checks.ts';
import { auditTrail, readApplication } from '../../services/applications/queries.ts';
import type { ApplicationRecord } from '../../services/applications/record.ts';
import type { ServiceContext } from '../../services/context.ts';
import { discardDraft, loadDraft } from '../../services/drafts.ts';
import { applicationMessage, audienceOf } from '../../services/privacy/disclosure.ts';
import { lateFilingNotice } from '../../services/privacy/citizen-decision.ts';
import { maskIin } from '../../domain/iin.ts';
import { sendCoupon } from './apply-check.ts';
import { citizenOf } from './apply-frame.ts';
import { type Answers, couponOf, type Kind, nextStep, stepPath } from './apply-steps.ts';
import { backLink, button, form, notice, panel, STATE_TONES, summaryList, tag } from './components.ts';
import type { PageEnv } from './env.ts';
import { render, translator } from './render.ts';
import { requireLogin } from './session.ts';

const EVENTS = new Set([
  'create',
  'submit',
  'registry-unavailable',
  'checks-passed',
  'checks-failed',
  'coupon-filled',
  'consent-given',
  'consent-declined',
  'consent-expired',
  'signed',
  'norm-reached-meanwhile',
  'cancel',
]);

export function kindOfService(app: ApplicationRecord): Kind | null {
  return app.service === 'registration-permanent'
    ? 'permanent'
    : app.service === 'registration-temporary'
      ? 'temporary'
      : null;
}

/** The applicant acting online: the only one who may sign, send the coupon or withdraw here. */
export function actsForIt(app: ApplicationRecord, iin: string): boolean {
  return app.applicant === iin && app.channel === 'online';
}

/** The address as the checks found it in ЕГКН, else from the register now, else the РКА itself. */
export async function addressOf(ctx: ServiceContext, app: ApplicationRecord): Promise<string> {
  const found = app.decision?.trace.find((e) => e.check === 'dwelling-found')?.facts['address'];
  if (typeof found === 'string') return found;
  if (!app.rka) return '';
  const dwelling = await ctx.registries.realEstate.dwelling(app.rka).catch(() => null);
  return dwelling?.address ?? app.rka;
}

/** The draft whose answers made this application, while it still holds its coupon. */
async function draftFor(ctx: ServiceContext, iin: string, app: ApplicationRecord) {
  const kind = kindOfService(app);
  if (!kind) return null;
  const draft = await loadDraft<Answers>(ctx, iin, app.service);
  return draft?.applicationId === app.id ? { kind, draft } : null;
}

/**
 * Who did it, named from the reader's side (issue 22, finding 7): "You" for the reader's own
 * steps; the applicant or the owner for the other citizen (on a registration the only other
 * citizens who act are the owners asked to agree); a ЦОН operator; the system (timers, checks).
 */
export function actorKey(
  event: { actor_kind: string; actor: string | null },
  record: ApplicationRecord,
  reader: string,
): MessageKey {
  if (event.actor_kind === 'operator') return 'history.actor.operator';
  if (event.actor_kind !== 'citizen' || event.actor === null) return 'history.actor.system';
  if (event.actor === reader) return 'history.actor.you';
  return event.actor === record.applicant ? 'history.actor.applicant' : 'history.actor.owner';
}

export function applicationPage(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();

  app.get('/applications/:id', requireLogin, async (c) => {
    const t = translator(c);
    const lang = c.get('lang');
    const actor = citizenOf(c);
    const record = await readApplication(ctx, actor, c.req.param('id'));
    const mine = actsForIt(record, actor.iin);
    const address = await addressOf(ctx, record);
    const kind = kindOfService(record);
    const again = kind ? `/apply/${kind}` : '/deregister';

    const rows = [
      { key: t('wizard.status.number'), value: record.number },
      { key: t('wizard.status.service'), value: t(`service.${record.service}`) },
      { key: t('wizard.status.address'), value: address },
      ...(record.service === 'deregistration' && record.payload.person
        ? [
            {
              key: t('wizard.status.person'),
              value: record.payload.person === actor.iin ? record.payload.person : maskIin(record.payload.person),
            },
          ]
        : []),
      { key: t('wizard.status.filed'), value: displayDate(record.applicationDate) },
      { key: t('wizard.status.state'), value: tag(t(`state.${record.state}`), STATE_TONES[record.state]) },
    ];

    let state: ReturnType<typeof html> | string = '';
    switch (record.state) {
      case 'draft':
        state = html`<p>${t('wizard.status.draft')}</p>`;
        break;
      case 'checks':
        state = html`${notice(
            'info',
            record.retryAt && record.attempts > 0
              ? t('wizard.status.checks-retry', { at: displayAstanaDateTime(record.retryAt) })
              : t('wizard.status.checks'),
          )}
          <p><a href="/applications/${record.id}">${t('wizard.status.refresh')}</a></p>`;
        break;
      case 'coupon-pending': {
        const held = mine ? await draftFor(ctx, actor.iin, record) : null;
        state =
          held && couponOf(held.draft.answers)
            ? html`<p>${t('wizard.status.coupon-needed')}</p>
                ${form(`/applications/${record.id}/coupon`, button(t('wizard.status.coupon-send')))}`
            : held
              ? html`<p>${t('wizard.status.coupon-missing')}</p>
                  <p>
                    <a href="${stepPath(held.kind, nextStep(held.kind, held.draft.answers))}"
                      >${t('wizard.start.continue')}</a
                    >
                  </p>`
              : html`<p>${t('wizard.status.coupon-missing')}</p>`;
        break;
      }
      case 'consent-pending':
        state = notice(
          'info',
          t('wizard.status.consent', {
            // consent_due is the first moment after the last day (endOfDayInAstana).
            due: record.consentDue ? displayLastDay(record.consentDue) : '',
          }),
        );
        break;
      case 'signature-pending':
        state = html`<p>${t('wizard.status.sign')}</p>
          ${mine ? html`<a class="button" href="/applications/${record.id}/sign">${t('wizard.status.sign-button')}</a>` : ''}`;
        break;
      case 'registered': {
        const from = dateInAstana(record.updatedAt);
        state = html`${panel(t('wizard.status.registered-title'), t('wizard.status.registered-body', { number: record.number }))}
          <h2>${t('wizard.status.after-title')}</h2>
          <p>
            ${
              record.service === 'registration-temporary'
                ? t('wizard.status.registered-next-temporary', {
                    address,
                    from: displayDate(from),
                    to: displayDate(lastDayOfPeriod(from, record.payload.periodMonths ?? 1)),
                  })
                : t('wizard.status.registered-next-permanent', { address, from: displayDate(from) })
            }
          </p>
          <p><a href="/certificates">${t('wizard.status.certificate')}</a></p>`;
        break;
      }
      case 'deregistered':
        state = html`${panel(t('wizard.status.deregistered-title'), t('wizard.status.registered-body', { number: record.number }))}
          <h2>${t('wizard.status.after-title')}</h2>
          <p>${t('wizard.status.deregistered-next', { address })}</p>`;
        break;
      case 'refused': {
        const message = applicationMessage(record, audienceOf(record, actor))?.[lang] ?? null;
        const next = record.decision?.next;
        const step: MessageKey | null =
          next === 'go-to-hall'
            ? 'wizard.status.next.go-to-hall'
            : next === 'update-civil-record'
              ? 'wizard.status.next.update-civil-record'
              : next === 'apply-online'
                ? 'wizard.status.next.apply-online'
                : record.outcome === 'error'
                  ? 'wizard.status.next.fix'
                  : null;
        state = html`${notice('bad', t('wizard.status.refused'), message ?? undefined)}
          <h2>${t('wizard.status.next-title')}</h2>
          ${step ? html`<p id="next-step">${t(step)}</p>` : ''}
          ${next === 'go-to-hall' ? '' : html`<p><a href="${again}">${t('wizard.status.apply-again')}</a></p>`}`;
        break;
      }
      case 'expired':
        state = html`<p>${t('wizard.status.expired')}</p>
          <p><a href="${again}">${t('wizard.status.apply-again')}</a></p>`;
        break;
      case 'cancelled':
        state = html`<p>${t('wizard.status.cancelled')}</p>`;
        break;
    }

    // F4: a late filing is said in plain words; the registration goes ahead all the same.
    const late =
      audienceOf(record, actor) === 'applicant' && record.decision ? lateFilingNotice(record.decision)?.[lang] : null;

    const history = await auditTrail(ctx, record.id);
    const events = history.map((h) => {
      const what = EVENTS.has(h.action)
        ? t(`wizard.status.event.${h.action}` as MessageKey)
        : t('wizard.status.event.other', { state: h.to_state ? t(`state.${h.to_state}`) : h.action });
      return html`<li>
        <time datetime="${h.at.toISOString()}">${displayAstanaDateTime(h.at)}</time> — ${what}
        <span class="small">(${t(actorKey(h, record, actor.iin))})</span>
      </li>`;
    });

    return render(c, {
      title: t('wizard.status.title', { number: record.number }),
      body: html`${backLink(lang, '/cabinet')}
        ${
          record.state === 'registered' || record.state === 'deregistered'
            ? ''
            : html`<h1>${t('wizard.status.title', { number: record.number })}</h1>`
        }
        ${state} ${late ? html`<div id="late-filing">${notice('info', t('wizard.status.late-title'), late)}</div>` : ''}
        ${summaryList(lang, rows)}
        <h2>${t('wizard.status.history')}</h2>
        <ol class="history">
          ${events}
        </ol>
        ${
          mine && !isFinal(record.state)
            ? html`<p><a href="/applications/${record.id}/cancel">${t('wizard.status.withdraw')}</a></p>`
            : ''
        }
        <p><a href="/cabinet">${t('wizard.status.mine')}</a></p>`,
    });
  });

  // The coupon kept in the draft while the registries were being asked (apply-check.ts).
  app.post('/applications/:id/coupon', requireLogin, async (c) => {
    const actor = citizenOf(c);
    const record = await readApplication(ctx, actor, c.req.param('id'));
    const held = await draftFor(ctx, actor.iin, record);
    const coupon = held ? couponOf(held.draft.answers) : null;
    if (held && coupon && actsForIt(record, actor.iin)) {
      await sendCoupon(ctx, actor, record, coupon);
      await discardDraft(ctx, actor.iin, record.service);
    }
    return c.redirect(`/applications/${record.id}`, 303);
  });

  // Withdrawal asks first: it cannot be undone.
  const cancellable = async (c: Context<PageEnv>) => {
    const actor = citizenOf(c);
    const record = await readApplication(ctx, actor, c.req.param('id') ?? '');
    return { actor, record, ok: actsForIt(record, actor.iin) && !isFinal(record.state) };
  };
  app.get('/applications/:id/cancel', requireLogin, async (c) => {
    const { record, ok } = await cancellable(c);
    if (!ok) return c.redirect(`/applications/${record.id}`, 303);
    const t = translator(c);
    const lang = c.get('lang');
    return render(c, {
      title: t('wizard.cancel.title', { number: record.number }),
      body: html`${backLink(lang, `/applications/${record.id}`)}
        <h1>${t('wizard.cancel.title', { number: record.number })}</h1>
        <p>${t('wizard.cancel.lead')}</p>
        ${form(`/applications/${record.id}/cancel`, button(t('wizard.cancel.confirm'), { kind: 'warning' }))}
        <p><a href="/applications/${record.id}">${t('wizard.cancel.keep')}</a></p>`,
    });
  });
  app.post('/applications/:id/cancel', requireLogin, async (c) => {
    const { actor, record, ok } = await cancellable(c);
    if (ok) {
      try {
        await cancelApplication(ctx, actor, record.id);
      } catch (error) {
        // Decided meanwhile (or withdrawn by a second click): the page shows how it ended.
        if (!isAppError(error) || !['invalid-transition', 'application-changed'].includes(error.code)) throw error;
      }
      const kind = kindOfService(record);
      const draft = kind ? await loadDraft(ctx, actor.iin, record.service) : null;
      if (draft?.applicationId === record.id) await discardDraft(ctx, actor.iin, record.service);
    }
    return c.redirect(`/applications/${record.id}`, 303);
  });

  return app;
}
