// A rules decision as a citizen may read it (docs/privacy.md, "Decisions"). The stored decision
// keeps its full trace with every registry fact for operators and auditors; a citizen gets the
// outcome, a reason code, the next step and a plain message built from their own facts only.
// Purpose limitation and minimisation (Law of RK "On personal data and their protection"): a
// refusal is explained without another person's name, IIN, age, capacity or death, and the
// dwelling's figures (people registered, area) only when the applicant named its actual owner.
import { arrivalWindowOf } from '../../domain/decision/arrival.ts';
import type { Decision, Reason } from '../../domain/decision/types.ts';
import { maskIin } from '../../domain/iin.ts';
import { LANGUAGES, type Localized, type MessageKey, type MessageParams, translate } from '../../i18n/messages.ts';
import { relationKey } from '../decision-output.ts';

/** Reasons a citizen reads; the ones about third parties collapse into one answer each. */
export type CitizenReason =
  | Exclude<Reason, 'person-not-found' | 'deceased' | 'not-an-owner' | 'member-not-a-child' | 'member-too-old'>
  // The named owner unknown, deceased or not an owner, or the РКА wrong: one answer for all, so
  // that an application cannot be used to ask the registries about a stranger.
  | 'owner-not-confirmed'
  | 'applicant-unknown'
  // A member unknown, deceased, too old or not the applicant's child: one answer for all (I7).
  | 'member-not-accepted';

export interface CitizenMemberDecision {
  /** The member's IIN as the applicant typed it, masked. */
  iin: string;
  outcome: Decision['outcome'];
  reasons: CitizenReason[];
  message: Localized;
}

export interface CitizenDecision {
  outcome: Decision['outcome'];
  basis: Decision['basis'];
  reasons: CitizenReason[];
  /** Relations the records show between the applicant and the owner they named (P5.8). */
  hints: string[];
  /** F4 `late-filing`, and its plain words in `notice`. */
  notices: Decision['notices'];
  notice: Localized | null;
  next: Decision['next'];
  message: Localized;
  members?: CitizenMemberDecision[];
}

type Explained = { key: MessageKey; params: MessageParams };

/** Whether the applicant named an owner (the trace checked an owner's IIN). */
function ownerNamed(decision: Decision): boolean {
  return decision.trace.some((e) => e.check === 'iin-valid' && e.facts['role'] === 'owner');
}

/**
 * The applicant knows the dwelling's owner: they named one ЕГКН confirms, or own it themselves.
 * Only then may the dwelling's own figures explain the norm (they are the owner's facts).
 */
export function knowsOwner(decision: Decision): boolean {
  return decision.trace.some(
    (e) =>
      (e.check === 'named-owner-in-egkn' && e.result === 'owner') ||
      (e.check === 'applicant-is-owner' && e.result === 'yes'),
  );
}

function citizenReason(decision: Decision, reason: Reason): CitizenReason {
  const role = decision.explanation.params['role'];
  switch (reason) {
    case 'person-not-found':
    case 'deceased':
      return role === 'applicant'
        ? 'applicant-unknown'
        : role === 'owner'
          ? 'owner-not-confirmed'
          : 'member-not-accepted';
    case 'not-an-owner':
      return 'owner-not-confirmed';
    // With an owner named, a wrong РКА answers as a wrong owner: otherwise an unknown РКА would
    // tell whether the named IIN exists (the owner's IIN is checked before the dwelling).
    case 'address-not-found':
      return ownerNamed(decision) ? 'owner-not-confirmed' : 'address-not-found';
    case 'member-not-a-child':
    case 'member-too-old':
      return 'member-not-accepted';
    default:
      return reason;
  }
}

function figures(decision: Decision, forOwner = false): MessageParams | null {
  if (!forOwner && !knowsOwner(decision)) return null;
  const p = decision.explanation.params;
  const { registered, area, capacity, areaPerPerson } = p;
  if ([registered, area, capacity, areaPerPerson].some((v) => v === undefined)) return null;
  return { registered: registered!, area: area!, capacity: capacity!, areaPerPerson: areaPerPerson! };
}

function relationParam(decision: Decision): MessageParams {
  const relation = decision.explanation.params['relation'];
  return typeof relation === 'string' ? { relation } : {};
}

