// "You cannot use this service" at the step (issue 22, finding 3): the wizard runs the rules'
// preview as soon as an answer decides the outcome, and when it already cannot succeed — the
// named owner not confirmed, an owner served in the hall through a legal representative, "I own
// it" not in ЕГКН, "None of these" with the Astana norm reached — it says so there, with the
// reason and the next step, instead of three more pages and a recorded refusal. The answer is not
// saved, so the person can go back and change it. What the page says follows docs/privacy.md:
// the reason is citizenDecision's plain message (one answer for every unconfirmed owner, figures
// only when the owner is confirmed, nothing about the owner's age or capacity).
import type { Context } from 'hono';
import { html } from 'hono/html';
import { dateInAstana } from '../../../domain/dates.ts';
import type { Application, Decision } from '../../../domain/decision/types.ts';
import { isAppError } from '../../../errors.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import { lastDayOfPeriod } from '../../../services/applications/checks.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { decidePreview } from '../../../services/page-lookups.ts';
import { citizenDecision } from '../../../services/privacy/citizen-decision.ts';
import { flowOf, type Kind, type Step, stepPath } from './apply-steps.ts';
import { backLink } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';

export interface PreviewInput {
  applicant: string;
  rka: string;
  owner: string;
  periodMonths: number | null | undefined;
  relation?: Application['relation'];
}

/** The rules' decision with what is known so far, or 'unknown' while a registry does not answer. */
export async function previewDecision(ctx: ServiceContext, kind: Kind, o: PreviewInput): Promise<Decision | 'unknown'> {
  const date = dateInAstana(ctx.clock.now());
  try {
    return await decidePreview(ctx, {
      date,
      application: {
        service: kind,
        channel: 'online',
        applicant: o.applicant,
        rka: o.rka,
        owner: o.owner,
        ...(o.relation ? { relation: o.relation } : {}),
        ...(kind === 'temporary' ? { period: { from: date, to: lastDayOfPeriod(date, o.periodMonths ?? 1) } } : {}),
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === 'registry-unavailable') return 'unknown';
    throw error;
  }
}

/** Why the wizard stops at a step: its own reason (null: the decision's plain message) and the next step. */
export interface StopRule {
  step: Step;
  key: MessageKey | null;
  next: MessageKey;
}

export interface Stop extends Omit<StopRule, 'key'> {
  /** The reason in the page's language. */
  reason: string;
}

/**
 * At the owner step: stop when the owner is not confirmed (a named owner, or "I own it") or the
 * dwelling is served in the hall. Any other refusal (the norm) is for the relation step to ask.
 */
export function ownerStop(decision: Decision, ownerChoice: 'me' | 'other'): StopRule | null {
  if (decision.outcome === 'eligible') return null;
  const plain = citizenDecision(decision);
  const reason = plain.reasons[0];
  if (reason === 'owner-minor-or-incapable') return { step: 'owner', key: null, next: 'wizard.stop.next-hall' };
  if (reason === 'owner-not-confirmed')
    return ownerChoice === 'me'
      ? { step: 'owner', key: 'wizard.stop.not-your-dwelling', next: 'wizard.stop.next-owner-me' }
      : { step: 'owner', key: null, next: 'wizard.stop.next-owner' };
  return null;
}

/** At the relation step: stop when the stated relation (or "None of these") leaves the norm reached. */
export function relationStop(decision: Decision): StopRule | null {
  if (decision.outcome === 'eligible') return null;
  const reason = citizenDecision(decision).reasons[0];
  if (reason === 'norm-reached') return { step: 'relation', key: null, next: 'wizard.stop.next-norm' };
  return null;
}

/** The GOV.UK "You cannot use this service" page, at the step that stopped it. */
export function stopPage(c: Context<PageEnv>, kind: Kind, decision: Decision, rule: StopRule) {
  const t = translator(c);
  const lang = c.get('lang');
  // The stop's own words, or the decision's plain message (docs/privacy.md).
  const stop: Stop = { ...rule, reason: rule.key ? t(rule.key) : citizenDecision(decision).message[lang] };
  const change = stepPath(kind, stop.step);
  return render(c, {
    title: t('wizard.stop.title'),
    body: html`${backLink(lang, change)}
      <p class="hint">${t(`service.${flowOf(kind)}`)}</p>
      <h1>${t('wizard.stop.title')}</h1>
      <div id="stop-reason"><p>${stop.reason}</p></div>
      <h2>${t('wizard.stop.next-title')}</h2>
      <p id="stop-next">${t(stop.next)}</p>
      <p><a href="${change}" id="stop-change">${t('wizard.stop.change')}</a></p>
      <p><a href="/cabinet">${t('wizard.stop.cabinet')}</a></p>`,
  });
}
