// D3, D4 (deadlines.md): which term a rule gives for an application's facts, and the due date it
// makes from the acceptance day on the F2 calendar.
import { addWorkingDays } from '../calendar.ts';
import { addDays, addMonths, type IsoDate } from '../dates.ts';
import { LARGE_OBJECT_OVER_M2, type ObjectKind, type PeriodRule, type Term } from './rules.ts';

/** The facts of one application that a period reads (D6 input fields). */
export interface DeadlineFacts {
  readonly object?: ObjectKind | undefined;
  readonly areaM2?: number | undefined;
  readonly astana?: boolean | undefined;
  readonly extensionDays?: number | undefined;
}

/** The term a rule gives, and the case of the rule that gave it (for the answer's "rule applied"). */
export interface AppliedTerm {
  readonly term: Term;
  /** e.g. `flat`, `other-over-1000`, `astana`, `any`. */
  readonly case: string;
}

/** Which fact is missing for a rule to give a term (the caller reports it as a missing field). */
export class MissingFact extends Error {
  readonly fact: 'object' | 'areaM2';
  constructor(fact: 'object' | 'areaM2') {
    super(`deadline: the rule needs ${fact}`);
    this.fact = fact;
  }
}

/** D4: the term of a period rule for these facts. Throws MissingFact when the rule needs one. */
export function termOf(period: PeriodRule, facts: DeadlineFacts): AppliedTerm {
  switch (period.kind) {
    case 'fixed':
      return { term: period.term, case: 'any' };
    case 'by-city':
      // D4, S6: 10 working days "when located in Astana"; absent means not in Astana.
      return facts.astana === true
        ? { term: period.astana, case: 'astana' }
        : { term: period.term, case: 'other-city' };
    case 'by-object': {
      if (facts.object === undefined) throw new MissingFact('object');
      const days = facts.object === 'other' ? undefined : period.byKind[facts.object];
      if (days !== undefined) return { term: { unit: period.unit, days }, case: facts.object };
      // D4: `other` (and, for S10, a first-category object) by total area; 1000 m² is "≤ 1000".
      if (facts.areaM2 === undefined) throw new MissingFact('areaM2');
      return facts.areaM2 <= LARGE_OBJECT_OVER_M2
        ? { term: { unit: period.unit, days: period.otherUpTo1000 }, case: 'other-up-to-1000' }
        : { term: { unit: period.unit, days: period.otherOver1000 }, case: 'other-over-1000' };
    }
  }
}

/**
 * D3: the due date of a term counted from the acceptance day, which itself does not count.
 * "N working days" and "the Nth working day" both give the Nth working day after it; "N
 * calendar days" gives acceptance day + N, moved to the next working day if that is a day off.
 */
export function dueDate(acceptedOn: IsoDate, term: Term): IsoDate {
  if (!Number.isSafeInteger(term.days) || term.days < 1) throw new RangeError(`deadline: term of ${term.days} days`);
  return term.unit === 'working-days'
    ? addWorkingDays(acceptedOn, term.days)
    : addWorkingDays(addDays(acceptedOn, term.days), 0);
}

/**
 * D3, S7: an extension of a calendar-day term by `extensionDays` (≤ `maxDays`) lengthens the
 * term itself: acceptance day + 15 + extension, then to a working day (so an original due date
 * that was moved off a weekend is not moved twice).
 */
export function extendedTerm(term: Term, extensionDays: number, maxDays: number): Term {
  if (!Number.isSafeInteger(extensionDays) || extensionDays < 0 || extensionDays > maxDays)
    throw new RangeError(`deadline: extension of ${extensionDays} days (at most ${maxDays})`);
  return { unit: term.unit, days: term.days + extensionDays };
}

/** D3, S7: the last day the applicant can be told of an extension decided on `decidedOn`. */
export function extensionNoticeBy(decidedOn: IsoDate, noticeWorkingDays: number): IsoDate {
  return addWorkingDays(decidedOn, noticeWorkingDays);
}

/**
 * D3, S9: an extension agreed with the applicant may move the due date to any working day up to
 * `capMonths` calendar months from the day the application was filed (Astana date).
 */
export function agreedExtensionCap(filedOn: IsoDate, capMonths: number): IsoDate {
  return addMonths(filedOn, capMonths);
}
