// Who sees what of an application (docs/privacy.md): one policy for every API route and page.
// Staff (operators, supervisors, auditors) see the whole record with the decision's trace and its
// registry facts, and their reads are logged. A citizen sees the application in the part their
// role in it gives them:
// - the applicant: their own facts, the plain decision, the IINs they typed only masked;
// - an owner asked to consent (or their representative): who asks (the applicant's name is shown
//   by the page, the IIN masked), the relation stated, the coupon they sign, the checks in words;
// - the person an owner deregisters: that their registration ends, and nothing of the owner.
import type { Decision } from '../../domain/decision/types.ts';
import { maskIin } from '../../domain/iin.ts';
import { LANGUAGES, localize, type Localized, type MessageKey } from '../../i18n/messages.ts';
import type { Actor } from '../actor.ts';
import type { ApplicationRecord } from '../applications/record.ts';
import { decisionMessage } from '../decision-output.ts';
import { type CitizenDecision, citizenDecision, ownerCheckMessage } from './citizen-decision.ts';

export type Audience = 'staff' | 'applicant' | 'consenter' | 'subject';

/** The viewer's part in the application; `readApplication` has already checked they may see it. */
export function audienceOf(app: ApplicationRecord, actor: Actor): Audience {
  if (actor.kind !== 'citizen') return 'staff';
  if (app.applicant === actor.iin) return 'applicant';
  if ((app.payload.consenters ?? []).some((c) => c.answerer === actor.iin || c.owner === actor.iin)) return 'consenter';
  return 'subject';
}

/** Refusals after the rules' decision, by the service's own codes. */
const LATER_REASONS: Partial<Record<string, MessageKey>> = {
  'norm-reached': 'norm-reached-meanwhile',
  'owner-declined': 'owner-declined',
  'consent-expired': 'consent-expired',
  'not-registered-there': 'citizen.deregistration.not-registered',
  'not-entitled-to-deregister': 'citizen.deregistration.not-entitled',
};

/** Whether the application's reason is the rules' own (then the decision explains it). */
function decidedByRules(app: ApplicationRecord): app is ApplicationRecord & { decision: Decision } {
  return app.decision !== null && (app.reason === null || app.reason === app.decision.reasons[0]);
}

/** The application's explanation for this audience in all three languages, or null. */
export function applicationMessage(app: ApplicationRecord, audience: Audience): Localized | null {
  if (decidedByRules(app)) {
    // Staff read the rules' full message, with the names and figures the trace holds.
    if (audience === 'staff') {
      const decision = app.decision;
      return Object.fromEntries(LANGUAGES.map((lang) => [lang, decisionMessage(decision, lang)])) as Localized;
    }
    if (audience === 'consenter') return ownerCheckMessage(app.decision);
    return citizenDecision(app.decision).message;
  }
  const key = app.reason ? LATER_REASONS[app.reason] : undefined;
  return key ? localize(key) : null;
}

export interface DisclosedApplication {
  applicant: string;
  owner: string | null;
  representative: string | null;
  relation: ApplicationRecord['payload']['relation'] | null;
  members: string[];
  person: string | null;
  coupon: ApplicationRecord['coupon'];
  reason: string | null;
  message: Localized | null;
  decision: CitizenDecision | null;
}

const masked = (iin: string | null | undefined, own: string | null): string | null =>
  iin === undefined || iin === null ? null : iin === own ? iin : maskIin(iin);

/**
 * The citizen's part of an application. IINs other than the viewer's own are masked (even those the
 * applicant typed: an answer must not confirm or echo a stranger's number); the decision is the
 * plain one; the subject of a deregistration sees neither coupon nor relation.
 */
export function disclosedApplication(app: ApplicationRecord, actor: Actor & { kind: 'citizen' }): DisclosedApplication {
  const audience = audienceOf(app, actor);
  const me = actor.iin;
  const decision = app.decision && audience === 'applicant' ? citizenDecision(app.decision) : null;
  return {
    applicant: masked(app.applicant, me)!,
    owner: masked(app.owner, me),
    representative: masked(app.representative, me),
    relation: audience === 'subject' ? null : (app.payload.relation ?? null),
    members: (app.payload.members ?? []).map((m) => masked(m, me)!),
    person: masked(app.payload.person, me),
    coupon: audience === 'subject' ? null : app.coupon,
    // The rules' reasons in their citizen form; the service's later reasons (declined, expired…)
    // are about the application, not a person, and read the same for everyone.
    reason: decision ? (decision.reasons[0] ?? app.reason) : decidedByRules(app) ? null : app.reason,
    message: applicationMessage(app, audience),
    decision,
  };
}