function applicantExplanation(decision: Decision, reason: CitizenReason | undefined): Explained {
  const p = decision.explanation.params;
  const numbers = figures(decision);
  if (decision.outcome === 'eligible') {
    switch (decision.basis) {
      case 'norm-not-reached':
        return numbers
          ? { key: 'citizen.eligible.norm-not-reached', params: numbers }
          : { key: 'citizen.eligible.norm-not-reached-plain', params: {} };
      case 'relation-confirmed':
        return { key: 'citizen.eligible.relation-confirmed', params: relationParam(decision) };
      case 'student-confirmed':
        return { key: 'citizen.eligible.student-confirmed', params: { institution: p['institution'] ?? '' } };
      case 'owner':
        return { key: 'citizen.eligible.owner', params: {} };
      default:
        return { key: 'citizen.eligible.outside-astana', params: {} };
    }
  }
  switch (reason) {
    case 'owner-minor-or-incapable':
      return { key: 'citizen.route-hall', params: {} };
    case 'online-service':
      return { key: 'citizen.route-online', params: {} };
    case 'no-kinship':
      return numbers
        ? { key: 'citizen.refused.no-kinship', params: { ...numbers, ...relationParam(decision) } }
        : { key: 'citizen.refused.no-kinship-plain', params: relationParam(decision) };
    case 'norm-reached':
      return numbers
        ? { key: 'citizen.refused.norm-reached', params: numbers }
        : { key: 'citizen.refused.norm-reached-plain', params: {} };
    case 'invalid-iin':
      return { key: 'citizen.error.invalid-iin', params: { role: String(p['role'] ?? 'other') } };
    case 'address-not-found':
      return { key: 'citizen.error.address-not-found', params: { rka: String(p['rka'] ?? '') } };
    case 'already-registered':
      return { key: 'citizen.error.already-registered', params: { kind: String(p['kind'] ?? 'permanent') } };
    case 'hall-not-applicable':
    case 'representative-not-authorised':
    case 'not-full-time-student-in-capital':
      return { key: `citizen.refused.${reason}`, params: {} };
    case 'owner-not-confirmed':
    case 'applicant-unknown':
    case 'invalid-period':
      return { key: `citizen.error.${reason}`, params: {} };
    default:
      return { key: 'citizen.member.not-accepted', params: {} };
  }
}

function memberExplanation(decision: Decision, reason: CitizenReason | undefined): Explained {
  if (decision.outcome === 'eligible') return { key: 'citizen.member.eligible', params: {} };
  switch (reason) {
    case 'applicant-not-eligible':
      return { key: 'citizen.member.applicant-not-eligible', params: {} };
    case 'already-registered':
      return { key: 'citizen.member.already-registered', params: {} };
    case 'invalid-iin':
      return { key: 'citizen.error.invalid-iin', params: { role: 'member' } };
    case 'no-kinship':
    case 'norm-reached':
      return { key: 'citizen.member.refused', params: {} };
    default:
      return { key: 'citizen.member.not-accepted', params: {} };
  }
}

function render(explained: Explained, hints: string[] = []): Localized {
  const text = (lang: (typeof LANGUAGES)[number]) => {
    const relation = explained.params['relation'];
    const params =
      typeof relation === 'string'
        ? { ...explained.params, relationName: translate(lang, relationKey(relation)) }
        : explained.params;
    let message = translate(lang, explained.key, params);
    if (hints.length > 0) {
      const relations = hints.map((h) => translate(lang, relationKey(h))).join(', ');
      message += ` ${translate(lang, 'citizen.hint', { relations })}`;
    }
    return message;
  };
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, text(lang)])) as Localized;
}

/** F4: the late filing in plain words, with the days counted; null when filed in time. */
export function lateFilingNotice(decision: Decision): Localized | null {
  if (!(decision.notices ?? []).includes('late-filing')) return null;
  return render({ key: 'citizen.notice.late-filing', params: arrivalWindowOf(decision) });
}

/** The decision as its applicant reads it. */
export function citizenDecision(decision: Decision): CitizenDecision {
  const notice = lateFilingNotice(decision);
  const reasons = decision.reasons.map((r) => citizenReason(decision, r));
  // P5.8 hints are the applicant's own kinship with the owner they named; unnamed owners stay out.
  const hints = knowsOwner(decision) ? decision.hints : [];
  return {
    outcome: decision.outcome,
    basis: decision.basis,
    reasons,
    hints,
    notices: decision.notices ?? [],
    notice,
    next: decision.next,
    message: render(applicantExplanation(decision, reasons[0]), hints),
    ...(decision.members
      ? {
          members: decision.members.map((m) => {
            const memberReasons = m.reasons.map((r) => citizenReason(m, r));
            return {
              iin: maskIin(m.subject),
              outcome: m.outcome,
              reasons: memberReasons,
              message: render(memberExplanation(m, memberReasons[0])),
            };
          }),
        }
      : {}),
  };
}

/** What an owner asked to agree reads about the applicant's checks (they passed, or it is not asked). */
export function ownerCheckMessage(decision: Decision): Localized {
  // The owner's own dwelling: its figures are theirs to read.
  const numbers = figures(decision, true);
  switch (decision.basis) {
    case 'outside-astana':
      return render({ key: 'citizen.owner.outside-astana', params: {} });
    case 'norm-not-reached':
      return numbers
        ? render({ key: 'citizen.owner.norm-not-reached', params: numbers })
        : render({ key: 'citizen.owner.checks-passed', params: {} });
    case 'relation-confirmed':
      return render({ key: 'citizen.owner.relation-confirmed', params: relationParam(decision) });
    case 'student-confirmed':
      return render({ key: 'citizen.owner.student-confirmed', params: {} });
    default:
      return render({ key: 'citizen.owner.checks-passed', params: {} });
  }
}
