// D1–D5 (deadlines.md) put together: from a filing moment and the facts of an application, the
// acceptance day, the due date, the refusal path and how exact the calendar was. `tirkeu
// deadline` (D6) and, later, the case engine's SLA clock call computeDeadline and nothing else.
import { type CalendarCoverage, calendarCoverage, isWorkingDay } from '../calendar.ts';
import type { IsoDate } from '../dates.ts';
import { acceptanceDay, type AstanaMoment } from './clock.ts';
import { agreedExtensionCap, type DeadlineFacts, dueDate, extendedTerm, MissingFact, termOf } from './counting.ts';
import { refusalPath, type RefusalPath } from './hearing.ts';
import type { DeadlineFact, DeadlineRule, FilingChannel, Term } from './rules.ts';

export interface DeadlineRequest {
  readonly channel: FilingChannel;
  readonly filedAt: AstanaMoment;
  readonly facts: DeadlineFacts;
}

export interface Deadline {
  readonly acceptedOn: IsoDate;
  readonly dueOn: IsoDate;
  /** The term counted (after any extension) and the case of the rule that gave it. */
  readonly term: Term;
  readonly case: string;
  readonly extensionDays: number;
  readonly refusal: RefusalPath;
  /** D6: 'statutory' when a year from filing to due date has no recorded decree (F2). */
  readonly calendar: CalendarCoverage;
}

/** What makes a request unanswerable for a rule; the boundary turns it into a coded error. */
export type DeadlineProblem =
  | { readonly kind: 'channel-not-for-service'; readonly channel: FilingChannel }
  | { readonly kind: 'fact-not-for-service'; readonly fact: DeadlineFact }
  | { readonly kind: 'missing-fact'; readonly fact: 'object' | 'areaM2' }
  | { readonly kind: 'extension-too-long'; readonly maxDays: number };

const FACT_NAMES: readonly DeadlineFact[] = ['object', 'areaM2', 'astana', 'extensionDays'];

/** D6: the first reason the rule cannot answer this request, or null. */
export function deadlineProblem(rule: DeadlineRule, request: DeadlineRequest): DeadlineProblem | null {
  if (!rule.channels.includes(request.channel)) return { kind: 'channel-not-for-service', channel: request.channel };
  const given = FACT_NAMES.filter((f) => request.facts[f] !== undefined);
  const foreign = given.find((f) => !rule.facts.includes(f));
  if (foreign !== undefined) return { kind: 'fact-not-for-service', fact: foreign };
  const extension = request.facts.extensionDays ?? 0;
  if (rule.extension.kind === 'calendar-days' && extension > rule.extension.maxDays)
    return { kind: 'extension-too-long', maxDays: rule.extension.maxDays };
  try {
    termOf(rule.period, request.facts);
  } catch (error) {
    if (error instanceof MissingFact) return { kind: 'missing-fact', fact: error.fact };
    throw error;
  }
  return null;
}

function coverageOf(from: IsoDate, to: IsoDate): CalendarCoverage {
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++)
    if (calendarCoverage(year) === 'statutory') return 'statutory';
  return 'decree';
}

/**
 * D2–D5: the deadline of one application. The request must pass deadlineProblem first (a
 * RangeError or MissingFact otherwise).
 */
export function computeDeadline(rule: DeadlineRule, request: DeadlineRequest): Deadline {
  const acceptedOn = acceptanceDay(request.channel, request.filedAt);
  const applied = termOf(rule.period, request.facts);
  const extensionDays = request.facts.extensionDays ?? 0;
  const term =
    rule.extension.kind === 'calendar-days'
      ? extendedTerm(applied.term, extensionDays, rule.extension.maxDays)
      : applied.term;
  const dueOn = dueDate(acceptedOn, term);
  return {
    acceptedOn,
    dueOn,
    term,
    case: applied.case,
    extensionDays,
    refusal: refusalPath(rule.refusal, acceptedOn, dueOn),
    calendar: coverageOf(request.filedAt.date, dueOn),
  };
}

export type AgreedExtension =
  | { readonly ok: true; readonly dueOn: IsoDate }
  | { readonly ok: false; readonly reason: 'not-extendable' | 'not-later' | 'not-a-working-day' | 'over-cap' };

/**
 * D3, S9: moves a due date by agreement with the applicant: to a later working day no more than
 * the rule's cap (two months) after the day the application was filed.
 */
export function agreeExtension(
  rule: DeadlineRule,
  filedOn: IsoDate,
  dueOn: IsoDate,
  newDueOn: IsoDate,
): AgreedExtension {
  if (rule.extension.kind !== 'by-agreement') return { ok: false, reason: 'not-extendable' };
  if (newDueOn <= dueOn) return { ok: false, reason: 'not-later' };
  if (!isWorkingDay(newDueOn)) return { ok: false, reason: 'not-a-working-day' };
  if (newDueOn > agreedExtensionCap(filedOn, rule.extension.capMonths)) return { ok: false, reason: 'over-cap' };
  return { ok: true, dueOn: newDueOn };
}
